package rt

import (
	"context"
	"testing"
	"testing/synctest"
	"time"
)

func TestCancelToken(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		report, code := runProg(t, func(ctx context.Context) error {
			tok := NewCancelToken()
			canceller := Go(ctx, func(ctx context.Context) (int, error) {
				err := Sleep(ctx, 0.1)
				tok.Cancel()
				tok.Cancel() // idempotent
				return 0, err
			})
			// One token guards several operations at once.
			job := func(label string) func(ctx context.Context) (string, error) {
				return func(ctx context.Context) (string, error) {
					return WithToken(ctx, tok, func(ctx context.Context) (string, error) {
						err := Sleep(ctx, 5)
						log.add(label + " op cancelled")
						return "", err
					})
				}
			}
			j1, j2 := Go(ctx, job("j1")), Go(ctx, job("j2"))
			start := time.Now()
			_, err1 := Await(ctx, j1)
			_, err2 := Await(ctx, j2)
			if ErrorKind(err1) != KindCancelled || ErrorMessage(err1) != "operation was cancelled" || ErrorKind(err2) != KindCancelled {
				t.Errorf("got %v, %v", err1, err2)
			}
			if d := time.Since(start); d != 100*time.Millisecond {
				t.Errorf("took %v", d)
			}
			if !tok.IsCancelled() {
				t.Error("token not cancelled")
			}
			// Already cancelled: op is not evaluated.
			_, err := WithToken(ctx, tok, func(ctx context.Context) (int, error) {
				t.Error("op evaluated")
				return 0, nil
			})
			if ErrorKind(err) != KindCancelled {
				t.Errorf("got %v", err)
			}
			fresh := NewCancelToken()
			v, err := WithToken(ctx, fresh, func(ctx context.Context) (string, error) {
				return "quick finished", Sleep(ctx, 0.01)
			})
			if v != "quick finished" || err != nil {
				t.Errorf("got %q %v", v, err)
			}
			_, err = Await(ctx, canceller)
			if len(fresh.ws) != 0 || len(tok.ws) != 0 {
				t.Error("token waiters left behind")
			}
			return err
		})
		if report != "" || code != 0 {
			t.Errorf("report %q code %d", report, code)
		}
		wantOrder(t, log, "j1 op cancelled / j2 op cancelled")
	})
}

// Giving up an operation passed in as an already-started awaitable
// cancels its task too (spec §8.5).
func TestTokenCancelsStartedTask(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		runProg(t, func(ctx context.Context) error {
			tok := NewCancelToken()
			job := Go(ctx, func(ctx context.Context) (int, error) { return 0, Sleep(ctx, 5) })
			Go(ctx, func(ctx context.Context) (int, error) {
				err := Sleep(ctx, 1)
				tok.Cancel()
				return 0, err
			})
			_, err := WithToken(ctx, tok, func(ctx context.Context) (int, error) { return Await(ctx, job) })
			if ErrorKind(err) != KindCancelled {
				t.Errorf("got %v", err)
			}
			_, err = Await(ctx, job)
			if !job.cancelled() {
				t.Errorf("job not cancelled: %v", err)
			}
			return nil
		})
	})
}

// A Catch does not intercept its own task's cancellation; cleanups still
// run and may await; past 10 s their awaits fail with "timeout".
func TestCleanupContext(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		runProg(t, func(ctx context.Context) error {
			var steps []string
			f := Go(ctx, func(ctx context.Context) (int, error) {
				err := Sleep(ctx, 100)
				steps = append(steps, "cancelled:"+ErrorKind(err))
				if !Cancelled(ctx) {
					t.Error("Cancelled false")
				}
				cctx, cancel := CleanupContext(ctx)
				defer cancel()
				if Cancelled(cctx) || Check(cctx) != nil {
					t.Error("cleanup context is cancelled")
				}
				start := time.Now()
				if err := Sleep(cctx, 1); err != nil {
					t.Error(err)
				}
				e := Sleep(cctx, 60)
				steps = append(steps, ErrorKind(e), time.Since(start).String())
				return 0, err
			})
			Sleep(ctx, 1)
			f.cancelTask()
			Await(context.WithoutCancel(ctx), f)
			want := "[cancelled:cancelled timeout 10s]"
			if got := fmtSlice(steps); got != want {
				t.Errorf("got %s want %s", got, want)
			}
			return nil
		})
	})
}

func fmtSlice(s []string) string {
	out := "["
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out + "]"
}
