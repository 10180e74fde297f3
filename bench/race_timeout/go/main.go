// Command race_timeout is the hand-written Go baseline of bench/race_timeout.
//
// Race: 1000 goroutines under one cancellable context; the first success wins, the losers are
// cancelled and waited for. Timeouts: an errgroup over 10k calls, each running its operation
// in a goroutine under context.WithTimeout and giving up at the deadline even if the operation
// ignored cancellation (the operation is cancelled and the program's end waits for it).
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"sync"
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

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func contender(ctx context.Context, i int64) (int64, error) {
	d := 5 * time.Second
	if i == 777 {
		d = 5 * time.Millisecond
	}
	if err := sleep(ctx, d); err != nil {
		return 0, err
	}
	return i, nil
}

func op(ctx context.Context, i int64) (int64, error) {
	d := 5 * time.Second
	if pymod(i, 2) == 0 {
		d = time.Millisecond
	}
	if err := sleep(ctx, d); err != nil {
		return 0, err
	}
	return 1, nil
}

// race runs f for every id and gives the first success; the others are cancelled and
// waited for. If all fail, the errors are joined.
func race(ctx context.Context, ids []int64, f func(context.Context, int64) (int64, error)) (int64, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		v   int64
		err error
	}
	results := make(chan result, len(ids))
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Go(func() {
			v, err := f(ctx, id)
			results <- result{v, err}
		})
	}
	var errs []error
	for range ids {
		r := <-results
		if r.err == nil {
			cancel()
			wg.Wait()
			return r.v, nil
		}
		errs = append(errs, r.err)
	}
	return 0, errors.Join(errs...)
}

// pending counts operations given up by a timeout that are still running.
var pending sync.WaitGroup

// withTimeout runs f under a deadline and gives up at the deadline.
func withTimeout(ctx context.Context, d time.Duration, f func(context.Context) (int64, error)) (int64, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	type result struct {
		v   int64
		err error
	}
	done := make(chan result, 1)
	pending.Add(1)
	go func() {
		defer pending.Done()
		v, err := f(ctx)
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		cancel()
		return r.v, r.err
	case <-ctx.Done():
		cancel()
		return 0, ctx.Err()
	}
}

func guarded(ctx context.Context, i int64) (int64, error) {
	v, err := withTimeout(ctx, time.Second, func(ctx context.Context) (int64, error) { return op(ctx, i) })
	switch {
	case err == nil:
		return v, nil
	case errors.Is(err, context.DeadlineExceeded):
		return 1000, nil
	case ctx.Err() != nil:
		return 0, err
	}
	return 1000000, nil
}

func run(ctx context.Context) error {
	ids := make([]int64, 0)
	for i := int64(0); i < 1000; i++ {
		ids = append(ids, i)
	}
	winner, err := race(ctx, ids, contender)
	if err != nil {
		return err
	}
	more := make([]int64, 0)
	for i := int64(0); i < 10000; i++ {
		more = append(more, i)
	}
	outcomes := make([]int64, len(more))
	g, gctx := errgroup.WithContext(ctx)
	for k, id := range more {
		g.Go(func() error {
			v, err := guarded(gctx, id)
			outcomes[k] = v
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	var total int64
	for _, r := range outcomes {
		total += r
	}
	fmt.Println(winner, total)
	return nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	err := run(ctx)
	pending.Wait()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
