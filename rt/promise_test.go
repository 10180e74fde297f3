package rt

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
)

func TestPromiseFirstSettleWins(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		runProg(t, func(ctx context.Context) error {
			p := NewPromise[string](ctx)
			Go(ctx, func(ctx context.Context) (int, error) {
				err := Sleep(ctx, 0.1)
				p.Resolve("from callback")
				p.Reject(errors.New("too late"))
				p.Resolve("too late")
				return 0, err
			})
			v, err := Await(ctx, p.Future())
			if v != "from callback" || err != nil {
				t.Errorf("got %q %v", v, err)
			}
			q := NewPromise[int](ctx)
			q.Reject(NewError(KindError, "rejected"))
			q.Resolve(1)
			if _, err := Await(ctx, q.Future()); ErrorMessage(err) != "rejected" {
				t.Errorf("got %v", err)
			}
			if v, err := Await(ctx, Resolved(5)); v != 5 || err != nil {
				t.Errorf("resolved: %v %v", v, err)
			}
			return nil
		})
	})
}

// Awaiting a settled future neither suspends nor allocates.
func TestAwaitSettledNoAlloc(t *testing.T) {
	runProg(t, func(ctx context.Context) error {
		f := Resolved(3)
		n := testing.AllocsPerRun(100, func() {
			if _, err := Await(ctx, f); err != nil {
				t.Error(err)
			}
			if err := Check(ctx); err != nil {
				t.Error(err)
			}
		})
		if n != 0 {
			t.Errorf("%v allocations per await", n)
		}
		return nil
	})
}
