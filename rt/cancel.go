package rt

import (
	"context"
	"sync"
	"sync/atomic"
)

// CancelToken is a Runa CancelToken (spec §8.5): made by
// `new_cancel_token()`, cancelled by `cancel with token as t` (idempotent),
// read by `is_cancelled`. One token can guard many operations; it is safe
// for use from any goroutine.
type CancelToken struct {
	once      sync.Once
	cancelled atomic.Bool
	done      chan struct{}
}

// NewCancelToken returns a token that is not cancelled.
func NewCancelToken() *CancelToken { return &CancelToken{done: make(chan struct{})} }

// Cancel cancels the token and wakes every await_cancellable waiting on
// it. Cancelling again does nothing.
func (t *CancelToken) Cancel() {
	t.once.Do(func() {
		t.cancelled.Store(true)
		close(t.done)
	})
}

// IsCancelled reports whether Cancel has been called.
func (t *CancelToken) IsCancelled() bool { return t.cancelled.Load() }

// Done returns a channel closed when the token is cancelled.
func (t *CancelToken) Done() <-chan struct{} { return t.done }

// AppendRepr displays a token as `<cancel token>`.
func (t *CancelToken) AppendRepr(b []byte) []byte { return append(b, "<cancel token>"...) }

// RunaType names the type for error messages.
func (t *CancelToken) RunaType() string { return "CancelToken" }

// tokenCause is the cancellation cause of an operation given up because
// its token was cancelled.
var tokenCause = &Error{Kind: KindCancelled, Message: "operation was cancelled"}

// WithToken implements `await_cancellable` (spec §8.5): like WithTimeout,
// with the token as the trigger. It evaluates op in a new task and gives
// its value or error, or a kind "cancelled" error ("operation was
// cancelled") as soon as tok is cancelled — at once, without evaluating
// op, if it already is. Giving up cancels op's task (and the tasks created
// while evaluating op); its failure is observed, never reported. If the
// caller is cancelled while waiting, op is cancelled too and the caller's
// cancellation error is returned.
func WithToken[T any](ctx context.Context, tok *CancelToken, op func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	pc := callerPC()
	if err := Check(ctx); err != nil {
		return zero, err
	}
	if tok.IsCancelled() {
		return zero, at(&Error{Kind: KindCancelled, Message: tokenCause.Message}, pc)
	}
	c := taskOf(ctx)
	if c == nil {
		return Enter(ctx, func(ctx context.Context) (T, error) { return WithToken(ctx, tok, op) })
	}
	tn := &node{}
	tn.attach(ctx)
	f := spawnScoped(c, tn, op)
	end := awaitOr(ctx, c, f, tok.done)
	tn.detach()
	f.observe()
	switch end {
	case endSettled:
		return f.val, f.err
	case endCancelled:
		f.cancelTask()
		return zero, cancelErr(ctx)
	}
	tn.cancel(context.Canceled, tokenCause)
	return zero, at(&Error{Kind: KindCancelled, Message: tokenCause.Message}, pc)
}
