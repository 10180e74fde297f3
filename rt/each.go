package rt

import (
	"context"
	"sync/atomic"
)

// Each implements `Async For each X in L:` over the elements of a list, a
// dictionary's keys or a string's characters (level2.md §11.1): it runs
// fn(ctx, x) for each element x, each in its own task (created in element
// order, joining the back of the ready queue), and returns once every task
// has finished. Failures and cancellation follow Parallel (spec §8.2): a
// failure cancels the other tasks, all are waited for, and the first
// failure in time is returned with the other non-cancellation failures
// attached; the caller's cancellation cancels the tasks and waits for them
// before it is returned. No elements: nil at once.
//
// For generated code only.
func Each[T any](ctx context.Context, items []T, fn func(ctx context.Context, x T) error) error {
	_, err := Parallel(ctx, len(items), func(ctx context.Context, i int) (struct{}, error) {
		return struct{}{}, fn(ctx, items[i])
	})
	return err
}

// EachOf implements `Async For each X in G:` over a generator (level2.md
// §11.1): the caller's task takes the generator's values one at a time
// (each step a cancellation point, as in `For each`), starting a task
// running fn(ctx, x) for each value as it comes; then it waits for every
// task, with Each's failure rules. A task that fails while the generator
// is still being consumed cancels the tasks started so far at once; the
// generator is stopped at its next Yield (its cleanups run), and no task
// is started for that value.
// If the generator fails, or the caller is cancelled while taking values,
// the tasks are cancelled and waited for, and that error is returned.
//
// For generated code only.
func EachOf[T any](ctx context.Context, gen *Generator[T], fn func(ctx context.Context, x T) error) error {
	c := taskOf(ctx)
	if c == nil {
		_, err := Enter(ctx, func(ctx context.Context) (struct{}, error) { return struct{}{}, EachOf(ctx, gen, fn) })
		return err
	}
	g := &node{}
	g.attach(ctx)
	defer g.detach()
	w := &eachWatch{g: g}
	var fs []*Future[struct{}]
	var stop error
	for v, err := range gen.All() {
		if err != nil {
			stop = err
			break
		}
		if w.failed.Load() {
			break
		}
		fs = append(fs, spawnScoped(c, g, func(ctx context.Context) (struct{}, error) {
			return struct{}{}, fn(ctx, v)
		}))
		w.fs = fs
		fs[len(fs)-1].addWaiter(waiter{j: w, i: len(fs) - 1})
		if err := Check(ctx); err != nil {
			stop = err
			break
		}
	}
	if len(fs) == 0 {
		return stop
	}
	if stop != nil {
		g.cancel(context.Canceled, errTaskCancelled)
	}
	j := join(ctx, c, fs, false, func() { g.cancel(context.Canceled, errTaskCancelled) })
	if stop != nil {
		return stop
	}
	_, err := j.results()
	return err
}

// eachWatch watches the tasks EachOf has started while it still takes
// values: the first failure that is not a cancellation cancels them all
// (as join does once it waits) and tells EachOf to stop taking values.
type eachWatch struct {
	g      *node
	fs     []*Future[struct{}] // the tasks started so far, by index
	failed atomic.Bool
}

// settled implements notifier (called holding the loop token).
func (w *eachWatch) settled(i int) {
	if f := w.fs[i]; w.failed.Load() || f.err == nil || f.cancelled() {
		return
	}
	w.failed.Store(true)
	w.g.cancel(context.Canceled, errTaskCancelled)
}
