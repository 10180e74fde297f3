package rt

import "context"

// Race implements `race_await for each X in L:` (spec §8.3): it runs
// fn(ctx, i) for i in [0, n), each in its own task, and gives the first
// successful result. The losers are cancelled and waited for, their
// failures observed. If the caller is cancelled while waiting, every task
// is cancelled and waited for before its cancellation error is returned
// (spec §8.2). If every task fails, a kind "aggregate" error lists
// the failures in input order (Aggregate). n <= 0 raises at once.
//
// For generated code only.
func Race[T any](ctx context.Context, n int, fn func(ctx context.Context, i int) (T, error)) (T, error) {
	var zero T
	if err := Check(ctx); err != nil {
		return zero, err
	}
	if n <= 0 {
		e := Aggregate(nil)
		e.Message = "race_await over an empty list: no task to win"
		return zero, atCaller(e)
	}
	c := taskOf(ctx)
	if c == nil {
		return Enter(ctx, func(ctx context.Context) (T, error) { return Race(ctx, n, fn) })
	}
	g := &node{}
	g.attach(ctx)
	fs := make([]*Future[T], n)
	for i := range n {
		fs[i] = spawnEach(c, g, fn, i)
	}
	j := join(ctx, c, fs, true, func() { g.cancel(context.Canceled, errTaskCancelled) })
	g.detach()
	if j.err != nil {
		return zero, j.err
	}
	if j.first >= 0 {
		return fs[j.first].val, nil
	}
	parts := make([]error, n)
	for i, f := range fs {
		parts[i] = f.err
	}
	return zero, atCaller(Aggregate(parts))
}
