package rt

import (
	"context"
	"strconv"
)

// EnterAsync is the entry point of an exported FooAsync (DESIGN §4,
// library mode; for generated code). Called from Runa code (ctx carries a
// loop) it starts fn as a task, as Go does. Called from Go, it runs fn on
// a loop made for the call, as Enter does: the future settles once every
// task fn started has finished, with fn's result, and with their failures
// that nobody observed joined into its error, so no failure is lost.
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
func Failed[T any](err error) *Future[T] {
	f := &Future[T]{err: err}
	f.state.Store(1)
	return f
}

// NilArgument is the error of an exported process given nil for a
// parameter that cannot be None (for generated code): kind "type", naming
// the parameter and its Runa type.
func NilArgument(param, runaType string) *Error {
	return &Error{Kind: KindType, Message: "argument " + strconv.Quote(param) + " is nil: expected a " + runaType}
}
