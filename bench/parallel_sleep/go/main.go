// Command parallel_sleep is the hand-written Go baseline of bench/parallel_sleep: an errgroup
// over 100k goroutines, each yielding once (`sleep 0`: a hand-off to the scheduler) and
// returning i mod 10 (Python modulo); results kept in input order.
//
// Cancellation is checked where the Runa program checks (spec §8.0): at the start of each
// task (its entry and the await of sleep are adjacent: one check), after the yield (a sleep
// that was cancelled while suspended fails), at every back-edge of the loop that builds the
// list and at every step of the For each that sums the results.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime"

	"golang.org/x/sync/errgroup"
)

// pymod is Python's modulo: the result has the sign of the divisor.
func pymod(a, b int64) int64 {
	m := a % b
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

// yield is `sleep 0`: it gives the processor to another goroutine once and fails if ctx was
// cancelled meanwhile. (The check before it is the caller's.)
func yield(ctx context.Context) error {
	runtime.Gosched()
	return ctx.Err()
}

func worker(ctx context.Context, i int64) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if err := yield(ctx); err != nil {
		return 0, err
	}
	return pymod(i, 10), nil
}

func run(ctx context.Context) error {
	ids := make([]int64, 0)
	for i := int64(0); i < 100_000; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
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
		if err := ctx.Err(); err != nil {
			return err
		}
		total += r
	}
	fmt.Println(len(results), total)
	return nil
}

func main() {
	// Ctrl-C cancels ctx, as rt.Main does; once it has, a second Ctrl-C exits at once. The
	// exit status is rt.Main's: 130 after Ctrl-C, 1 after an error.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	context.AfterFunc(ctx, stop)
	err := run(ctx)
	interrupted := ctx.Err() != nil
	stop()
	switch {
	case interrupted:
		os.Exit(130)
	case err != nil:
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
