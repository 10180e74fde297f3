package std

import (
	"context"
	"math"
	"time"

	"github.com/runa2go/runa2go/rt"
)

// SleepUntil implements `sleep_until with time as D`: it suspends the task
// until the moment D (a DateTime, as current_datetime gives), like
// `sleep` for the seconds from now until D; a moment already past only
// lets other tasks run. It is a cancellation point.
func SleepUntil(ctx context.Context, d rt.DateTime) error {
	return rt.Sleep(ctx, time.Until(d.T).Seconds())
}

// Duration converts a positive number of seconds to a Duration, saturating.
func Duration(s float64) time.Duration {
	ns := s * float64(time.Second)
	if ns >= math.MaxInt64 {
		return time.Duration(math.MaxInt64)
	}
	if ns < 1 {
		return 1
	}
	return time.Duration(ns)
}
