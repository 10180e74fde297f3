package rt

import (
	"context"
	"math/rand/v2"
	"strconv"
	"testing"
	"testing/synctest"
	"time"
)

// Five tasks sleeping the same time resume in the order their sleeps
// began, on every run, with real timers (spec §8.0; the order used to vary
// from run to run).
func TestSleepersResumeInDeadlineOrder(t *testing.T) {
	for run := range 50 {
		log := &taskLog{}
		report, code := runProg(t, func(ctx context.Context) error {
			fs := make([]*Future[int], 5)
			for i := range fs {
				fs[i] = Go(ctx, func(ctx context.Context) (int, error) {
					if err := Sleep(ctx, 0.002); err != nil {
						return 0, err
					}
					log.add(strconv.Itoa(i))
					return i, nil
				})
			}
			_, err := All(ctx, fs)
			return err
		})
		if report != "" || code != 0 {
			t.Fatalf("report %q code %d", report, code)
		}
		if got := log.String(); got != "0 / 1 / 2 / 3 / 4" {
			t.Fatalf("run %d: order %s", run, got)
		}
	}
}

// Deadlines that pass while the loop is busy resume in deadline order, not
// in the order the sleeps began.
func TestDeadlinesPassedWhileBusy(t *testing.T) {
	log := &taskLog{}
	runProg(t, func(ctx context.Context) error {
		var fs []*Future[int]
		for i, s := range []float64{0.004, 0.002, 0.003, 0.001} {
			fs = append(fs, Go(ctx, func(ctx context.Context) (int, error) {
				if err := Sleep(ctx, s); err != nil {
					return 0, err
				}
				log.add(strconv.Itoa(i))
				return 0, nil
			}))
		}
		Sleep(ctx, 0) // let them all start sleeping
		time.Sleep(20 * time.Millisecond)
		_, err := All(ctx, fs) // the loop was busy: every deadline passed
		return err
	})
	wantOrder(t, log, "3 / 1 / 2 / 0")
}

// Equal deadlines end in the order they were added; removed entries never
// end; the heap keeps its order under random removals.
func TestTimerQueueOrder(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		q := newTimerQueue()
		var got []int
		var es []*timerEntry
		r := rand.New(rand.NewPCG(1, 2))
		for i := range 200 {
			d := time.Duration(r.IntN(5)) * time.Millisecond
			es = append(es, q.after(d, func() { got = append(got, i) }))
		}
		removed := map[int]bool{}
		for range 50 {
			i := r.IntN(len(es))
			removed[i] = true
			q.remove(es[i])
		}
		time.Sleep(10 * time.Millisecond)
		synctest.Wait()
		var want []int
		for ms := range 5 {
			for i, e := range es {
				if !removed[i] && time.Duration(e.at) == time.Duration(ms)*time.Millisecond {
					want = append(want, i)
				}
			}
		}
		if len(got) != len(want) {
			t.Fatalf("got %d ends, want %d", len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("end %d: got entry %d, want %d", i, got[i], want[i])
			}
		}
		if len(q.h) != 0 {
			t.Fatalf("%d entries left", len(q.h))
		}
	})
}

// A cancelled sleep leaves the timer queue.
func TestCancelledSleepLeavesQueue(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var l *loop
		runProg(t, func(ctx context.Context) error {
			l = taskOf(ctx).loop
			_, err := WithTimeout(ctx, 1, func(ctx context.Context) (int, error) {
				return 0, Sleep(ctx, 100)
			})
			if ErrorKind(err) != KindTimeout {
				t.Errorf("err %v", err)
			}
			return nil
		})
		if n := len(l.timers.h); n != 0 {
			t.Fatalf("%d timer entries left", n)
		}
	})
}
