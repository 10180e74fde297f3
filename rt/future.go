package rt

import (
	"context"
	"sync"
	"sync/atomic"
)

// Future is a Runa Awaitable[T]: the outcome of a task (Go), of a
// `new awaitable` (NewPromise) or an already-resolved value (Resolved).
//
// Contracts: it settles once (the first settle wins); awaiting a settled
// future neither allocates nor suspends; settling (always done holding a
// loop token) schedules the tasks waiting on it synchronously, in the
// order they started waiting, so the run order is deterministic. A future
// made by Go carries a handle to cancel its task.
//
// For generated code only.
type Future[T any] struct {
	state    atomic.Uint32 // 0 pending, 1 settled
	observed atomic.Bool
	val      T
	err      error
	t        *task

	mu   sync.Mutex
	w0   waiter   // the first waiter (most futures have at most one)
	ws   []waiter // the others, in registration order
	done chan struct{}
}

// waiter is one registration on a future: a task's wait generation, or a
// combinator (j) to notify with the future's index i.
type waiter struct {
	t   *task
	gen uint64
	j   notifier
	i   int
}

// notifier is implemented by combinators waiting on many futures.
type notifier interface{ settled(i int) }

func (w waiter) fire() {
	if w.j != nil {
		w.j.settled(w.i)
		return
	}
	w.t.wake(w.gen)
}

// Resolved returns a future already resolved with v
// (`convert_to_awaitable` of a plain value).
func Resolved[T any](v T) *Future[T] {
	f := &Future[T]{val: v}
	f.state.Store(1)
	return f
}

// Go creates a task running fn and returns its future (calling an Async
// Process without `await`, spec §8.1). The task joins the back of the
// ready queue: it starts when its creator next suspends.
//
// The task is cancelled independently of its creator, except that tasks
// created while evaluating an operation of WithTimeout, WithToken,
// Parallel or Race are cancelled with that operation. If ctx carries no
// loop (a Go caller), the task runs at once on a fresh loop of its own. A
// panic in fn becomes the task's error. A task that fails and is never
// observed (awaited, or looked at by a combinator) is reported by Main.
//
// For generated code only.
func Go[T any](ctx context.Context, fn func(ctx context.Context) (T, error)) *Future[T] {
	c := taskOf(ctx)
	if c == nil {
		l := newLoop(ctx, globalLocks)
		return spawn(l, l.root, l.root, fn)
	}
	p := c.spawnParent(ctx)
	return spawn(c.loop, p, p, fn)
}

// spawnScoped creates a task for a combinator's operation: attached to
// parent, and its own new tasks attach to it.
func spawnScoped[T any](c *task, parent context.Context, fn func(ctx context.Context) (T, error)) *Future[T] {
	return spawn(c.loop, parent, nil, fn)
}

// spawn creates a task running fn on l, attached to parent, its new tasks
// attaching to scope (see startTask).
func spawn[T any](l *loop, parent, scope context.Context, fn func(ctx context.Context) (T, error)) *Future[T] {
	tc := &taskCell[T]{fn: fn}
	tc.f.t = &tc.t
	l.startTask(&tc.t, parent, scope, tc)
	return &tc.f
}

// spawnEach creates the task running fn(ctx, i) of Parallel and Race
// (attached to parent like spawnScoped), without a closure per task.
func spawnEach[T any](c *task, parent context.Context, fn func(ctx context.Context, i int) (T, error), i int) *Future[T] {
	tc := &taskCell[T]{fni: fn, i: i}
	tc.f.t = &tc.t
	c.loop.startTask(&tc.t, parent, nil, tc)
	return &tc.f
}

// taskCell is a task with its future and its body: the one allocation a
// task costs besides its goroutine.
type taskCell[T any] struct {
	t   task
	f   Future[T]
	fn  func(context.Context) (T, error)      // the body until it runs, or
	fni func(context.Context, int) (T, error) // fni(ctx, i) (Parallel, Race)
	i   int
}

// runTask implements runner: it is the task's goroutine, started holding
// the token. It runs the body, settles the future and ends the task. A
// task cancelled before it started never runs its body (as in asyncio);
// it ends with its cancellation error. It is kept flat (one frame, the
// body called directly, the rest in the deferred end) so that a task
// parked deep in its body still fits the 2 KB initial stack of a
// goroutine.
func (tc *taskCell[T]) runTask() (next runner) {
	defer tc.end(&next)
	// The outcome goes straight into the future (only this task settles
	// it; readers look at it only once it is settled): no locals live
	// across the body.
	if atomic.LoadUint32(&tc.t.off) != 0 {
		tc.f.err = cancelErr(&tc.t)
	} else if tc.fni != nil {
		tc.f.val, tc.f.err = tc.fni(&tc.t, tc.i)
	} else {
		tc.f.val, tc.f.err = tc.fn(&tc.t)
	}
	return nil // next is set by end
}

// end is deferred by runTask: it turns a panic of the body into its error
// (see callTask), settles the future and ends the task.
func (tc *taskCell[T]) end(next *runner) {
	if r := recover(); r != nil {
		var zero T
		tc.f.val, tc.f.err = zero, taskPanic(r)
	}
	t := &tc.t
	tc.fn, tc.fni = nil, nil
	tc.f.settle(tc.f.val, tc.f.err)
	*next = t.done(tc.f.err, &tc.f)
}

// settle stores the outcome and wakes the waiters in registration order;
// it reports false (and changes nothing) if f was already settled.
func (f *Future[T]) settle(v T, err error) bool {
	f.mu.Lock()
	if f.state.Load() != 0 {
		f.mu.Unlock()
		return false
	}
	f.val, f.err = v, err
	f.state.Store(1)
	w0, ws := f.w0, f.ws
	f.w0, f.ws = waiter{}, nil
	if f.done != nil {
		close(f.done)
	}
	f.mu.Unlock()
	if w0.t != nil || w0.j != nil {
		w0.fire()
	}
	for _, w := range ws {
		w.fire()
	}
	return true
}

// addWaiter registers w; it reports false, registering nothing, if f is
// already settled.
func (f *Future[T]) addWaiter(w waiter) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state.Load() != 0 {
		return false
	}
	if f.w0.t == nil && f.w0.j == nil {
		f.w0 = w
	} else {
		f.ws = append(f.ws, w)
	}
	return true
}

// Done returns a channel closed when f settles, for Go callers.
func (f *Future[T]) Done() <-chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.done == nil {
		if f.state.Load() != 0 {
			f.done = closedChan
		} else {
			f.done = make(chan struct{})
		}
	}
	return f.done
}

// Settled reports whether f has settled.
func (f *Future[T]) Settled() bool { return f.state.Load() != 0 }

// Result returns f's value and error; f must be settled (after Done is
// closed). It marks the failure observed.
func (f *Future[T]) Result() (T, error) {
	f.observe()
	return f.val, f.err
}

func (f *Future[T]) observe() {
	if !f.observed.Load() {
		f.observed.Store(true)
	}
}

func (f *Future[T]) isObserved() bool { return f.observed.Load() }

// failed reports whether f settled with an error; f must be settled.
func (f *Future[T]) failed() bool { return f.err != nil }

// cancelTask cancels f's task, if f has one and it has not finished.
func (f *Future[T]) cancelTask() {
	if f.t != nil && f.state.Load() == 0 {
		f.t.cancel(context.Canceled, errTaskCancelled)
	}
}

// giveUp is what an awaiter that stops waiting does: it cancels f's task
// and takes responsibility for f's outcome (not reported at the end).
func (f *Future[T]) giveUp() {
	f.observe()
	f.cancelTask()
}

// AppendRepr displays an awaitable as `<awaitable>`.
//
// For generated code only.
func (f *Future[T]) AppendRepr(b []byte) []byte { return append(b, "<awaitable>"...) }

// Await waits for f (`await E`, spec §8.1) and gives its value or error,
// marking its failure observed. It is a cancellation point: if the task
// under ctx is already cancelled, or is cancelled while it waits, f's task
// is cancelled too (as in asyncio) and the cancellation error is returned.
// It does not suspend when f is already settled.
func Await[T any](ctx context.Context, f *Future[T]) (T, error) {
	if err := Check(ctx); err != nil {
		f.giveUp()
		var zero T
		return zero, err
	}
	if f.state.Load() != 0 {
		f.observe()
		return f.val, f.err
	}
	return awaitSlow(ctx, f)
}

func awaitSlow[T any](ctx context.Context, f *Future[T]) (T, error) {
	var zero T
	c := taskOf(ctx)
	if c == nil {
		select {
		case <-f.Done():
		case <-ctx.Done():
			f.giveUp()
			return zero, cancelErr(ctx)
		}
		f.observe()
		return f.val, f.err
	}
	gen := c.prepareWait()
	if f.addWaiter(waiter{t: c, gen: gen}) {
		c.park(ctx, gen, nil)
	} else {
		c.claim(gen)
	}
	if err := Check(ctx); err != nil {
		f.giveUp()
		return zero, err
	}
	f.observe()
	return f.val, f.err
}

// awaitOr waits for f, or for extra to close, or for tok to be cancelled,
// whichever comes first, as a cancellation point of ctx. It reports how
// the wait ended (endExtra for extra and tok).
func awaitOr[T any](ctx context.Context, c *task, f *Future[T], extra <-chan struct{}, tok *CancelToken) waitEnd {
	if f.state.Load() == 0 {
		gen := c.prepareWait()
		w := waiter{t: c, gen: gen}
		if f.addWaiter(w) && (tok == nil || tok.addWaiter(w)) {
			c.park(ctx, gen, extra)
		} else {
			c.claim(gen)
		}
		if tok != nil {
			tok.removeWaiter(c, gen)
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

type waitEnd int

const (
	endSettled waitEnd = iota
	endCancelled
	endExtra
)
