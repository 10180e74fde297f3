package rt

import (
	"context"
	"strconv"
	"testing"
	"testing/synctest"
	"time"
)

// Each runs one task per element, concurrently, started in element order.
func TestEachRunsTasksInElementOrder(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		runProg(t, func(ctx context.Context) error {
			start := time.Now()
			err := Each(ctx, []float64{3, 1, 2}, func(ctx context.Context, x float64) error {
				log.add("start", strconv.Itoa(int(x)))
				if err := Sleep(ctx, x); err != nil {
					return err
				}
				log.add("end", strconv.Itoa(int(x)))
				return nil
			})
			if err != nil {
				t.Errorf("Each: %v", err)
			}
			if d := time.Since(start); d != 3*time.Second {
				t.Errorf("took %v, want 3s (concurrent)", d)
			}
			if err := Each(ctx, nil, func(ctx context.Context, x int) error { return NewError(KindError, "never") }); err != nil {
				t.Errorf("no elements: %v", err)
			}
			return nil
		})
		wantOrder(t, log, "start 3 / start 1 / start 2 / end 1 / end 2 / end 3")
	})
}

// A failing task cancels its siblings; the statement waits for them and
// returns the failure.
func TestEachFailureCancelsSiblings(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		runProg(t, func(ctx context.Context) error {
			err := Each(ctx, []int{1, 2, 3}, func(ctx context.Context, x int) error {
				err := Sleep(ctx, float64(x))
				if x == 2 && err == nil {
					return NewError(KindError, "two failed")
				}
				log.add("done", strconv.Itoa(x), strconv.FormatBool(err != nil))
				return err
			})
			if ErrorMessage(err) != "two failed" {
				t.Errorf("Each: %v", err)
			}
			return nil
		})
		wantOrder(t, log, "done 1 false / done 3 true")
	})
}

// counter is a generator of 1..n that sleeps a second before each value
// and logs its cleanup.
func counter(ctx context.Context, n int, log *taskLog) *Generator[int] {
	return NewGenerator(ctx, func(ctx context.Context, yield func(int) bool) error {
		defer log.add("generator cleanup")
		for i := 1; i <= n; i++ {
			if err := Sleep(ctx, 1); err != nil {
				return err
			}
			if i == 4 {
				return NewError(KindError, "generator failed")
			}
			log.add("yield", strconv.Itoa(i))
			if !yield(i) {
				return nil
			}
		}
		return nil
	})
}

// EachOf starts a task per value as the generator gives it; the tasks run
// while the generator waits.
func TestEachOfStartsTasksAsValuesCome(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		runProg(t, func(ctx context.Context) error {
			err := EachOf(ctx, counter(ctx, 3, log), func(ctx context.Context, x int) error {
				log.add("task", strconv.Itoa(x))
				return Sleep(ctx, 0.5)
			})
			if err != nil {
				t.Errorf("EachOf: %v", err)
			}
			return nil
		})
		wantOrder(t, log, "yield 1 / task 1 / yield 2 / task 2 / yield 3 / generator cleanup / task 3")
	})
}

// A task that fails while the generator is still consumed cancels the
// others at once; the generator is stopped at its next Yield, and no task
// is started for that value.
func TestEachOfFailureStopsGenerator(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		runProg(t, func(ctx context.Context) error {
			err := EachOf(ctx, counter(ctx, 3, log), func(ctx context.Context, x int) error {
				if x == 2 {
					return NewError(KindError, "two failed")
				}
				err := Sleep(ctx, 10)
				log.add("task", strconv.Itoa(x), "cancelled", strconv.FormatBool(err != nil))
				return err
			})
			if ErrorMessage(err) != "two failed" {
				t.Errorf("EachOf: %v", err)
			}
			return nil
		})
		wantOrder(t, log, "yield 1 / yield 2 / task 1 cancelled true / yield 3 / generator cleanup")
	})
}

// A failing generator cancels the tasks started so far and its error is
// returned once they have finished.
func TestEachOfGeneratorFailure(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		runProg(t, func(ctx context.Context) error {
			err := EachOf(ctx, counter(ctx, 5, log), func(ctx context.Context, x int) error {
				err := Sleep(ctx, 10)
				log.add("task", strconv.Itoa(x), "cancelled", strconv.FormatBool(err != nil))
				return err
			})
			if ErrorMessage(err) != "generator failed" {
				t.Errorf("EachOf: %v", err)
			}
			return nil
		})
		wantOrder(t, log, "yield 1 / yield 2 / yield 3 / generator cleanup / task 1 cancelled true / task 2 cancelled true / task 3 cancelled true")
	})
}
