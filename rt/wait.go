package rt

import "context"

// Wait blocks a Go caller (code not running on a Runa loop) until f is
// settled or ctx is done, and returns f's value and error. It marks the
// failure observed. Runa code awaits with Await, which gives the loop to
// other tasks while waiting; Wait on a goroutine that holds the loop token
// would deadlock, so it falls back to Await when ctx carries a task.
func (f *Future[T]) Wait(ctx context.Context) (T, error) {
	if taskOf(ctx) != nil {
		return Await(ctx, f)
	}
	select {
	case <-f.Done():
		return f.Result()
	case <-ctx.Done():
		var zero T
		return zero, context.Cause(ctx)
	}
}
