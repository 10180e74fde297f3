// Command parallel_sleep is the hand-written Go baseline of bench/parallel_sleep: an errgroup
// over 100k goroutines, each yielding once (`sleep 0`: a cancellation check and a hand-off to
// the scheduler) and returning i mod 10; results kept in input order.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"time"

	"golang.org/x/sync/errgroup"
)

func pymod(a, b int64) int64 {
	m := a % b
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

// sleep waits d or until ctx is cancelled; d <= 0 yields the processor once.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		runtime.Gosched()
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func worker(ctx context.Context, i int64) (int64, error) {
	if err := sleep(ctx, 0); err != nil {
		return 0, err
	}
	return pymod(i, 10), nil
}

func run(ctx context.Context) error {
	ids := make([]int64, 0)
	for i := int64(0); i < 100_000; i++ {
		ids = append(ids, i)
	}
	results := make([]int64, len(ids))
	g, gctx := errgroup.WithContext(ctx)
	for k, id := range ids {
		g.Go(func() error {
			v, err := worker(gctx, id)
			results[k] = v
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	var total int64
	for _, r := range results {
		total += r
	}
	fmt.Println(len(results), total)
	return nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
