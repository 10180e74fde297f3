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
//
// For generated code only.
type CancelToken struct {
	mu        sync.Mutex
	cancelled atomic.Bool
	ws        []waiter // the await_cancellable calls waiting on it
	done      chan struct{}
}

// NewCancelToken returns a token that is not cancelled.
func NewCancelToken() *CancelToken { return &CancelToken{} }

// Cancel cancels the token and wakes every await_cancellable waiting on
// it, in the order they started waiting. Cancelling again does nothing.
func (t *CancelToken) Cancel() {
	t.mu.Lock()
	if t.cancelled.Load() {
		t.mu.Unlock()
		return
	}
	t.cancelled.Store(true)
	ws := t.ws
	t.ws = nil
	if t.done != nil {
		close(t.done)
	}
	t.mu.Unlock()
	for _, w := range ws {
		w.fire()
	}
}

// IsCancelled reports whether Cancel has been called.
func (t *CancelToken) IsCancelled() bool { return t.cancelled.Load() }

// Done returns a channel closed when the token is cancelled, for Go
// callers.
func (t *CancelToken) Done() <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.done == nil {
		t.done = make(chan struct{})
		if t.cancelled.Load() {
			close(t.done)
		}
	}
	return t.done
}

// addWaiter registers w; false (nothing registered) if already cancelled.
func (t *CancelToken) addWaiter(w waiter) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.cancelled.Load() {
		return false
	}
	t.ws = append(t.ws, w)
	return true
}

// removeWaiter drops the registration of task c's wait gen, so a token
// guarding many operations in turn does not accumulate them.
func (t *CancelToken) removeWaiter(c *task, gen uint64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for i := len(t.ws) - 1; i >= 0; i-- {
		if t.ws[i].t == c && t.ws[i].gen == gen {
			t.ws = append(t.ws[:i], t.ws[i+1:]...)
			return
		}
	}
}

// AppendRepr displays a token as `<cancel token>`.
//
// For generated code only.
func (t *CancelToken) AppendRepr(b []byte) []byte { return append(b, "<cancel token>"...) }

// RunaType names the type for error messages.
//
// For generated code only.
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
//
// For generated code only.
func WithToken[T any](ctx context.Context, tok *CancelToken, op func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	if err := Check(ctx); err != nil {
		return zero, err
	}
	if tok.IsCancelled() {
		return zero, atCaller(&Error{Kind: KindCancelled, Message: tokenCause.Message, ctxErr: context.Canceled})
	}
	c := taskOf(ctx)
	if c == nil {
		return Enter(ctx, func(ctx context.Context) (T, error) { return WithToken(ctx, tok, op) })
	}
	tn := &node{}
	tn.attach(ctx)
	f := spawnScoped(c, tn, op)
	end := awaitOr(ctx, c, f, nil, tok)
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
	return zero, atCaller(&Error{Kind: KindCancelled, Message: tokenCause.Message, ctxErr: context.Canceled})
}
