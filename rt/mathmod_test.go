package rt

import (
	"math"
	"testing"
)

func mathFault(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		r := recover()
		fl, ok := r.(*Fault)
		if !ok || fl.Err.Kind != KindArithmetic || fl.Err.Message != want {
			t.Fatalf("want an arithmetic fault %q, got %v", want, r)
		}
	}()
	f()
}

func TestMathModule(t *testing.T) {
	if MathSqrt(16) != 4 || MathFloor(-3.5) != -4 || MathCeil(3.2) != 4 || MathAbsInt(-4) != 4 {
		t.Fatal("sqrt, floor, ceil or abs")
	}
	if MathPower(2, 10) != 1024 || MathPower(9, 0.5) != 3 {
		t.Fatal("power")
	}
	if m := MathMax(Int(3), Float(1.5)); m.IsFloat() || m.Int64() != 3 {
		t.Fatalf("max(3, 1.5) = %v", m.Text())
	}
	if m := MathMin(Int(3), Float(1.5)); !m.IsFloat() || m.Float64() != 1.5 {
		t.Fatalf("min(3, 1.5) = %v", m.Text())
	}
	if m := MathMin(Int(2), Float(2)); m.IsFloat() {
		t.Fatal("min of equal values must give the first")
	}
	if a := MathAbs(Float(-2.5)); !a.IsFloat() || a.Float64() != 2.5 {
		t.Fatal("abs of a Float")
	}
	mathFault(t, "math domain error", func() { MathSqrt(-1) })
	mathFault(t, "math domain error", func() { MathPower(-8, 1.0/3) })
	mathFault(t, "math domain error", func() { MathPower(0, -1) })
	mathFault(t, "math range error", func() { MathPower(10, 400) })
	mathFault(t, "math range error", func() { MathFloor(math.Inf(1)) })
}
