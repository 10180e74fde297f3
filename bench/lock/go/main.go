// Command lock is the hand-written Go baseline of bench/lock: an errgroup over 1000
// goroutines, each incrementing a shared counter 100 times under a lock. Like async_lock the
// lock is granted in arrival order and cancellable while waiting (a one-slot channel: blocked
// senders queue in order; a select on ctx.Done()).
//
// Cancellation is checked where the Runa program checks (spec §8.0): once per iteration of
// bump's loop (its back-edge, the check of taking the lock right after it and, on the first
// iteration, the task's entry are adjacent), while waiting for the lock, and at every
// back-edge of the loop that builds the list.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"golang.org/x/sync/errgroup"
)

// lock is a mutex whose Lock can be abandoned when ctx is cancelled.
type lock chan struct{}

// Lock takes l, or fails when ctx is cancelled first. (The check before it is the caller's.)
func (l lock) Lock(ctx context.Context) error {
	select {
	case l <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (l lock) Unlock() { <-l }

var (
	counter   int64
	counterMu = make(lock, 1)
)

func bump(ctx context.Context, id int64) (int64, error) {
	for k := 0; k < 100; k++ {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		if err := counterMu.Lock(ctx); err != nil {
			return 0, err
		}
		counter++
		counterMu.Unlock()
	}
	return id, nil
}

func run(ctx context.Context) error {
	ids := make([]int64, 0)
	for i := int64(0); i < 1000; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		ids = append(ids, i)
	}
	done := make([]int64, len(ids))
	g, gctx := errgroup.WithContext(ctx)
	for k, id := range ids {
		g.Go(func() error {
			v, err := bump(gctx, id)
			done[k] = v
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	fmt.Println(len(done), counter)
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
