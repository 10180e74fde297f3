package rt

import "math"

// ModInt returns a modulo b with the sign of the divisor (Python's %):
// -7 mod 3 is 2, 7 mod -3 is -2. b == 0 faults (kind "arithmetic",
// "modulo by zero") at the caller.
//
// For generated code only.
func ModInt(a, b int64) int64 {
	if b == 0 {
		panic(faultModByZero) // positioned by PanicError (see lateFault)
	}
	r := a % b // Go: MinInt64 % -1 == 0, no panic
	if r != 0 && (r^b) < 0 {
		r += b
	}
	return r
}

// ModFloat returns a modulo b with the sign of the divisor (Python's %
// on floats: -7.5 mod 2 is 0.5; a zero result takes the divisor's sign).
// b == 0 faults (kind "arithmetic", "modulo by zero") at the caller.
//
// For generated code only.
func ModFloat(a, b float64) float64 {
	if b == 0 {
		Faultf(KindArithmetic, "modulo by zero")
	}
	return modFloat(a, b)
}

// Div returns a divided by b (true division; Integer operands are
// converted by the caller). b == 0 faults (kind "arithmetic", "division by
// zero") at the caller.
//
// For generated code only.
func Div(a, b float64) float64 {
	if b == 0 {
		Faultf(KindArithmetic, "division by zero")
	}
	return a / b
}

// DivInt returns a divided by b as a Float (`divided by` on two Integers).
// b == 0 faults (kind "arithmetic", "division by zero") at the caller.
//
// For generated code only.
func DivInt(a, b int64) float64 {
	if b == 0 {
		Faultf(KindArithmetic, "division by zero")
	}
	return float64(a) / float64(b)
}

func modInt(a, b int64) int64 {
	r := a % b // Go: MinInt64 % -1 == 0, no panic
	if r != 0 && (r^b) < 0 {
		r += b
	}
	return r
}

func modFloat(a, b float64) float64 {
	r := math.Mod(a, b)
	if r != 0 {
		if (r < 0) != (b < 0) {
			r += b
		}
		return r
	}
	return math.Copysign(0, b)
}

// SubFloat is a - b, for generated code that subtracts a value from itself
// (`x minus x`), which Go linters reject when written as `x - x`.
//
// For generated code only.
func SubFloat(a, b float64) float64 { return a - b }
