package rt

import (
	"context"
	"sync"
	"sync/atomic"
)

// loop is the event loop of spec §8.0, realised as a token that the tasks
// (goroutines) of one program pass among themselves: at any moment at most
// one task holds it and runs Runa code.
//
// Contracts:
//   - The ready queue is FIFO. schedule(t) appends t at the back, or hands
//     it the token at once when no task holds it (the loop is idle).
//   - A task gives the token up only by parking (release: the front of the
//     queue gets it), by yielding (it goes to the back first) or by
//     finishing. Waiting itself (timers, I/O) happens off the loop.
//   - Display output is flushed when the token is given up with nothing
//     ready (the loop goes idle, flushIfIdle).
//   - A task that has never run has no goroutine: it gets one when it is
//     first granted the token, so a pending task costs only its taskCell.
//     A task that finishes while the front of the queue has never run
//     runs that task itself on its goroutine (finish, taskMain); a
//     goroutine with nothing to run waits (at most maxWorkers of them,
//     until the loop has no live task) to be handed the next task that
//     has never run; otherwise a new goroutine is started. Reused
//     goroutines keep the stacks earlier tasks grew.
//   - Every goroutine rt starts for the loop is counted (gors), so Main can
//     check with RUNA_LEAKCHECK=1 that none outlives the program.
type loop struct {
	mu   sync.Mutex
	q    []*task // ring buffer of ready tasks
	head int
	n    int
	busy bool // some task holds the token

	root   *node         // every top-level task's scope; cancelled by SIGINT
	locks  *lockRegistry // async_lock registry (spec §8.8)
	timers *timerQueue   // every sleep and timeout deadline (spec §8.0)

	// Under mu: tasks created and not yet finished (an intrusive list),
	// failures of finished tasks in the order they happened.
	live      int
	liveHead  *task
	failures  []taskFailure
	idle      chan struct{} // closed when live drops to zero
	idleShut  bool
	mainTask  *task
	workers   []chan runner // under mu: idle task goroutines (taskMain)
	gors      atomic.Int64  // goroutines started by rt and still running
	gorsQuiet chan struct{} // signalled (cap 1) when gors drops to zero
}

// taskFailure is a task that finished with an error that was not its own
// cancellation; it is reported at the end unless someone observed it.
type taskFailure struct {
	err error
	obs observer
	t   *task
}

// observer is implemented by futures: whether an await or a combinator
// looked at the outcome.
type observer interface{ isObserved() bool }

// newLoop makes a loop whose root scope is cancelled when ctx is.
func newLoop(ctx context.Context, locks *lockRegistry) *loop {
	l := &loop{
		locks:     locks,
		idle:      make(chan struct{}),
		gorsQuiet: make(chan struct{}, 1),
		root:      &node{},
		timers:    newTimerQueue(),
	}
	l.root.attach(ctx)
	return l
}

// push appends t to the ready queue; l.mu must be held.
func (l *loop) push(t *task) {
	if l.n == len(l.q) {
		size := 2 * len(l.q)
		if size < 16 {
			size = 16
		}
		q := make([]*task, size)
		for i := 0; i < l.n; i++ {
			q[i] = l.q[(l.head+i)%len(l.q)]
		}
		l.q, l.head = q, 0
	}
	l.q[(l.head+l.n)%len(l.q)] = t
	l.n++
}

// pop removes the front of the ready queue; l.mu must be held and l.n > 0.
func (l *loop) pop() *task {
	t := l.q[l.head]
	l.q[l.head] = nil
	l.head = (l.head + 1) % len(l.q)
	l.n--
	return t
}

// schedule makes t ready: it joins the back of the queue, or gets the token
// at once when the loop is idle. Every wake-up of a task funnels through
// here, exactly once per wait (see task.wake).
func (l *loop) schedule(t *task) {
	l.mu.Lock()
	if !l.busy {
		l.busy = true
		l.mu.Unlock()
		l.grant(t)
		return
	}
	l.push(t)
	l.mu.Unlock()
}

// release gives the token to the front of the queue, or marks the loop
// idle. The caller must hold the token and stops running Runa code.
func (l *loop) release() {
	l.mu.Lock()
	l.flushIfIdle()
	if l.n == 0 {
		l.busy = false
		l.mu.Unlock()
		return
	}
	next := l.pop()
	l.mu.Unlock()
	l.grant(next)
}

// flushIfIdle writes buffered Display output when the ready queue is
// empty: the token holder calls it before giving the token up, so output
// reaches standard output whenever the loop goes idle (every task waits,
// spec §8.0), while a task that never waits keeps it buffered. The queue
// grows only by schedule while the token is held, so a flush decided on an
// empty queue is at worst one a wake-up made unnecessary.
//
// l.mu must be held; it is released around the write.
func (l *loop) flushIfIdle() {
	if l.n == 0 {
		l.mu.Unlock()
		flushPending()
		l.mu.Lock()
	}
}

// grant hands the token to t: it starts t's goroutine the first time and
// signals t's grant channel afterwards.
func (l *loop) grant(t *task) {
	if !t.started {
		t.started = true
		l.mu.Lock()
		if k := len(l.workers); k > 0 {
			w := l.workers[k-1]
			l.workers = l.workers[:k-1]
			l.mu.Unlock()
			w <- t.r
			return
		}
		l.mu.Unlock()
		l.goStart()
		go l.taskMain(t.r)
		return
	}
	t.grant <- struct{}{}
}

// taskMain is the body of a goroutine rt starts for tasks: it runs its
// first task, then every task that the one before handed it on finishing.
//
// With nothing to run it waits, as one of at most maxWorkers idle
// goroutines of the loop, for grant to hand it a task that has never run
// (its stack, grown by earlier tasks, then needs no copying), until the
// loop has no live task left.
func (l *loop) taskMain(r runner) {
	var w chan runner
	for {
		for r != nil {
			r = r.runTask()
		}
		l.mu.Lock()
		if l.idleShut || len(l.workers) >= maxWorkers {
			l.mu.Unlock()
			break
		}
		if w == nil {
			w = make(chan runner, 1)
		}
		l.workers = append(l.workers, w)
		l.mu.Unlock()
		if r = <-w; r == nil {
			break
		}
	}
	l.goExit()
}

// maxWorkers bounds the idle goroutines a loop keeps for new tasks.
const maxWorkers = 128

// goStart counts a goroutine rt is about to start for this loop.
func (l *loop) goStart() { l.gors.Add(1) }

// goExit is deferred by every goroutine counted by goStart.
func (l *loop) goExit() {
	if l.gors.Add(-1) == 0 {
		select {
		case l.gorsQuiet <- struct{}{}:
		default:
		}
	}
}

// addLive registers a new task; l.mu must be held.
func (l *loop) addLive(t *task) {
	l.live++
	t.liveNext = l.liveHead
	if l.liveHead != nil {
		l.liveHead.livePrev = t
	}
	l.liveHead = t
}

// removeLive unregisters a finished task; l.mu must be held.
func (l *loop) removeLive(t *task) {
	if t.livePrev != nil {
		t.livePrev.liveNext = t.liveNext
	} else {
		l.liveHead = t.liveNext
	}
	if t.liveNext != nil {
		t.liveNext.livePrev = t.livePrev
	}
	t.livePrev, t.liveNext = nil, nil
	l.live--
}

// finish is the last thing a task does, holding the token: it leaves the
// live set, records an unobserved-failure candidate, hands the token on and
// signals idleness when it was the last task. When the front of the queue
// is a task that has not started, finish returns it instead, still
// holding the token: the finishing goroutine runs it (taskMain), so a
// goroutine, and the stack it has grown, serves task after task.
func (l *loop) finish(t *task, f taskFailure) *task {
	l.mu.Lock()
	l.flushIfIdle()
	l.removeLive(t)
	if f.err != nil {
		l.failures = append(l.failures, f)
	}
	var idleWorkers []chan runner
	if l.live == 0 && !l.idleShut {
		l.idleShut = true
		close(l.idle)
		idleWorkers, l.workers = l.workers, nil
	}
	if l.n == 0 {
		l.busy = false
		l.mu.Unlock()
		for _, w := range idleWorkers {
			w <- nil // the loop has no task left: exit
		}
		return nil
	}
	next := l.pop()
	l.mu.Unlock()
	if !next.started {
		next.started = true
		return next
	}
	l.grant(next)
	return nil
}

// interrupt cancels every task of the loop (SIGINT, spec §6.5): the root
// scope and every live task, including those detached from the root.
func (l *loop) interrupt() { l.cancelAll(errInterrupted, nil) }

// cancelAll cancels, with cause, the root scope and every live task but
// except (which is first detached from the root, so it is not cancelled).
func (l *loop) cancelAll(cause error, except *task) {
	if except != nil {
		except.detach()
	}
	l.root.cancel(context.Canceled, cause)
	l.mu.Lock()
	var ts []*task
	for t := l.liveHead; t != nil; t = t.liveNext {
		if t != except {
			ts = append(ts, t)
		}
	}
	l.mu.Unlock()
	for _, t := range ts {
		t.cancel(context.Canceled, cause)
	}
}

// unobserved returns, in the order they happened, the failures nobody
// observed, leaving out skip's.
func (l *loop) unobserved(skip *task) []error {
	l.mu.Lock()
	defer l.mu.Unlock()
	var errs []error
	for _, f := range l.failures {
		if f.t != skip && !f.obs.isObserved() {
			errs = append(errs, f.err)
		}
	}
	return errs
}
