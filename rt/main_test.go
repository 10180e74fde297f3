package rt

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"testing/synctest"
	"time"
)

func TestMainReportsUnobservedFailure(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		report, code := runProg(t, func(ctx context.Context) error {
			Go(ctx, func(ctx context.Context) (int, error) {
				if err := Sleep(ctx, 0.01); err != nil {
					return 0, err
				}
				return 0, &Error{Kind: KindError, Message: "background failure", File: "app.runa", Line: 3}
			})
			return nil
		})
		if report != "app.runa:3: error: background failure\n" || code != 1 {
			t.Fatalf("report %q code %d", report, code)
		}
	})
}

func TestMainReportsBodyErrorAndCleanup(t *testing.T) {
	report, code := runProg(t, func(ctx context.Context) error {
		body := &Error{Kind: KindError, Message: "kaboom", File: "app.runa", Line: 3}
		return JoinCleanup(body, &Error{Kind: KindIO, Message: "close failed", File: "app.runa", Line: 9})
	})
	want := "app.runa:3: error: kaboom\napp.runa:9: cleanup also failed: io error: close failed\n"
	if report != want || code != 1 {
		t.Fatalf("report %q code %d", report, code)
	}
}

func TestMainObservedNotReported(t *testing.T) {
	report, code := runProg(t, func(ctx context.Context) error {
		f := Go(ctx, func(ctx context.Context) (int, error) { return 0, errors.New("seen") })
		if _, err := Await(ctx, f); err == nil {
			t.Error("want the error")
		}
		return nil
	})
	if report != "" || code != 0 {
		t.Fatalf("report %q code %d", report, code)
	}
}

// A panic with a *Fault in a task becomes an error positioned where the
// fault was raised; any other panic becomes an error, not a crash.
func TestPanicInTaskBecomesError(t *testing.T) {
	report, code := runProg(t, func(ctx context.Context) error {
		Go(ctx, func(ctx context.Context) (int, error) {
			panic(&Fault{Err: &Error{Kind: KindIndex, Message: "index 3 out of range", File: "app.runa", Line: 4}})
		})
		f := Go(ctx, func(ctx context.Context) (int, error) { panic("boom") })
		_, err := Await(ctx, f)
		if ErrorKind(err) != KindError || ErrorMessage(err) != "internal error: boom" {
			t.Errorf("got %v", err)
		}
		return nil
	})
	if report != "app.runa:4: index error: index 3 out of range\n" || code != 1 {
		t.Fatalf("report %q code %d", report, code)
	}
}

// The program ends only when every task has finished.
func TestMainWaitsForTasks(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		_, code := runProg(t, func(ctx context.Context) error {
			Go(ctx, func(ctx context.Context) (int, error) {
				err := Sleep(ctx, 5)
				log.add("background done")
				return 0, err
			})
			log.add("main done")
			return nil
		})
		if code != 0 {
			t.Fatal(code)
		}
		wantOrder(t, log, "main done / background done")
	})
}

// SIGINT cancels every task; cleanups still run (and may await); exit 130;
// cancellations are not reported.
func TestMainInterrupt(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		sig := make(chan os.Signal, 1)
		var report string
		var code int
		done := make(chan struct{})
		go func() {
			report, code = runProgram(func(ctx context.Context) error {
				Go(ctx, func(ctx context.Context) (int, error) {
					err := Sleep(ctx, 100)
					cctx, cancel := CleanupContext(ctx)
					defer cancel()
					if e := Sleep(cctx, 1); e != nil {
						log.add("cleanup failed")
					}
					log.add("child cleanup")
					return 0, err
				})
				return Sleep(ctx, 100)
			}, sig, true)
			close(done)
		}()
		synctest.Wait()
		sig <- os.Interrupt
		<-done
		if report != "" || code != 130 {
			t.Fatalf("report %q code %d", report, code)
		}
		wantOrder(t, log, "child cleanup")
	})
}

func TestEnter(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		v, err := Enter(context.Background(), func(ctx context.Context) (int, error) {
			Go(ctx, func(ctx context.Context) (int, error) {
				Sleep(ctx, 1)
				return 0, &Error{Kind: KindError, Message: "lost"}
			})
			inner, err := Enter(ctx, func(ctx context.Context) (int, error) { return 41, nil })
			return inner + 1, err
		})
		if v != 42 || ErrorMessage(err) != "lost" {
			t.Fatalf("got %v %v", v, err)
		}
	})
}

// A task created from a context with no loop runs on a loop of its own.
func TestGoWithoutLoop(t *testing.T) {
	f := Go(context.Background(), func(ctx context.Context) (int, error) {
		if err := Sleep(ctx, 0); err != nil {
			return 0, err
		}
		return 7, nil
	})
	v, err := Await(context.Background(), f)
	if v != 7 || err != nil {
		t.Fatal(v, err)
	}
}

// When the main program fails, the tasks still running are cancelled and
// their cleanups run, then the report is printed: no waiting for a
// `sleep 100` (spec §6.5).
func TestMainFailureCancelsTasks(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		start := time.Now()
		report, code := runProg(t, func(ctx context.Context) error {
			Go(ctx, func(ctx context.Context) (int, error) {
				err := Sleep(ctx, 100)
				cctx, cancel := CleanupContext(ctx)
				defer cancel()
				Sleep(cctx, 1)
				log.add("cleanup ran")
				return 0, err
			})
			Sleep(ctx, 0)
			return &Error{Kind: KindError, Message: "kaboom", File: "app.runa", Line: 3}
		})
		if d := time.Since(start); d != time.Second {
			t.Errorf("took %v, want 1s (the cleanup only)", d)
		}
		if !strings.Contains(report, "app.runa:3:") || !strings.Contains(report, "kaboom") || code != 1 {
			t.Errorf("report %q code %d", report, code)
		}
		wantOrder(t, log, "cleanup ran")
	})
}

// A panic of the main program cancels the other tasks too.
func TestMainPanicCancelsTasks(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		_, code := runProg(t, func(ctx context.Context) error {
			Go(ctx, func(ctx context.Context) (int, error) { return 0, Sleep(ctx, 100) })
			Sleep(ctx, 0)
			FaultAt(0, KindIndex, "boom")
			return nil
		})
		if d := time.Since(start); d != 0 || code != 1 {
			t.Errorf("took %v, code %d", d, code)
		}
	})
}

// An invalid RUNA_MAX_DEPTH is an error at start naming the variable and
// the value (exit status 2), never silently ignored.
func TestInvalidMaxDepth(t *testing.T) {
	for _, s := range []string{"0", "-1", "abc", "1.5", " 7"} {
		n, msg := parseMaxDepth(s)
		if n != defaultMaxDepth || !strings.Contains(msg, "RUNA_MAX_DEPTH") || !strings.Contains(msg, `"`+s+`"`) {
			t.Errorf("%q: %d %q", s, n, msg)
		}
	}
	for s, want := range map[string]int{"": defaultMaxDepth, "1": 1, "250000": 250000} {
		if n, msg := parseMaxDepth(s); n != want || msg != "" {
			t.Errorf("%q: %d %q", s, n, msg)
		}
	}
	saved := maxDepthErr
	defer func() { maxDepthErr = saved }()
	_, maxDepthErr = parseMaxDepth("abc")
	ran := false
	report, code := runProg(t, func(ctx context.Context) error { ran = true; return nil })
	if ran || code != 2 || report != maxDepthErr {
		t.Fatalf("ran %v code %d report %q", ran, code, report)
	}
}
