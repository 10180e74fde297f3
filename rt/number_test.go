package rt

import (
	"math"
	"testing"
)

func TestModPython(t *testing.T) {
	ints := []struct{ a, b, want int64 }{
		{-7, 3, 2}, {7, -3, -2}, {7, 3, 1}, {-7, -3, -1}, {6, 3, 0}, {-6, 3, 0},
		{0, 5, 0}, {math.MinInt64, -1, 0}, {math.MinInt64, 3, 1},
	}
	for _, tt := range ints {
		if got := ModInt(tt.a, tt.b); got != tt.want {
			t.Errorf("ModInt(%d, %d) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Int(tt.a).Mod(Int(tt.b)); got.IsFloat() || got.Int64() != tt.want {
			t.Errorf("Number %d mod %d = %v; want %d", tt.a, tt.b, got, tt.want)
		}
		if got := AnyMod(tt.a, tt.b); got != any(tt.want) {
			t.Errorf("AnyMod(%d, %d) = %v; want %d", tt.a, tt.b, got, tt.want)
		}
	}
	floats := []struct{ a, b, want float64 }{
		{-7, 3, 2}, {7, -3, -2}, {-7.5, 2, 0.5}, {7.5, -2, -0.5}, {5.5, 2, 1.5},
		{6, 3, 0}, {-6, 3, 0}, {6, -3, math.Copysign(0, -1)}, {-5, math.Inf(1), math.Inf(1)}, {5, math.Inf(1), 5},
	}
	for _, tt := range floats {
		got := ModFloat(tt.a, tt.b)
		if got != tt.want || math.Signbit(got) != math.Signbit(tt.want) {
			t.Errorf("ModFloat(%v, %v) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
		if n := Float(tt.a).Mod(Float(tt.b)); !n.IsFloat() || n.Float64() != tt.want {
			t.Errorf("Number %v mod %v = %v; want %v", tt.a, tt.b, n.Float64(), tt.want)
		}
	}
	if got := Int(-7).Mod(Float(3)); !got.IsFloat() || got.Float64() != 2 {
		t.Errorf("Int(-7) mod Float(3) = %v", got.Box())
	}
	if got := AnyMod(-7.0, int64(3)); got != any(2.0) {
		t.Errorf("AnyMod(-7.0, 3) = %v", got)
	}
}

func TestArithmeticFaults(t *testing.T) {
	var line int
	var err *Error
	line, err = valLine(), valCatch(func() { ModInt(1, 0) })
	valExpectFault(t, err, KindArithmetic, "modulo by zero", line)
	line, err = valLine(), valCatch(func() { ModFloat(1, 0) })
	valExpectFault(t, err, KindArithmetic, "modulo by zero", line)
	line, err = valLine(), valCatch(func() { Div(1, 0) })
	valExpectFault(t, err, KindArithmetic, "division by zero", line)
	line, err = valLine(), valCatch(func() { DivInt(1, 0) })
	valExpectFault(t, err, KindArithmetic, "division by zero", line)
	line, err = valLine(), valCatch(func() { Int(1).Div(Float(0)) })
	valExpectFault(t, err, KindArithmetic, "division by zero", line)
	line, err = valLine(), valCatch(func() { Int(1).Mod(Int(0)) })
	valExpectFault(t, err, KindArithmetic, "modulo by zero", line)
	line, err = valLine(), valCatch(func() { Float(1).Mod(Int(0)) })
	valExpectFault(t, err, KindArithmetic, "modulo by zero", line)
	line, err = valLine(), valCatch(func() { AnyDiv(int64(1), int64(0)) })
	valExpectFault(t, err, KindArithmetic, "division by zero", line)
	line, err = valLine(), valCatch(func() { AnyMod(int64(1), 0.0) })
	valExpectFault(t, err, KindArithmetic, "modulo by zero", line)
	if Div(1, 4) != 0.25 || DivInt(1, 4) != 0.25 {
		t.Error("Div")
	}
}

func TestNumber(t *testing.T) {
	if n := Int(2).Add(Int(3)); n.IsFloat() || n.Int64() != 5 || Text(n) != "5" {
		t.Errorf("2+3 = %s", Text(n))
	}
	if n := Int(2).Add(Float(3)); !n.IsFloat() || Text(n) != "5.0" {
		t.Errorf("2+3.0 = %s", Text(n))
	}
	if n := Int(math.MaxInt64).Add(Int(1)); n.Int64() != math.MinInt64 {
		t.Errorf("overflow must wrap: %s", Text(n))
	}
	if n := Int(7).Sub(Int(10)); n.Int64() != -3 || n.IsFloat() {
		t.Errorf("7-10 = %s", Text(n))
	}
	if n := Int(6).Mul(Float(0.5)); Text(n) != "3.0" {
		t.Errorf("6*0.5 = %s", Text(n))
	}
	if n := Int(6).Div(Int(3)); !n.IsFloat() || Text(n) != "2.0" {
		t.Errorf("6/3 = %s", Text(n))
	}
	if n := Int(5).Neg(); Text(n) != "-5" {
		t.Errorf("-5 = %s", Text(n))
	}
	if n := Float(0).Neg(); Text(n) != "-0.0" {
		t.Errorf("-0.0 = %s", Text(n))
	}
	if Int(5).Box() != any(int64(5)) || Float(5).Box() != any(5.0) {
		t.Error("Box")
	}
	if !Int(5).Equal(Float(5)) || Int(5).Equal(Float(5.5)) || Float(math.NaN()).Equal(Float(math.NaN())) {
		t.Error("Equal")
	}
	if Float(2.5).Int64() != 2 || Int(3).Float64() != 3 {
		t.Error("conversions")
	}
	var zero Number
	if zero.IsFloat() || Text(zero) != "0" {
		t.Error("zero Number must be Integer 0")
	}
}

func TestNumberCmpExact(t *testing.T) {
	big := int64(1) << 53
	tests := []struct {
		a, b Number
		want int
	}{
		{Int(1), Int(2), -1},
		{Int(2), Float(1.5), 1},
		{Float(1.5), Int(2), -1},
		{Int(2), Float(2), 0},
		{Int(big + 1), Float(float64(big)), 1}, // float64(big+1) would round
		{Float(float64(big)), Int(big + 1), -1},
		{Int(math.MaxInt64), Float(0x1p63), -1},
		{Int(math.MinInt64), Float(-0x1p63), 0},
		{Int(math.MinInt64), Float(math.Inf(-1)), 1},
		{Int(-3), Float(-2.5), -1},
		{Int(-2), Float(-2.5), 1},
	}
	for _, tt := range tests {
		if got := tt.a.Cmp(tt.b); got != tt.want {
			t.Errorf("Cmp(%s, %s) = %d; want %d", Text(tt.a), Text(tt.b), got, tt.want)
		}
	}
	nan := Float(math.NaN())
	if nan.Less(Int(1)) || Int(1).Less(nan) || nan.LessEq(nan) || !Int(1).Less(Int(2)) || !Int(2).LessEq(Float(2)) {
		t.Error("Less/LessEq")
	}
}

func TestNumberDoesNotAllocate(t *testing.T) {
	a, b := Int(7), Float(2.5)
	var sink Number
	var flag bool
	allocs := testing.AllocsPerRun(100, func() {
		sink = a.Add(b).Sub(a).Mul(b).Div(b).Mod(b).Neg()
		sink = sink.Add(Int(3)).Mul(Int(5))
		flag = a.Less(b) || a.Equal(b) || a.Cmp(b) == 0 || sink.IsFloat()
		_ = sink.Int64() + int64(sink.Float64())
	})
	if allocs != 0 {
		t.Errorf("Number operations allocate %v times per run; want 0", allocs)
	}
	_ = flag
}

func BenchmarkNumberAdd(b *testing.B) {
	n := Int(0)
	one := Int(1)
	for b.Loop() {
		n = n.Add(one)
	}
	_ = n
}
