package rt

import (
	"context"
	"sync"
)

// Parallel implements `parallel_await for each X in L:` (spec §8.2): it
// runs fn(ctx, i) for i in [0, n), each in its own task (created in input
// order, joining the back of the ready queue), and gives the results in
// input order.
//
// If a task fails, the others are cancelled (and with them the tasks they
// created), all are waited for, and the first failure in time is returned
// with the other failures that are not cancellations attached (Error.Parts,
// input order). n <= 0 gives an empty slice at once. If the caller is
// cancelled while waiting, the tasks are cancelled, all are waited for
// (their Finally blocks and cleanups run first, spec §8.2), and the
// caller's cancellation error is returned.
//
// For generated code only.
func Parallel[T any](ctx context.Context, n int, fn func(ctx context.Context, i int) (T, error)) ([]T, error) {
	if err := Check(ctx); err != nil {
		return nil, err
	}
	if n <= 0 {
		return []T{}, nil
	}
	c := taskOf(ctx)
	if c == nil {
		return Enter(ctx, func(ctx context.Context) ([]T, error) { return Parallel(ctx, n, fn) })
	}
	g := &node{}
	g.attach(ctx)
	fs := make([]*Future[T], n)
	for i := range n {
		fs[i] = spawnEach(c, g, fn, i)
	}
	j := join(ctx, c, fs, false, func() { g.cancel(context.Canceled, errTaskCancelled) })
	g.detach()
	return j.results()
}

// All implements `await parallel_await with tasks as L`: it joins futures
// already started, with Parallel's result rules (a failure cancels the
// tasks of the others; the caller's cancellation cancels them all and
// waits for them). An empty list gives an empty slice at once.
//
// For generated code only.
func All[T any](ctx context.Context, fs []*Future[T]) ([]T, error) {
	if err := Check(ctx); err != nil {
		for _, f := range fs {
			f.giveUp()
		}
		return nil, err
	}
	if len(fs) == 0 {
		return []T{}, nil
	}
	c := taskOf(ctx)
	if c == nil {
		return Enter(ctx, func(ctx context.Context) ([]T, error) { return All(ctx, fs) })
	}
	j := join(ctx, c, fs, false, func() {
		for _, f := range fs {
			f.cancelTask()
		}
	})
	return j.results()
}

// joiner waits for a list of futures on behalf of a combinator, noting the
// decisive one: the first failure in time (parallel) or the first success
// (race). Settling futures notify it holding their loop token.
type joiner[T any] struct {
	mu         sync.Mutex
	fs         []*Future[T]
	c          *task
	gen        uint64
	remaining  int
	armed      bool
	race       bool
	first      int // index of the decisive future, or -1
	cancelRest func()
	err        error // the caller's cancellation, if it ended the wait
}

// join waits until every future of fs has settled, calling cancelRest once
// at the decisive settle. If ctx is cancelled while it waits, it calls
// cancelRest and still waits for every future (j.err is then the
// cancellation). Every future is marked observed.
func join[T any](ctx context.Context, c *task, fs []*Future[T], race bool, cancelRest func()) *joiner[T] {
	j := &joiner[T]{fs: fs, c: c, remaining: len(fs), race: race, first: -1, cancelRest: cancelRest}
	j.gen = c.prepareWait()
	for i, f := range fs {
		if !f.addWaiter(waiter{j: j, i: i}) {
			j.settled(i)
		}
	}
	j.mu.Lock()
	j.armed = true
	wait := j.remaining > 0
	j.mu.Unlock()
	if wait {
		c.park(ctx, j.gen, nil)
	} else {
		c.claim(j.gen)
	}
	for _, f := range fs {
		f.observe()
	}
	if err := Check(ctx); err != nil {
		// Structured concurrency (spec §8.2): the caller's cancellation
		// unwinds only once every task has finished, cleanups included.
		cancelRest()
		j.waitAll()
		j.err = err
	}
	return j
}

// waitAll waits, without cancellation, until every future has settled.
func (j *joiner[T]) waitAll() {
	j.mu.Lock()
	if j.remaining == 0 {
		j.mu.Unlock()
		return
	}
	j.gen = j.c.prepareWait()
	j.mu.Unlock()
	j.c.parkUntilWoken()
}

// settled implements notifier.
func (j *joiner[T]) settled(i int) {
	f := j.fs[i]
	j.mu.Lock()
	j.remaining--
	decisive := false
	if j.first < 0 {
		if j.race {
			decisive = f.err == nil
		} else {
			decisive = f.err != nil && !f.cancelled()
		}
		if decisive {
			j.first = i
		}
	}
	wake := j.remaining == 0 && j.armed
	gen := j.gen
	j.mu.Unlock()
	if decisive {
		j.cancelRest()
	}
	if wake {
		j.c.wake(gen)
	}
}

// cancelled reports whether f's task ended by its own cancellation.
func (f *Future[T]) cancelled() bool {
	return f.t != nil && f.err != nil && f.t.isCancellation(f.err)
}

// results assembles the outcome of a parallel join.
func (j *joiner[T]) results() ([]T, error) {
	if j.err != nil {
		return nil, j.err
	}
	first := j.first
	if first < 0 {
		// No failure of its own: a task cancelled from outside counts.
		for i, f := range j.fs {
			if f.err != nil {
				first = i
				break
			}
		}
	}
	if first >= 0 {
		return nil, attachOthers(j.fs, first)
	}
	vals := make([]T, len(j.fs))
	for i, f := range j.fs {
		vals[i] = f.val
	}
	return vals, nil
}

// attachOthers returns fs[first]'s error with the other failures that are
// not cancellations attached as Parts, in input order.
func attachOthers[T any](fs []*Future[T], first int) error {
	err := fs[first].err
	var e *Error
	for i, f := range fs {
		if i == first || f.err == nil || f.err == err || f.cancelled() {
			continue
		}
		if e == nil {
			e = AsError(err)
			err = e
		}
		e.Parts = append(e.Parts, f.err)
	}
	return err
}

// atCaller positions e at the Runa line that called into rt (callerPos)
// and returns it: the line of a combinator.
func atCaller(e *Error) *Error {
	e.File, e.Line = callerPos(0)
	return e
}
