package rt

import (
	"context"
	"errors"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// task is one Runa task: a goroutine that runs Runa code only while it
// holds its loop's token. The task is itself the context.Context its code
// runs under (ctx.Value(taskKey) finds it from derived contexts), so
// generated code passes ctx everywhere and Check is one type assertion and
// one atomic load.
//
// Waiting: a task parks by taking a fresh wait generation (prepareWait),
// registering a waker for that generation with what it waits on, and
// parking (park releases the token and blocks on the task's grant
// channel). A waker calls wake(gen); only the first wake of a generation
// schedules the task, so completion, cancellation and timers may race.
type task struct {
	node
	loop *loop
	// scope is where tasks created by this task attach: the root for
	// top-level tasks (a new task is cancelled independently of its
	// creator), nil for the tasks of WithTimeout, WithToken, Parallel and
	// Race, whose new tasks attach to the creating context and so are
	// cancelled with them.
	scope   context.Context
	r       runner
	grant   chan struct{}
	wgen    atomic.Uint64
	cw      atomic.Uint64 // the wait its own cancellation ends (0: none)
	started bool
	// depth counts the nested calls of guarded recursive processes running
	// in this task (see Descend); only the task's own code touches it.
	depth int

	livePrev, liveNext *task
}

// runner is the goroutine of a task: it runs the task's body, settles its
// future and ends the task; implemented by *taskCell[T].
type runner interface {
	// runTask returns the task that the finishing task's goroutine runs
	// next (see loop.finish), or nil.
	runTask() runner
}

type ctxKey int

const taskKey ctxKey = 0

// Value returns the task for taskKey and delegates other keys.
func (t *task) Value(key any) any {
	if key == taskKey {
		return t
	}
	return t.node.Value(key)
}

// taskOf returns the task running under ctx, or nil outside any loop.
func taskOf(ctx context.Context) *task {
	if t, ok := ctx.(*task); ok {
		return t
	}
	if ctx == nil {
		return nil
	}
	t, _ := ctx.Value(taskKey).(*task)
	return t
}

// startTask initialises t, attached to parent (its cancellation scope),
// and makes it ready: it joins the back of the queue, or starts at once
// when the loop is idle (a task created from outside the loop).
func (l *loop) startTask(t *task, parent, scope context.Context, r runner) {
	t.loop, t.scope, t.r = l, scope, r
	t.grant = make(chan struct{}, 1) // here: not on a deep stack
	t.tk = t
	t.attach(parent)
	l.mu.Lock()
	l.addLive(t)
	if !l.busy {
		l.busy = true
		l.mu.Unlock()
		l.grant(t)
		return
	}
	l.push(t)
	l.mu.Unlock()
}

// spawnParent returns where a task created under ctx by c attaches.
func (c *task) spawnParent(ctx context.Context) context.Context {
	if c.scope != nil {
		return c.scope
	}
	return ctx
}

// done ends the task, holding the token: it detaches the task's scope from
// its parent, and records err as a failure to report unless it is the
// task's own cancellation.
func (t *task) done(err error, obs observer) runner {
	t.detach()
	f := taskFailure{obs: obs, t: t}
	if err != nil && !t.isCancellation(err) {
		f.err = err
	}
	if next := t.loop.finish(t, f); next != nil {
		return next.r
	}
	return nil
}

// isCancellation reports whether err, returned by the task, is its own
// cancellation (a cancelled task ending with a "cancelled" error) rather
// than a failure of its own (e.g. a cleanup that failed after it).
func (t *task) isCancellation(err error) bool {
	return t.Err() != nil && ErrorKind(err) == KindCancelled
}

// prepareWait starts a new wait and returns its generation (odd).
func (t *task) prepareWait() uint64 { return t.wgen.Add(1) }

// wake ends wait gen, scheduling the task; it does nothing if that wait
// already ended. It may be called from any goroutine.
func (t *task) wake(gen uint64) {
	if t.wgen.CompareAndSwap(gen, gen+1) {
		t.loop.schedule(t)
	}
}

// claim ends wait gen without scheduling the task and reports whether it
// did; the caller then owns the wake-up and must schedule the task.
func (t *task) claim(gen uint64) bool { return t.wgen.CompareAndSwap(gen, gen+1) }

// park suspends the task until wait gen is woken, or ctx is cancelled, or
// extra is closed (either of which wakes the wait itself). It returns
// holding the token again. The caller holds the token and has registered
// its waker(s) for gen.
//
// When ctx is the task itself (the common case) its cancellation wakes
// the wait synchronously, from the goroutine that cancels it (cancelWake):
// tasks cancelled together resume in a deterministic order.
func (t *task) park(ctx context.Context, gen uint64, extra <-chan struct{}) {
	if ctx != context.Context(t) || extra != nil {
		t.parkSelect(ctx, gen, extra)
		return
	}
	// The common case, kept a small frame over chanrecv (a parked task
	// should fit its goroutine's initial stack, see taskCell).
	t.cw.Store(gen)
	if atomic.LoadUint32(&t.off) != 0 {
		t.wake(gen)
	}
	t.loop.release()
	<-t.grant
	t.cw.Store(0)
}

// parkSelect is park for a foreign ctx or an extra channel.
//
//go:noinline
func (t *task) parkSelect(ctx context.Context, gen uint64, extra <-chan struct{}) {
	var done <-chan struct{}
	own := ctx == context.Context(t)
	if own {
		t.cw.Store(gen)
		if t.state.Load() != nil {
			t.wake(gen)
		}
	} else if ctx != nil {
		done = ctx.Done()
	}
	t.loop.release()
	if done == nil && extra == nil {
		<-t.grant
	} else {
		select {
		case <-t.grant:
		case <-done:
			t.wake(gen)
			<-t.grant
		case <-extra:
			t.wake(gen)
			<-t.grant
		}
	}
	if own {
		t.cw.Store(0)
	}
}

// cancelWake ends the task's current wait, if its own cancellation ends it.
func (t *task) cancelWake() {
	if gen := t.cw.Load(); gen != 0 {
		t.wake(gen)
	}
}

// parkUntilWoken parks without cancellation: only a wake of gen resumes it.
func (t *task) parkUntilWoken() {
	t.loop.release()
	<-t.grant
}

// yield puts the task at the back of the ready queue and waits for its
// turn (sleep with N <= 0). With nothing else ready it keeps the token.
func (t *task) yield() {
	l := t.loop
	l.mu.Lock()
	if l.n == 0 {
		l.mu.Unlock()
		return
	}
	l.push(t)
	next := l.pop()
	l.mu.Unlock()
	l.grant(next)
	<-t.grant
}

// outside runs fn without the token (blocking work, a channel send to a Go
// caller), then rejoins the back of the ready queue and returns holding
// the token again. A panic in fn is re-raised after the token is back.
func (t *task) outside(fn func()) {
	t.loop.release()
	defer func() {
		t.loop.schedule(t)
		<-t.grant
	}()
	fn()
}

// Cancellation errors.
var (
	errTaskCancelled = &Error{Kind: KindCancelled, Message: "task was cancelled"}
	errInterrupted   = &Error{Kind: KindCancelled, Message: "interrupted"}
	errCleanupBound  = &Error{Kind: KindTimeout, Message: "cleanup of a cancelled task timed out after 10 seconds"}
)

// cancelErr returns the error that a cancellation point reports in the
// cancelled context ctx: a fresh kind "cancelled" error, or kind "timeout"
// when a cleanup overran its 10 seconds (spec §8.7).
func cancelErr(ctx context.Context) error {
	var cause error
	switch c := ctx.(type) {
	case *task:
		cause = c.cause()
	case *node:
		cause = c.cause()
	default:
		cause = context.Cause(ctx)
	}
	e := &Error{Kind: KindCancelled, Message: errTaskCancelled.Message, ctxErr: context.Canceled}
	switch {
	case cause == errCleanupBound:
		e.Kind, e.Message, e.ctxErr = errCleanupBound.Kind, errCleanupBound.Message, context.DeadlineExceeded
	case cause == errInterrupted:
		e.Message = errInterrupted.Message
	case cause != nil && errors.Is(cause, context.DeadlineExceeded):
		// The deadline of a Go caller's context (library mode) passed.
		e.Kind, e.Message, e.ctxErr = KindTimeout, "deadline exceeded", context.DeadlineExceeded
	}
	return e
}

// Check is the cancellation point of loop back-edges and `For each` steps
// (spec §8.0): nil, or the cancellation error of the task running under
// ctx. It never suspends; on a task context it costs an atomic load.
//
// Check is inlinable (a type switch and one atomic load, the rest in
// checkSlow): keep it under the inliner's budget (go build -gcflags=-m).
//
// For generated code only.
func Check(ctx context.Context) error {
	switch t := ctx.(type) {
	case *task:
		if atomic.LoadUint32(&t.off) == 0 {
			return nil
		}
	}
	return checkSlow(ctx)
}

// checkSlow is Check off its fast path: a cancelled task, or a context
// that is not a task.
//
//go:noinline
func checkSlow(ctx context.Context) error {
	if t, ok := ctx.(*task); ok {
		if t.state.Load() == nil {
			return nil
		}
		return cancelErr(t)
	}
	if ctx == nil || ctx.Err() == nil {
		return nil
	}
	return cancelErr(ctx)
}

// Cancelled reports whether the task running under ctx has been cancelled.
// A Catch does not intercept the cancellation of its own task (spec §8.5):
// generated code catches only `if err != nil && !rt.Cancelled(ctx)`. Under
// CleanupContext it is false until the cleanup's own bound passes.
//
// For generated code only.
func Cancelled(ctx context.Context) bool {
	switch t := ctx.(type) {
	case *task:
		return atomic.LoadUint32(&t.off) != 0
	}
	return cancelledSlow(ctx)
}

//go:noinline
func cancelledSlow(ctx context.Context) bool { return ctx != nil && ctx.Err() != nil }

// taskPanic converts a panic recovered from a task body into its error.
// With RUNA_DEBUG=1 the Go stack of a non-fault panic is written to
// standard error.
func taskPanic(r any) error {
	if _, fault := r.(*Fault); !fault && debugMode() {
		os.Stderr.Write(debug.Stack())
	}
	return PanicError(r)
}

// callTask runs a task body, turning a panic into an error (a *Fault keeps
// its Runa position). With RUNA_DEBUG=1 the Go stack of a non-fault panic
// is written to standard error.
func callTask[T any](ctx context.Context, fn func(context.Context) (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = taskPanic(r)
		}
	}()
	return fn(ctx)
}

// debugMode reports RUNA_DEBUG=1.
var debugMode = sync.OnceValue(func() bool { return os.Getenv("RUNA_DEBUG") == "1" })
