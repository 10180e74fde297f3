package rt

import (
	"context"
	"strconv"
	"time"
)

// timeoutCause is the distinct cancellation cause of one WithTimeout call:
// with nested timeouts only the call whose own deadline passed sees its
// cause and reports "timeout" (spec §8.4).
type timeoutCause struct{ seconds float64 }

func (c *timeoutCause) Error() string { return timeoutMessage(c.seconds) }

func timeoutMessage(seconds float64) string {
	return "operation timed out after " + strconv.FormatFloat(seconds, 'g', -1, 64) + " seconds"
}

// WithTimeout implements `await_with_timeout` (spec §8.4). It evaluates op
// in a new task under a deadline of seconds (op's task is created after
// the deadline exists; it is not created at all when seconds <= 0, which
// raises at once) and gives op's value or error, or a kind "timeout" error
// at the deadline, even if op ignores cancellation: op's task is cancelled
// and left to finish (the program's end waits for it; its failure is
// observed, never reported). Tasks created while evaluating op are
// cancelled with it. If the caller is cancelled while waiting, op is
// cancelled too and the caller's cancellation error is returned.
//
// For generated code only.
func WithTimeout[T any](ctx context.Context, seconds float64, op func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	if err := Check(ctx); err != nil {
		return zero, err
	}
	if !(seconds > 0) {
		return zero, atCaller(&Error{Kind: KindTimeout, Message: timeoutMessage(seconds), ctxErr: context.DeadlineExceeded})
	}
	c := taskOf(ctx)
	if c == nil {
		return withTimeoutEnter(ctx, seconds, op)
	}
	d := toDuration(seconds)
	cause := &timeoutCause{seconds: seconds}
	tn := &node{deadline: time.Now().Add(d)}
	tn.attach(ctx)
	timer := c.loop.timers.after(d, func() { tn.cancel(context.DeadlineExceeded, cause) })
	f := spawnScoped(c, tn, op)
	end := awaitScope(ctx, c, f, tn)
	c.loop.timers.remove(timer)
	tn.detach()
	f.observe()
	deadline := tn.cause() == cause
	switch {
	case end == endSettled && !(deadline && f.cancelled()):
		return f.val, f.err
	case end == endCancelled:
		f.cancelTask()
		return zero, cancelErr(ctx)
	}
	if deadline {
		return zero, atCaller(&Error{Kind: KindTimeout, Message: cause.Error(), ctxErr: context.DeadlineExceeded})
	}
	// tn was cancelled from above without ctx being cancelled (cannot
	// happen with a task context); report it as a cancellation.
	f.cancelTask()
	return zero, cancelErr(tn)
}

// withTimeoutEnter is WithTimeout outside any loop: on a loop of its own.
//
//go:noinline
func withTimeoutEnter[T any](ctx context.Context, seconds float64, op func(ctx context.Context) (T, error)) (T, error) {
	return Enter(ctx, func(ctx context.Context) (T, error) { return WithTimeout(ctx, seconds, op) })
}

// awaitScope waits for f, or for the scope tn to be cancelled, whichever
// comes first, as a cancellation point of ctx (awaitOr with tn.Done(),
// without a channel or a select: tn's cancellation wakes the wait
// synchronously, after the tasks below tn, so the order is deterministic).
func awaitScope[T any](ctx context.Context, c *task, f *Future[T], tn *node) waitEnd {
	if f.state.Load() == 0 {
		gen := c.prepareWait()
		if f.addWaiter(waiter{t: c, gen: gen}) {
			if e := tn.onCancelWake(c, gen); e != nil {
				c.park(ctx, gen, nil)
				tn.removeFunc(e)
			} else {
				c.claim(gen)
			}
		} else {
			c.claim(gen)
		}
	}
	switch {
	case Cancelled(ctx):
		return endCancelled
	case f.state.Load() != 0:
		return endSettled
	}
	return endExtra
}
