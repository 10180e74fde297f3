package rt

import (
	"context"
	"strconv"
	"sync"
)

// lockRegistry holds the async_lock states of one program (spec §8.8: one
// lock per name for the whole program). Library-mode loops share
// globalLocks, so locks are package-wide there. Its mutex also guards the
// states; it is held only for bookkeeping, never while a task waits.
type lockRegistry struct {
	mu sync.Mutex
	m  map[string]*lockState
}

// lockState is one named lock: its owner and its FIFO of waiters.
type lockState struct {
	name  string
	owner *task
	q     []waiter
}

// globalLocks is the registry of library mode (no rt.Main).
var globalLocks = newLockRegistry()

func newLockRegistry() *lockRegistry {
	return &lockRegistry{m: make(map[string]*lockState)}
}

// AsyncLock is `async_lock with name as NAME` used as a context manager
// (`With async_lock with name as "k":`). It grants the lock first come
// first served:
//   - taking a free lock does not suspend;
//   - a waiter that is cancelled leaves the queue and gets its
//     cancellation error;
//   - a lock granted to a task that was cancelled before it could run
//     passes on to the next waiter;
//   - a task taking a lock it already holds gets a kind "lock" error.
//
// The returned Cleanup releases the lock (handing it to the next live
// waiter, who joins the back of the ready queue); it never suspends.
//
// For generated code only.
func AsyncLock(ctx context.Context, name string) (struct{}, Cleanup, error) {
	if err := Check(ctx); err != nil {
		return struct{}{}, nil, err
	}
	c := taskOf(ctx)
	if c == nil {
		return struct{}{}, nil, NewErrorAt(0, KindLock, "async_lock "+strconv.Quote(name)+" taken outside any task")
	}
	r := c.loop.locks
	r.mu.Lock()
	ls := r.m[name]
	if ls == nil {
		ls = &lockState{name: name}
		r.m[name] = ls
	}
	if ls.owner == c {
		r.mu.Unlock()
		return struct{}{}, nil, NewErrorAt(0, KindLock, "task already holds async_lock "+strconv.Quote(name))
	}
	if ls.owner == nil && len(ls.q) == 0 {
		ls.owner = c
		r.mu.Unlock()
		return struct{}{}, r.releaser(ls, c), nil
	}
	gen := c.prepareWait()
	ls.q = append(ls.q, waiter{t: c, gen: gen})
	r.mu.Unlock()

	c.park(ctx, gen, nil)

	r.mu.Lock()
	if ls.owner == c {
		if Cancelled(ctx) {
			next := r.passOn(ls)
			r.mu.Unlock()
			if next != nil {
				next.loop.schedule(next)
			}
			return struct{}{}, nil, cancelErr(ctx)
		}
		r.mu.Unlock()
		return struct{}{}, r.releaser(ls, c), nil
	}
	// Cancelled while waiting: leave the queue.
	for i, w := range ls.q {
		if w.t == c && w.gen == gen {
			ls.q = append(ls.q[:i], ls.q[i+1:]...)
			break
		}
	}
	r.forget(ls)
	r.mu.Unlock()
	return struct{}{}, nil, cancelErr(ctx)
}

// releaser returns the Cleanup that releases ls held by owner.
func (r *lockRegistry) releaser(ls *lockState, owner *task) Cleanup {
	return func(context.Context) error {
		r.mu.Lock()
		if ls.owner != owner {
			r.mu.Unlock()
			return nil
		}
		next := r.passOn(ls)
		r.mu.Unlock()
		if next != nil {
			next.loop.schedule(next)
		}
		return nil
	}
}

// passOn gives ls to the first waiter whose wait is still on (skipping
// waiters whose cancellation already woke them) and returns it, for the
// caller to schedule after unlocking; or frees ls and returns nil. r.mu
// must be held.
func (r *lockRegistry) passOn(ls *lockState) *task {
	for len(ls.q) > 0 {
		w := ls.q[0]
		ls.q[0] = waiter{}
		ls.q = ls.q[1:]
		if w.t.claim(w.gen) {
			ls.owner = w.t
			return w.t
		}
	}
	ls.owner = nil
	r.forget(ls)
	return nil
}

// forget drops a free lock with no waiters from the registry, so the map
// does not grow with every name ever used. r.mu must be held.
func (r *lockRegistry) forget(ls *lockState) {
	if ls.owner == nil && len(ls.q) == 0 && r.m[ls.name] == ls {
		delete(r.m, ls.name)
	}
}
