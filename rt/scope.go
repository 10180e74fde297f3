package rt

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// node is a cancellation scope: the context.Context of a task, of a
// timeout, of a token-guarded operation, of a parallel_await or race_await
// group, and of a cleanup running in a cancelled task.
//
// It exists instead of context.WithCancelCause so that
//   - Err (the cancellation point of every await and loop back-edge) is one
//     atomic load on a concrete type;
//   - a finished task can leave its parent (detach) without cancelling the
//     scopes below it, so a long-running program does not accumulate one
//     child entry per task it ever ran;
//   - a task costs one allocation for its context, not three.
//
// Contract: a node is cancelled at most once (the first cancel wins and
// fixes Err and the cause); cancelling a node cancels every node attached
// below it and runs every AfterFunc callback, synchronously, outside the
// node's lock. Value and Deadline delegate to parent (a node with its own
// deadline reports that instead). Standard contexts derived from a node
// (context.WithCancel etc.) are cancelled with it through AfterFunc.
type node struct {
	parent   context.Context // for Value and Deadline; may be nil
	deadline time.Time

	mu    sync.Mutex
	state atomic.Pointer[cancelState]
	// off is 1 once state is set (written with atomic.StoreUint32 after
	// it): what the inlined fast paths of Check and Cancelled read, an
	// atomic load cheaper in the inliner's budget than state.Load.
	off   uint32
	done  atomic.Pointer[chan struct{}]
	kids  *node       // attached child scopes, oldest first (under mu)
	last  *node       // the newest attached child scope
	funcs *afterEntry // AfterFunc callbacks (under mu)

	// Link in the parent scope's list (guarded by up.mu).
	up         *node
	prev, next *node
	linked     bool
	stop       func() bool // registration with a foreign (non-node) parent

	tk *task // the task whose context this is, if any
}

type cancelState struct {
	err   error // context.Canceled or context.DeadlineExceeded
	cause error
}

type afterEntry struct {
	f          func() // or, when nil, wake t's wait gen
	t          *task
	gen        uint64
	prev, next *afterEntry
	linked     bool
}

// closedChan is the Done channel of a node cancelled before anyone asked.
var closedChan = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// Deadline returns the node's own deadline if it has one, else its parent's.
func (n *node) Deadline() (time.Time, bool) {
	if !n.deadline.IsZero() {
		return n.deadline, true
	}
	if n.parent == nil {
		return time.Time{}, false
	}
	return n.parent.Deadline()
}

// Done returns a channel closed when the node is cancelled. It is made on
// first use (most tasks never need one).
func (n *node) Done() <-chan struct{} {
	if d := n.done.Load(); d != nil {
		return *d
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if d := n.done.Load(); d != nil {
		return *d
	}
	ch := closedChan
	if n.state.Load() == nil {
		ch = make(chan struct{})
	}
	n.done.Store(&ch)
	return ch
}

// Err is nil until the node is cancelled: one atomic load.
func (n *node) Err() error {
	if s := n.state.Load(); s != nil {
		return s.err
	}
	return nil
}

// Value delegates to the parent context.
func (n *node) Value(key any) any {
	if n.parent == nil {
		return nil
	}
	return n.parent.Value(key)
}

// cause returns the cause the node was cancelled with (nil if it was not).
func (n *node) cause() error {
	if s := n.state.Load(); s != nil {
		return s.cause
	}
	return nil
}

// attach sets parent as the node's parent and arranges for the node to be
// cancelled when parent is. A parent that is already cancelled cancels the
// node at once. A node attaches once, before it is shared.
func (n *node) attach(parent context.Context) {
	n.parent = parent
	var p *node
	switch v := parent.(type) {
	case *task:
		p = &v.node
	case *node:
		p = v
	case nil:
		return
	default:
		if parent.Done() == nil {
			return
		}
		if parent.Err() != nil {
			n.cancel(parent.Err(), context.Cause(parent))
			return
		}
		n.stop = context.AfterFunc(parent, func() {
			n.cancel(parent.Err(), context.Cause(parent))
		})
		return
	}
	p.mu.Lock()
	if s := p.state.Load(); s != nil {
		p.mu.Unlock()
		n.cancel(s.err, s.cause)
		return
	}
	n.up = p
	n.linked = true
	n.prev = p.last
	if p.last != nil {
		p.last.next = n
	} else {
		p.kids = n
	}
	p.last = n
	p.mu.Unlock()
}

// detach removes the node from its parent without cancelling it or the
// scopes below it. It is idempotent.
func (n *node) detach() {
	if p := n.up; p != nil {
		p.mu.Lock()
		if n.linked {
			p.unlinkKid(n)
		}
		p.mu.Unlock()
	}
	if n.stop != nil {
		n.stop()
	}
}

// unlinkKid removes k from n's list; n.mu must be held.
func (n *node) unlinkKid(k *node) {
	if k.prev != nil {
		k.prev.next = k.next
	} else {
		n.kids = k.next
	}
	if k.next != nil {
		k.next.prev = k.prev
	} else {
		n.last = k.prev
	}
	k.prev, k.next, k.linked = nil, nil, false
}

// cancel cancels the node with err (context.Canceled or
// context.DeadlineExceeded) and cause, then everything below it in the
// order it was attached (so cancelled tasks resume in creation order).
// Only the first call has an effect.
func (n *node) cancel(err, cause error) {
	if n.state.Load() != nil {
		return
	}
	n.mu.Lock()
	if n.state.Load() != nil {
		n.mu.Unlock()
		return
	}
	if cause == nil {
		cause = err
	}
	n.state.Store(&cancelState{err: err, cause: cause})
	atomic.StoreUint32(&n.off, 1)
	d := n.done.Load()
	var kids []*node
	for k := n.kids; k != nil; {
		next := k.next
		k.prev, k.next, k.linked = nil, nil, false
		kids = append(kids, k)
		k = next
	}
	n.kids, n.last = nil, nil
	var funcs []*afterEntry
	for e := n.funcs; e != nil; e = e.next {
		e.linked = false
		funcs = append(funcs, e)
	}
	n.funcs = nil
	n.mu.Unlock()
	if n.tk != nil {
		n.tk.cancelWake()
	}
	for _, k := range kids {
		k.cancel(err, cause)
	}
	for _, e := range funcs {
		if e.f != nil {
			e.f()
		} else {
			e.t.wake(e.gen)
		}
	}
	// Done closes last: a task waiting on it resumes after the tasks below
	// it (woken synchronously above), a deterministic order.
	if d != nil {
		close(*d)
	}
}

// AfterFunc makes n an afterFuncer for the context package: standard
// contexts derived from a node register here instead of starting a
// goroutine. f runs (synchronously, from cancel) when n is cancelled; the
// returned stop unregisters it and reports whether it did so before f ran.
func (n *node) AfterFunc(f func()) func() bool {
	e := n.onCancel(f)
	if e == nil {
		// The context package calls AfterFunc holding a lock that f takes:
		// run f on its own goroutine, as context.AfterFunc documents.
		go f()
		return func() bool { return false }
	}
	return func() bool { return n.removeFunc(e) }
}

// onCancel registers f to run (synchronously, from cancel, after the
// scopes below n are cancelled) when n is cancelled; nil if n already is.
func (n *node) onCancel(f func()) *afterEntry {
	return n.register(&afterEntry{f: f})
}

// onCancelWake is onCancel with t.wake(gen) as the callback.
func (n *node) onCancelWake(t *task, gen uint64) *afterEntry {
	return n.register(&afterEntry{t: t, gen: gen})
}

func (n *node) register(e *afterEntry) *afterEntry {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.state.Load() != nil {
		return nil
	}
	e.linked = true
	e.next = n.funcs
	if n.funcs != nil {
		n.funcs.prev = e
	}
	n.funcs = e
	return e
}

// removeFunc unregisters e and reports whether it did so before e ran.
func (n *node) removeFunc(e *afterEntry) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	if !e.linked {
		return false
	}
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		n.funcs = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	}
	e.linked = false
	return true
}
