package rt

import (
	"context"
	"runtime"
	"testing"
)

// line returns the line of its caller.
func line() int {
	_, _, l, _ := runtime.Caller(1)
	return l
}

// faultLine runs fn and returns the line of the fault it raises.
func faultLine(t *testing.T, fn func()) int {
	t.Helper()
	var err error
	func() {
		defer Recover(&err)
		fn()
	}()
	if err == nil {
		t.Fatal("no fault")
	}
	return AsError(err).Line
}

// Every error rt raises is positioned at the code that called into rt,
// however many rt frames sit in between (spec §6.5): a None check names
// its own line (not its caller's), a second iteration of a generator names
// the For each.
func TestPositionsNameTheCallingLine(t *testing.T) {
	var p *int64
	var want int
	got := faultLine(t, func() {
		want = line() + 1
		NotNone(p)
	})
	if got != want {
		t.Errorf("NotNone: line %d, want %d", got, want)
	}
	got = faultLine(t, func() {
		want = line() + 1
		None[int64]().Get()
	})
	if got != want {
		t.Errorf("Opt.Get: line %d, want %d", got, want)
	}
	got = faultLine(t, func() {
		want = line() + 1
		NewList[int64]().At(3)
	})
	if got != want {
		t.Errorf("List.At: line %d, want %d", got, want)
	}
	got = faultLine(t, func() {
		want = line() + 1
		NewDict[string, int64]().Get("x")
	})
	if got != want {
		t.Errorf("Dict.Get: line %d, want %d", got, want)
	}
	runProg(t, func(ctx context.Context) error {
		g := NewGenerator(ctx, func(ctx context.Context, yield func(int64) bool) error { return nil })
		for range g.All() {
		}
		want := line() + 1
		for _, err := range g.All() {
			if e := AsError(err); e == nil || e.Message != errConsumed || e.Line != want {
				t.Errorf("second iteration: %+v, want line %d", e, want)
			}
		}
		return nil
	})
	if e := NewError(KindError, "x"); e.Line != line() {
		t.Errorf("NewError: line %d", e.Line)
	}
}
