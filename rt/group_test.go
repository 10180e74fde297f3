package rt

import (
	"context"
	"strconv"
	"testing"
	"testing/synctest"
	"time"
)

func TestParallelResultsInInputOrder(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		runProg(t, func(ctx context.Context) error {
			start := time.Now()
			got, err := Parallel(ctx, 3, func(ctx context.Context, i int) (int, error) {
				return i * 10, Sleep(ctx, float64(3-i))
			})
			if err != nil || len(got) != 3 || got[0] != 0 || got[1] != 10 || got[2] != 20 {
				t.Errorf("got %v %v", got, err)
			}
			if d := time.Since(start); d != 3*time.Second {
				t.Errorf("took %v, want 3s (concurrent)", d)
			}
			empty, err := Parallel(ctx, 0, func(ctx context.Context, i int) (int, error) { return 0, nil })
			if err != nil || empty == nil || len(empty) != 0 {
				t.Errorf("empty: %v %v", empty, err)
			}
			return nil
		})
	})
}

// The first failure in time cancels the others, all are waited for (their
// cleanups run first), and other real failures are attached.
func TestParallelFirstFailure(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		report, code := runProg(t, func(ctx context.Context) error {
			start := time.Now()
			_, err := Parallel(ctx, 4, func(ctx context.Context, i int) (int, error) {
				switch i {
				case 1:
					Sleep(ctx, 0.05)
					return 0, NewError(KindError, "task 1 failed")
				case 2:
					// Fails while being cancelled: a real failure, attached.
					if err := Sleep(ctx, 10); err == nil || !Cancelled(ctx) {
						t.Error("task 2 should be cancelled")
					}
					return 0, JoinCleanup(NewError(KindIO, "task 2 cleanup failed"), nil)
				case 3:
					err := Sleep(ctx, 10)
					cctx, cancel := CleanupContext(ctx)
					defer cancel()
					Sleep(cctx, 1) // cleanup may await in a cancelled task
					log.add("task 3 cleaned up")
					return 0, err
				}
				return 0, Sleep(ctx, 10)
			})
			log.add("caught " + ErrorMessage(err))
			e := AsError(err)
			if len(e.Parts) != 1 || ErrorMessage(e.Parts[0]) != "task 2 cleanup failed" {
				t.Errorf("parts %v", e.Parts)
			}
			if d := time.Since(start); d != 1050*time.Millisecond {
				t.Errorf("took %v", d)
			}
			return nil
		})
		if report != "" || code != 0 {
			t.Errorf("report %q code %d", report, code)
		}
		wantOrder(t, log, "task 3 cleaned up / caught task 1 failed")
	})
}

// Tasks created inside a parallel task are cancelled with it.
func TestParallelCancelsNestedTasks(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		runProg(t, func(ctx context.Context) error {
			var inner *Future[int]
			Parallel(ctx, 2, func(ctx context.Context, i int) (int, error) {
				if i == 0 {
					return 0, NewError(KindError, "fail")
				}
				inner = Go(ctx, func(ctx context.Context) (int, error) { return 0, Sleep(ctx, 100) })
				return 0, Sleep(ctx, 100)
			})
			_, err := Await(ctx, inner)
			if ErrorKind(err) != KindCancelled {
				t.Errorf("inner task: %v", err)
			}
			return nil
		})
	})
}

func TestAllJoinsStartedFutures(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		runProg(t, func(ctx context.Context) error {
			var fs []*Future[string]
			for i := range 3 {
				fs = append(fs, Go(ctx, func(ctx context.Context) (string, error) {
					return strconv.Itoa(i), Sleep(ctx, float64(3-i))
				}))
			}
			got, err := All(ctx, fs)
			if err != nil || len(got) != 3 || got[0] != "0" || got[2] != "2" {
				t.Errorf("got %v %v", got, err)
			}
			slow := Go(ctx, func(ctx context.Context) (string, error) { return "", Sleep(ctx, 100) })
			bad := Go(ctx, func(ctx context.Context) (string, error) { return "", NewError(KindError, "bad") })
			_, err = All(ctx, []*Future[string]{slow, bad})
			if ErrorMessage(err) != "bad" {
				t.Errorf("got %v", err)
			}
			if !slow.Settled() || !slow.cancelled() {
				t.Error("slow should have been cancelled and waited for")
			}
			return nil
		})
	})
}

func TestRace(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		report, code := runProg(t, func(ctx context.Context) error {
			delays := []float64{0.3, 0.15, 0.6, 0.01}
			start := time.Now()
			v, err := Race(ctx, 4, func(ctx context.Context, i int) (string, error) {
				if err := Sleep(ctx, delays[i]); err != nil {
					log.add("loser " + strconv.Itoa(i) + " cancelled")
					return "", err
				}
				if i == 3 {
					return "", NewError(KindError, "broken is down")
				}
				return "mirror " + strconv.Itoa(i), nil
			})
			if v != "mirror 1" || err != nil {
				t.Errorf("got %q %v", v, err)
			}
			if d := time.Since(start); d != 150*time.Millisecond {
				t.Errorf("took %v", d)
			}
			_, err = Race(ctx, 2, func(ctx context.Context, i int) (string, error) {
				Sleep(ctx, float64(2-i))
				return "", NewError(KindError, strconv.Itoa(i)+" is down")
			})
			e := AsError(err)
			if e.Kind != KindAggregate || e.Message != "all 2 tasks failed: 0 is down; 1 is down" || len(e.Parts) != 2 {
				t.Errorf("got %#v", e)
			}
			_, err = Race(ctx, 0, func(ctx context.Context, i int) (string, error) { return "", nil })
			if ErrorKind(err) != KindAggregate {
				t.Errorf("empty race: %v", err)
			}
			return nil
		})
		if report != "" || code != 0 {
			t.Errorf("report %q code %d", report, code)
		}
		wantOrder(t, log, "loser 0 cancelled / loser 2 cancelled")
	})
}

// A combinator whose waiting task is cancelled cancels its tasks and waits
// for their cleanups before the cancellation unwinds further (spec §8.2):
// the enclosing cleanup runs last.
func TestCombinatorCancelledWaitsForChildren(t *testing.T) {
	child := func(log *taskLog) func(ctx context.Context, i int) (int, error) {
		return func(ctx context.Context, i int) (int, error) {
			err := Sleep(ctx, 10)
			cctx, cancel := CleanupContext(ctx)
			defer cancel()
			Sleep(cctx, 0.5) // a Finally block that awaits
			log.add("child", strconv.Itoa(i), "finally")
			return 0, err
		}
	}
	combinators := map[string]func(ctx context.Context, log *taskLog) error{
		"parallel": func(ctx context.Context, log *taskLog) error {
			_, err := Parallel(ctx, 2, child(log))
			return err
		},
		"race": func(ctx context.Context, log *taskLog) error {
			_, err := Race(ctx, 2, child(log))
			return err
		},
		"all": func(ctx context.Context, log *taskLog) error {
			fs := []*Future[int]{}
			for i := range 2 {
				fs = append(fs, Go(ctx, func(ctx context.Context) (int, error) { return child(log)(ctx, i) }))
			}
			_, err := All(ctx, fs)
			return err
		},
	}
	for name, comb := range combinators {
		t.Run(name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				log := &taskLog{}
				report, code := runProg(t, func(ctx context.Context) error {
					_, err := WithTimeout(ctx, 1, func(ctx context.Context) (int, error) {
						err := comb(ctx, log)
						if !Cancelled(ctx) || ErrorKind(err) != KindCancelled {
							t.Errorf("combinator: err %v", err)
						}
						log.add("with cleanup")
						return 0, err
					})
					if ErrorKind(err) != KindTimeout {
						t.Errorf("err %v", err)
					}
					return nil
				})
				if report != "" || code != 0 {
					t.Fatalf("report %q code %d", report, code)
				}
				wantOrder(t, log, "child 0 finally / child 1 finally / with cleanup")
			})
		})
	}
}
