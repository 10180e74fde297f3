// Command race_timeout is the hand-written Go baseline of bench/race_timeout.
//
// Race: 1000 goroutines under one cancellable context; the first success wins, the losers are
// cancelled and waited for. Timeouts: an errgroup over 10k calls, each running its operation
// in a goroutine under context.WithTimeout and giving up at the deadline even if the operation
// ignored cancellation (the operation is cancelled and the program's end waits for it).
//
// Cancellation is checked where the Runa program checks (spec §8.0): at every await (a task's
// entry check is adjacent to its first await, so sleep, race and withTimeout check once on
// entry), while sleeping, at every back-edge of the loops that build the lists and at every
// step of the For each that sums the outcomes. A Catch does not intercept the cancellation of
// its own task (spec §8.5): guarded passes it on.
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

// sleep waits d, or fails when ctx is cancelled first (or already is).
func sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
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
// waited for. If all fail, the errors are joined in input order; an empty list fails at once.
// When ctx itself is cancelled, race cancels every call, waits for them and gives ctx's error.
func race(ctx context.Context, ids []int64, f func(context.Context, int64) (int64, error)) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if len(ids) == 0 {
		return 0, errors.New("race over an empty list")
	}
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		k   int
		v   int64
		err error
	}
	results := make(chan result, len(ids))
	var wg sync.WaitGroup
	for k, id := range ids {
		wg.Go(func() {
			v, err := f(rctx, id)
			results <- result{k, v, err}
		})
	}
	errs := make([]error, len(ids))
	for range ids {
		r := <-results
		if r.err == nil {
			cancel()
			wg.Wait()
			return r.v, nil
		}
		errs[r.k] = r.err
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	return 0, errors.Join(errs...)
}

// pending counts operations given up by a timeout that are still running.
var pending sync.WaitGroup

// withTimeout runs f under a deadline and gives up at the deadline.
func withTimeout(ctx context.Context, d time.Duration, f func(context.Context) (int64, error)) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
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
	case ctx.Err() != nil: // this task is cancelled: not caught
		return 0, ctx.Err()
	case errors.Is(err, context.DeadlineExceeded):
		return 1000, nil
	}
	return 1000000, nil
}

func run(ctx context.Context) error {
	ids := make([]int64, 0)
	for i := int64(0); i < 1000; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		ids = append(ids, i)
	}
	winner, err := race(ctx, ids, contender)
	if err != nil {
		return err
	}
	more := make([]int64, 0)
	for i := int64(0); i < 10000; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
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
		if err := ctx.Err(); err != nil {
			return err
		}
		total += r
	}
	fmt.Println(winner, total)
	return nil
}

func main() {
	// Ctrl-C cancels ctx, as rt.Main does; once it has, a second Ctrl-C exits at once. The
	// exit status is rt.Main's: 130 after Ctrl-C, 1 after an error. As in Runa, the program
	// ends when every operation given up by a timeout has finished too.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	context.AfterFunc(ctx, stop)
	err := run(ctx)
	pending.Wait()
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
