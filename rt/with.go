package rt

import (
	"context"
	"time"
)

// Cleanup is the second half of a context manager (spec §8.7): what runs
// when the `With` block ends by any path. A manager is a setup function
// `func(ctx) (T, Cleanup, error)`; a failed setup returns no Cleanup.
//
// For generated code only.
type Cleanup func(ctx context.Context) error

// cleanupBound is how long cleanups of a cancelled task may await.
const cleanupBound = 10 * time.Second

func noCancel() {}

// CleanupContext returns the context under which Finally blocks and With
// cleanups run. While the task under ctx is not cancelled it is ctx
// itself. Once it is cancelled, it is a context of the same task that is
// not cancelled, bounded to 10 seconds: awaits in it then fail with a kind
// "timeout" error (spec §8.7). The caller calls the CancelFunc when the
// cleanup ends.
//
// For generated code only.
func CleanupContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if !Cancelled(ctx) {
		return ctx, noCancel
	}
	n := &node{parent: ctx, deadline: time.Now().Add(cleanupBound)}
	bound := func() { n.cancel(context.DeadlineExceeded, errCleanupBound) }
	if c := taskOf(ctx); c != nil { // the loop's timer queue (spec §8.0)
		e := c.loop.timers.after(cleanupBound, bound)
		return n, func() {
			c.loop.timers.remove(e)
			n.cancel(context.Canceled, nil)
		}
	}
	timer := time.AfterFunc(cleanupBound, bound)
	return n, func() {
		timer.Stop()
		n.cancel(context.Canceled, nil)
	}
}

// RunCleanup ends a `With` block. Generated code defers it right after a
// successful setup:
//
//	err := func() (err error) {
//		x, cleanup, err := setup(ctx)
//		if err != nil { return err }
//		defer rt.RunCleanup(ctx, cleanup, &err)
//		…body…
//		return nil
//	}()
//
// A panic in the body is recovered into *errp (never re-raised). The
// cleanup runs under CleanupContext(ctx), so it may await even in a
// cancelled task; a panic in it becomes its error. The body's error and
// the cleanup's are joined body first (JoinCleanup).
//
// For generated code only.
func RunCleanup(ctx context.Context, cleanup Cleanup, errp *error) {
	if r := recover(); r != nil && *errp == nil {
		*errp = PanicError(r)
	}
	if cleanup == nil {
		return
	}
	cctx, cancel := CleanupContext(ctx)
	cerr := runCleanup(cctx, cleanup)
	cancel()
	*errp = JoinCleanup(*errp, cerr)
}

// runCleanup calls cleanup, turning a panic into its error.
func runCleanup(ctx context.Context, cleanup Cleanup) (err error) {
	defer Recover(&err)
	return cleanup(ctx)
}
