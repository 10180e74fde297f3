package rt

import (
	"context"
	"math"
	"sync/atomic"
	"time"
)

// Sleep implements `await sleep with seconds as N`: it suspends the task
// for N seconds, waiting off the loop, and rejoins the back of the ready
// queue when its entry in the loop's timer queue ends (deadline order, ties
// in the order the sleeps began: see timerQueue). With N <= 0 (or NaN) it joins the back of the
// queue at once, without a timer (spec §8.0). It is a cancellation point
// before and after waiting, and a cancellation while waiting ends it
// promptly with the cancellation error.
//
// The common `sleep 0` of a task is a small frame over yield: a task
// parked there must fit its goroutine's initial stack (see taskCell).
//
// For generated code only.
func Sleep(ctx context.Context, seconds float64) error {
	if t, ok := ctx.(*task); ok && atomic.LoadUint32(&t.off) == 0 {
		if seconds > 0 {
			return t.sleepFor(seconds)
		}
		t.yield()
		if atomic.LoadUint32(&t.off) == 0 {
			return nil
		}
	}
	return sleepSlow(ctx, seconds)
}

// sleepFor is Sleep with a timer for a task sleeping under its own
// context (not cancelled): a small frame over park.
//
//go:noinline
func (t *task) sleepFor(seconds float64) error {
	gen := t.prepareWait()
	e := t.loop.timers.wakeAfter(toDuration(seconds), t, gen)
	t.park(t, gen, nil)
	if atomic.LoadUint32(&t.off) != 0 {
		t.loop.timers.remove(e)
		return cancelErr(t)
	}
	return nil
}

// sleepSlow is Sleep with a timer, outside a task, or cancelled.
//
//go:noinline
func sleepSlow(ctx context.Context, seconds float64) error {
	if err := Check(ctx); err != nil {
		return err
	}
	c := taskOf(ctx)
	if !(seconds > 0) {
		if c != nil {
			c.yield()
		}
		return Check(ctx)
	}
	d := toDuration(seconds)
	if c == nil {
		timer := time.NewTimer(d)
		defer timer.Stop()
		select {
		case <-timer.C:
			return nil
		case <-ctx.Done():
			return cancelErr(ctx)
		}
	}
	gen := c.prepareWait()
	e := c.loop.timers.wakeAfter(d, c, gen)
	c.park(ctx, gen, nil)
	if err := Check(ctx); err != nil {
		c.loop.timers.remove(e)
		return err
	}
	return nil
}

// toDuration converts positive seconds to a Duration, saturating.
func toDuration(seconds float64) time.Duration {
	ns := seconds * float64(time.Second)
	if ns >= math.MaxInt64 {
		return time.Duration(math.MaxInt64)
	}
	if ns < 1 {
		return 1
	}
	return time.Duration(ns)
}
