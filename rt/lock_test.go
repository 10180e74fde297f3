package rt

import (
	"context"
	"testing"
	"testing/synctest"
)

// Conformance test 30 against the API: FIFO grant, a cancelled waiter
// leaves the queue.
func TestLockFIFO(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		locked := func(ctx context.Context, label string, hold float64) error {
			_, cleanup, err := AsyncLock(ctx, "L")
			if err != nil {
				return err
			}
			defer RunCleanup(ctx, cleanup, &err)
			if hold > 0 {
				if err = Sleep(ctx, hold); err != nil {
					return err
				}
			}
			log.add(label)
			return nil
		}
		waiter := func(label string, delay float64) func(ctx context.Context) (int, error) {
			return func(ctx context.Context) (int, error) {
				if err := Sleep(ctx, delay); err != nil {
					return 0, err
				}
				return 0, locked(ctx, label, 0)
			}
		}
		report, code := runProg(t, func(ctx context.Context) error {
			h := Go(ctx, func(ctx context.Context) (int, error) { return 0, locked(ctx, "holder", 0.5) })
			w1 := Go(ctx, waiter("first", 0.05))
			w2 := Go(ctx, func(ctx context.Context) (int, error) {
				_, err := WithTimeout(ctx, 0.25, waiter("impatient", 0.1))
				if err != nil {
					log.add("impatient gave up")
				}
				return 0, nil
			})
			w3 := Go(ctx, waiter("second", 0.15))
			_, err := All(ctx, []*Future[int]{h, w1, w2, w3})
			return err
		})
		if report != "" || code != 0 {
			t.Errorf("report %q code %d", report, code)
		}
		wantOrder(t, log, "impatient gave up / holder / first / second")
	})
}

func TestLockReentryAndFreeLockNoSuspend(t *testing.T) {
	runProg(t, func(ctx context.Context) error {
		other := Go(ctx, func(ctx context.Context) (int, error) {
			t.Error("taking a free lock suspended the task")
			return 0, nil
		})
		_, cleanup, err := AsyncLock(ctx, "k")
		if err != nil {
			t.Fatal(err)
		}
		_, _, err = AsyncLock(ctx, "k")
		if ErrorKind(err) != KindLock {
			t.Errorf("re-entry: %v", err)
		}
		cleanup(ctx)
		other.cancelTask()
		Await(ctx, other)
		if len(taskOf(ctx).loop.locks.m) != 0 {
			t.Error("free lock left in the registry")
		}
		return nil
	})
}

// A lock granted to a task cancelled before it could run passes on.
func TestLockGrantToCancelledPassesOn(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		runProg(t, func(ctx context.Context) error {
			_, release, _ := AsyncLock(ctx, "k")
			take := func(label string) func(ctx context.Context) (int, error) {
				return func(ctx context.Context) (int, error) {
					_, cleanup, err := AsyncLock(ctx, "k")
					if err != nil {
						log.add(label + " " + ErrorKind(err))
						return 0, err
					}
					log.add(label + " got it")
					return 0, cleanup(ctx)
				}
			}
			a := Go(ctx, take("a"))
			b := Go(ctx, take("b"))
			Sleep(ctx, 0) // both wait now
			release(ctx)  // granted to a, which has not run yet
			a.cancelTask()
			All(context.WithoutCancel(ctx), []*Future[int]{a, b})
			return nil
		})
		wantOrder(t, log, "a cancelled / b got it")
	})
}
