package rt

import "context"

// Offload runs blocking work (HTTP, file I/O: the rt/std builtins) off the
// loop: the task gives up the token while fn runs, so other tasks proceed,
// and rejoins the back of the ready queue when fn returns (spec §8.0:
// waiting happens outside the loop). fn gets ctx and must return promptly
// when it is cancelled; Offload always waits for fn. It is a cancellation
// point before fn starts. A panic in fn becomes its error. Outside any
// task, fn simply runs.
//
// For generated code only.
func Offload[T any](ctx context.Context, fn func(ctx context.Context) (T, error)) (T, error) {
	if err := Check(ctx); err != nil {
		var zero T
		return zero, err
	}
	c := taskOf(ctx)
	if c == nil {
		return callTask(ctx, fn)
	}
	var (
		v   T
		err error
	)
	c.outside(func() { v, err = callTask(ctx, fn) })
	return v, err
}
