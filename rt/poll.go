package rt

import (
	"context"
	"sync/atomic"
)

// interruptState is 0 until SIGINT; Main sets it to 1 once every task has
// been cancelled; the first Poll that sees 1 sets 2 and raises.
var interruptState atomic.Uint32

// Poll is the loop back-edge check of code that has no context (the loops
// of plain processes, and of any code generated without a ctx), spec §8.0:
// Ctrl-C is seen at the next back-edge of any code. Generated code calls
// it as the first statement of the body of every `While` and `For each`
// loop (and at the top of each iteration of any other loop) in code
// without a ctx:
//
//	for cond {
//		rt.Poll()
//		…
//	}
//
// Its fast path is one atomic load (it is inlinable). Once SIGINT has been
// received, the first Poll to run raises the interruption: a panic with a
// *Fault of kind "cancelled" ("interrupted") that unwinds like the
// cancellation of its task, through `defer rt.Recover(&err)` into the
// error path: Finally blocks and With cleanups run; a Catch must not
// intercept it (see IsInterrupt). Later Polls do nothing (as Python raises
// KeyboardInterrupt once), so loops in Finally blocks and cleanups run to
// their end; the task is cancelled, so its next await unwinds too.
//
// For generated code only.
func Poll() {
	if interruptState.Load() != 0 {
		pollSlow()
	}
}

//go:noinline
func pollSlow() {
	if interruptState.CompareAndSwap(1, 2) {
		e := &Error{Kind: KindCancelled, Message: errInterrupted.Message, interrupt: true, ctxErr: context.Canceled}
		e.File, e.Line = callerPos(0)
		panic(&Fault{Err: e})
	}
}

// IsInterrupt reports whether err is the interruption raised by Poll. A
// Catch in code without a ctx must not intercept it (spec §8.5: a Catch
// does not intercept the cancellation of its own task); generated code
// tests
//
//	if err != nil && !rt.IsInterrupt(err) { …Catch block… }
//
// where code with a ctx tests `err != nil && !rt.Cancelled(ctx)`.
//
// For generated code only.
func IsInterrupt(err error) bool {
	e, ok := err.(*Error)
	return ok && e.interrupt
}

// setInterrupted arms Poll (Main, after cancelling every task on SIGINT).
func setInterrupted() { interruptState.CompareAndSwap(0, 1) }

// resetInterrupted disarms Poll (Main, when its program has ended).
func resetInterrupted() { interruptState.Store(0) }
