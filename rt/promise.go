package rt

import "context"

// Promise is the settling side of `new awaitable that resolves when:`
// (spec §8.9). Generated code does
//
//	p := rt.NewPromise[T](ctx)
//	…run the block, calling p.Resolve(v) / p.Reject(err)…
//	return p.Future()
//
// and an error raised in the block rejects it. Only the first settle
// counts. Resolve and Reject may be called later, from other tasks
// (callbacks), always holding the loop token: the waiters are scheduled
// synchronously, in the order they started waiting.
//
// For generated code only.
type Promise[T any] struct {
	f *Future[T]
}

// NewPromise returns an unsettled promise. ctx is the creating task's
// context (reserved for future use: a promise is not a task, so it is
// never cancelled and its rejection is not reported at the end).
//
// For generated code only.
func NewPromise[T any](ctx context.Context) *Promise[T] {
	return &Promise[T]{f: &Future[T]{}}
}

// Resolve settles the awaitable with v, unless it is already settled.
//
// For generated code only.
func (p *Promise[T]) Resolve(v T) { p.f.settle(v, nil) }

// Reject settles the awaitable with err (Throw(v) converts a non-error
// value), unless it is already settled. A nil err rejects with a kind
// "error" error.
//
// For generated code only.
func (p *Promise[T]) Reject(err error) {
	if err == nil {
		err = NewErrorAt(0, KindError, "rejected with no error")
	}
	var zero T
	p.f.settle(zero, err)
}

// Future returns the awaitable the promise settles.
//
// For generated code only.
func (p *Promise[T]) Future() *Future[T] { return p.f }
