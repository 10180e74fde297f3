package rt

import "context"

// anyAwaiter is implemented by every *Future[T].
type anyAwaiter interface {
	awaitAny(ctx context.Context) (any, error)
}

func (f *Future[T]) awaitAny(ctx context.Context) (any, error) {
	v, err := Await(ctx, f)
	return any(v), err
}

// AwaitAny implements `await x` for an Any value: a future is awaited, any
// other value is given back unchanged (spec §8.1).
//
// For generated code only.
func AwaitAny(ctx context.Context, x any) (any, error) {
	if a, ok := x.(anyAwaiter); ok {
		return a.awaitAny(ctx)
	}
	return x, nil
}
