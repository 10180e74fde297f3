package rt

import (
	"sync"
	"time"
)

// timerQueue is the one timer queue of a loop (spec §8.0): every sleep and
// every await_with_timeout deadline of the loop's tasks is an entry in it,
// and a single Go timer is armed for the earliest deadline.
//
// Contracts:
//   - Entries end in deadline order, ties in the order they were added:
//     when the Go timer fires, every entry whose deadline has passed is
//     popped, in that order, and ended (its task woken, or its callback
//     run) in that order, one firing at a time. Wakes join the back of the
//     ready queue, so waits that end at the same deadline, or whose
//     deadlines pass while the loop is busy, resume in deadline order.
//   - remove takes out an entry that has not ended (a cancelled sleep, a
//     timeout whose operation finished first); it is a no-op afterwards.
//   - With no entry left the Go timer is stopped: an idle queue holds no
//     timer and no goroutine.
//
// Deadlines are monotonic nanoseconds since the queue's epoch.
type timerQueue struct {
	mu    sync.Mutex
	h     []*timerEntry // binary min-heap on (at, seq)
	seq   uint64
	epoch time.Time
	timer *time.Timer
	armed int64 // deadline the Go timer is armed for; -1: not armed

	fireMu sync.Mutex // serialises firings, so ends never interleave
}

// timerEntry is one wait in a timerQueue: it wakes t's wait gen, or, when
// t is nil, runs fn.
type timerEntry struct {
	at  int64
	seq uint64
	idx int // position in the heap; -1 once popped or removed
	t   *task
	gen uint64
	fn  func()
}

func newTimerQueue() *timerQueue { return &timerQueue{epoch: time.Now(), armed: -1} }

// now returns the queue's clock.
func (q *timerQueue) now() int64 { return int64(time.Since(q.epoch)) }

// wakeAfter adds an entry that wakes task t's wait gen after d.
func (q *timerQueue) wakeAfter(d time.Duration, t *task, gen uint64) *timerEntry {
	return q.add(&timerEntry{t: t, gen: gen}, d)
}

// after adds an entry that runs fn (off the loop, without the token) after
// d.
func (q *timerQueue) after(d time.Duration, fn func()) *timerEntry {
	return q.add(&timerEntry{fn: fn}, d)
}

func (q *timerQueue) add(e *timerEntry, d time.Duration) *timerEntry {
	q.mu.Lock()
	e.at = q.now() + int64(d)
	if e.at < 0 { // saturate
		e.at = int64(^uint64(0) >> 1)
	}
	q.seq++
	e.seq = q.seq
	e.idx = len(q.h)
	q.h = append(q.h, e)
	q.up(e.idx)
	if q.h[0] == e {
		q.arm()
	}
	q.mu.Unlock()
	return e
}

// remove takes e out of the queue if it has not ended.
func (q *timerQueue) remove(e *timerEntry) {
	q.mu.Lock()
	if e.idx >= 0 {
		q.del(e.idx)
		if len(q.h) == 0 && q.timer != nil {
			q.timer.Stop()
			q.armed = -1
		}
	}
	q.mu.Unlock()
}

// arm sets the Go timer for the earliest entry; q.mu must be held and the
// heap non-empty.
func (q *timerQueue) arm() {
	at := q.h[0].at
	if q.armed == at {
		return
	}
	q.armed = at
	d := time.Duration(at - q.now())
	if q.timer == nil {
		q.timer = time.AfterFunc(d, q.fire)
		return
	}
	q.timer.Reset(d)
}

// fire ends every entry whose deadline has passed, in (deadline, order
// added) order, and re-arms the Go timer for the next one.
func (q *timerQueue) fire() {
	q.fireMu.Lock()
	defer q.fireMu.Unlock()
	q.mu.Lock()
	now := q.now()
	var due []*timerEntry
	for len(q.h) > 0 && q.h[0].at <= now {
		due = append(due, q.h[0])
		q.del(0)
	}
	q.armed = -1
	if len(q.h) > 0 {
		q.arm()
	}
	q.mu.Unlock()
	for _, e := range due {
		if e.t != nil {
			e.t.wake(e.gen)
		} else {
			e.fn()
		}
	}
}

func (q *timerQueue) less(i, j int) bool {
	a, b := q.h[i], q.h[j]
	return a.at < b.at || (a.at == b.at && a.seq < b.seq)
}

func (q *timerQueue) swap(i, j int) {
	q.h[i], q.h[j] = q.h[j], q.h[i]
	q.h[i].idx = i
	q.h[j].idx = j
}

func (q *timerQueue) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(i, p) {
			return
		}
		q.swap(i, p)
		i = p
	}
}

func (q *timerQueue) down(i int) {
	n := len(q.h)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && q.less(r, l) {
			m = r
		}
		if !q.less(m, i) {
			return
		}
		q.swap(i, m)
		i = m
	}
}

// del removes the entry at heap index i.
func (q *timerQueue) del(i int) {
	e := q.h[i]
	last := len(q.h) - 1
	if i != last {
		q.swap(i, last)
	}
	q.h[last] = nil
	q.h = q.h[:last]
	if i != last {
		q.down(i)
		q.up(i)
	}
	e.idx = -1
}
