package rt

import (
	"context"
	"iter"
	"strconv"
	"sync"
)

// EnterAsync is the entry point of an exported FooAsync (DESIGN §4,
// library mode; for generated code). Called from Runa code (ctx carries a
// loop) it starts fn as a task, as Go does. Called from Go, it runs fn on
// a loop made for the call, as Enter does: the future settles once every
// task fn started has finished, with fn's result, and with their failures
// that nobody observed joined into its error, so no failure is lost.
//
// For generated code only.
func EnterAsync[T any](ctx context.Context, fn func(ctx context.Context) (T, error)) *Future[T] {
	if taskOf(ctx) != nil {
		return Go(ctx, fn)
	}
	f := &Future[T]{}
	go func() {
		v, err := Enter(ctx, fn)
		f.settle(v, err)
	}()
	return f
}

// Failed returns a future already settled with err (for generated code:
// an exported FooAsync given an invalid argument).
//
// For generated code only.
func Failed[T any](err error) *Future[T] {
	f := &Future[T]{err: err}
	f.state.Store(1)
	return f
}

// NilArgument is the error of an exported process given nil for a
// parameter that cannot be None (for generated code): kind "type", naming
// the parameter and its Runa type.
//
// For generated code only.
func NilArgument(param, runaType string) *Error {
	return &Error{Kind: KindType, Message: "argument " + strconv.Quote(param) + " is nil: expected a value of type " + runaType}
}

// Seq is the iterator view of a generator for Go callers (generated code
// exports a generator Foo as Foo(ctx, …) iter.Seq2[T, error] through it).
// It runs the generator as Chan does and yields each value with a nil
// error; when the generator fails, the last pair carries its error.
// Leaving the loop early stops the generator and waits for its cleanups
// (their error is then dropped: the loop has ended). The sequence can be
// ranged over once.
func (g *Generator[T]) Seq(ctx context.Context) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		values, stop := g.Chan(ctx)
		for v := range values {
			if !yield(v, nil) {
				_ = stop()
				return
			}
		}
		if err := stop(); err != nil {
			var zero T
			yield(zero, err)
		}
	}
}

// EnterManager is the entry point of an exported context manager (for
// generated code): Foo(ctx, …) (T, func() error, error). It runs the
// setup and returns the value with the cleanup to defer. Called from Runa
// code both run in the caller's task; called from Go, each runs on a loop
// made for it, as Enter does. A failed setup returns no cleanup. The
// cleanup runs once; later calls return nil.
//
// For generated code only.
func EnterManager[T any](ctx context.Context, setup func(ctx context.Context) (T, Cleanup, error)) (T, func() error, error) {
	type entered struct {
		v       T
		cleanup Cleanup
	}
	res, err := Enter(ctx, func(ctx context.Context) (entered, error) {
		v, c, err := setup(ctx)
		return entered{v, c}, err
	})
	if err != nil {
		var zero T
		return zero, nil, err
	}
	var once sync.Once
	var cerr error
	return res.v, func() error {
		once.Do(func() {
			if res.cleanup == nil {
				return
			}
			_, cerr = Enter(ctx, func(ctx context.Context) (struct{}, error) {
				return struct{}{}, res.cleanup(ctx)
			})
		})
		return cerr
	}, nil
}
