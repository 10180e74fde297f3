package cputime

import "testing"

func TestUsedGrows(t *testing.T) {
	a, ok := Used()
	if !ok {
		t.Skip("CPU time is not available here")
	}
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i % 7
	}
	b, _ := Used()
	if b <= a || x == 0 {
		t.Fatalf("CPU time did not grow: %v then %v", a, b)
	}
}
