package std

import (
	"math"
	"testing"

	"github.com/runa2go/runa2go/rt"
)

// resetRandom forgets the random source so the next draw reads RUNA_SEED.
func resetRandom() {
	randomSource.Lock()
	randomSource.r = nil
	randomSource.Unlock()
}

func draws(n int, low, high int64) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[i] = RandomInteger(low, high)
	}
	return out
}

func TestRandomIntegerSeeded(t *testing.T) {
	t.Setenv("RUNA_SEED", "42")
	resetRandom()
	a := draws(50, 1, 6)
	resetRandom()
	b := draws(50, 1, 6)
	seen := map[int64]bool{}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("seeded runs differ at %d: %v vs %v", i, a, b)
		}
		if a[i] < 1 || a[i] > 6 {
			t.Fatalf("draw %d out of [1, 6]", a[i])
		}
		seen[a[i]] = true
	}
	if len(seen) != 6 {
		t.Errorf("50 draws of a die saw only %v", seen)
	}
	if v := RandomInteger(7, 7); v != 7 {
		t.Errorf("random_integer(7, 7) = %d", v)
	}
	RandomInteger(math.MinInt64, math.MaxInt64) // the whole range
	t.Setenv("RUNA_SEED", "7")
	resetRandom()
	c := draws(50, 1, 6)
	same := true
	for i := range a {
		same = same && a[i] == c[i]
	}
	if same {
		t.Error("seeds 42 and 7 give the same draws")
	}
}

// faultOf runs f and returns the error of the fault it raised.
func faultOf(f func()) (err *rt.Error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(*rt.Fault).Err
		}
	}()
	f()
	return nil
}

func TestRandomIntegerFaults(t *testing.T) {
	line := thisLine() + 1
	e := faultOf(func() { RandomInteger(5, 1) })
	if e == nil || e.Kind != rt.KindType || e.Message != "random_integer: low 5 is greater than high 1" || e.Line != line {
		t.Fatalf("low > high: %+v (want line %d)", e, line)
	}
	t.Setenv("RUNA_SEED", "abc")
	resetRandom()
	defer resetRandom()
	e = faultOf(func() { RandomInteger(1, 2) })
	if e == nil || e.Kind != rt.KindType || e.Message != `RUNA_SEED must be an Integer, not "abc"` {
		t.Fatalf("bad seed: %+v", e)
	}
}
