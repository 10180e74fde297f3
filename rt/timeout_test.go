package rt

import (
	"context"
	"testing"
	"testing/synctest"
	"time"
)

func TestTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		report, code := runProg(t, func(ctx context.Context) error {
			v, err := WithTimeout(ctx, 1, func(ctx context.Context) (string, error) {
				return "data", Sleep(ctx, 0.01)
			})
			if v != "data" || err != nil {
				t.Errorf("fast op: %q %v", v, err)
			}
			// A 10 s operation under a 2 s timeout, in fake time.
			start := time.Now()
			_, err = WithTimeout(ctx, 2, func(ctx context.Context) (string, error) {
				err := Sleep(ctx, 10)
				if !Cancelled(ctx) {
					t.Error("op should see its own cancellation")
				}
				log.add("op cancelled")
				return "", err
			})
			if ErrorKind(err) != KindTimeout || ErrorMessage(err) != "operation timed out after 2 seconds" || Cancelled(ctx) {
				t.Errorf("got %v", err)
			}
			if d := time.Since(start); d != 2*time.Second {
				t.Errorf("took %v", d)
			}
			_, err = WithTimeout(ctx, 0, func(ctx context.Context) (int, error) {
				t.Error("op evaluated with timeout 0")
				return 0, nil
			})
			if ErrorKind(err) != KindTimeout {
				t.Errorf("timeout 0: %v", err)
			}
			return nil
		})
		if report != "" || code != 0 {
			t.Errorf("report %q code %d", report, code)
		}
		wantOrder(t, log, "op cancelled")
	})
}

// The timeout fires at the deadline even if op ignores cancellation; op is
// left to finish, the program waits for it and its failure is not reported.
func TestTimeoutStubbornOp(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		start := time.Now()
		report, code := runProg(t, func(ctx context.Context) error {
			_, err := WithTimeout(ctx, 0.05, func(ctx context.Context) (int, error) {
				Sleep(ctx, 5) // cancelled
				Sleep(context.WithoutCancel(ctx), 1)
				log.add("stubborn finished")
				return 0, NewError(KindError, "late failure")
			})
			log.add("caller caught " + ErrorKind(err))
			return nil
		})
		if report != "" || code != 0 {
			t.Errorf("report %q code %d", report, code)
		}
		if d := time.Since(start); d != 1050*time.Millisecond {
			t.Errorf("program took %v", d)
		}
		wantOrder(t, log, "caller caught timeout / stubborn finished")
	})
}

// With nested timeouts only the one whose own deadline passed reports
// "timeout".
func TestNestedTimeouts(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		runProg(t, func(ctx context.Context) error {
			var inner error
			_, outer := WithTimeout(ctx, 5, func(ctx context.Context) (int, error) {
				_, inner = WithTimeout(ctx, 1, func(ctx context.Context) (int, error) {
					return 0, Sleep(ctx, 10)
				})
				return 0, inner
			})
			if ErrorKind(inner) != KindTimeout || ErrorKind(outer) != KindTimeout {
				t.Errorf("inner deadline: inner %v outer %v", inner, outer)
			}
			_, outer = WithTimeout(ctx, 1, func(ctx context.Context) (int, error) {
				_, inner = WithTimeout(ctx, 5, func(ctx context.Context) (int, error) {
					return 0, Sleep(ctx, 10)
				})
				return 0, inner
			})
			if ErrorKind(inner) != KindCancelled || ErrorKind(outer) != KindTimeout {
				t.Errorf("outer deadline: inner %v outer %v", inner, outer)
			}
			return nil
		})
	})
}

// The caller's own cancellation while waiting cancels op too.
func TestTimeoutCallerCancelled(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		runProg(t, func(ctx context.Context) error {
			var opErr error
			f := Go(ctx, func(ctx context.Context) (int, error) {
				return WithTimeout(ctx, 10, func(ctx context.Context) (int, error) {
					opErr = Sleep(ctx, 100)
					return 0, opErr
				})
			})
			Sleep(ctx, 1)
			f.cancelTask()
			_, err := Await(ctx, f)
			if ErrorKind(err) != KindCancelled {
				t.Errorf("caller: %v", err)
			}
			Sleep(ctx, 0)
			if ErrorKind(opErr) != KindCancelled {
				t.Errorf("op: %v", opErr)
			}
			return nil
		})
	})
}
