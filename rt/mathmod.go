package rt

import "math"

// The members of the built-in module math (level2.md §11.4). They follow
// Python's math module: a domain error (sqrt of a negative number, a
// negative base to a fractional power, zero to a negative power) faults
// with kind "arithmetic", "math domain error"; an overflow with
// "math range error".

// MathSqrt returns the square root of x (math.sqrt).
//
// For generated code only.
func MathSqrt(x float64) float64 {
	if x < 0 {
		Faultf(KindArithmetic, "math domain error")
	}
	return math.Sqrt(x)
}

// MathFloor returns the largest Integer not greater than x (math.floor).
//
// For generated code only.
func MathFloor(x float64) int64 { return toInteger(math.Floor(x)) }

// MathCeil returns the smallest Integer not less than x (math.ceil).
//
// For generated code only.
func MathCeil(x float64) int64 { return toInteger(math.Ceil(x)) }

// toInteger converts an integral Float to an Integer; NaN and values out
// of the Integer range fault.
func toInteger(f float64) int64 {
	switch {
	case math.IsNaN(f):
		Faultf(KindArithmetic, "math domain error")
	case f >= 1<<63 || f < -(1<<63):
		Faultf(KindArithmetic, "math range error")
	}
	return int64(f)
}

// MathAbsInt returns the absolute value of the Integer i (math.abs); the
// smallest Integer wraps to itself.
//
// For generated code only.
func MathAbsInt(i int64) int64 {
	if i < 0 {
		return -i
	}
	return i
}

// MathAbs returns the absolute value of n, of n's kind (math.abs).
//
// For generated code only.
func MathAbs(n Number) Number {
	if n.float {
		return Float(math.Abs(n.Float64()))
	}
	return Int(MathAbsInt(n.Int64()))
}

// MathPower returns base raised to exponent as a Float (Python's math.pow).
//
// For generated code only.
func MathPower(base, exponent float64) float64 {
	r := math.Pow(base, exponent)
	finite := !math.IsInf(base, 0) && !math.IsInf(exponent, 0) && !math.IsNaN(base) && !math.IsNaN(exponent)
	switch {
	case finite && math.IsNaN(r), finite && base == 0 && exponent < 0:
		Faultf(KindArithmetic, "math domain error")
	case finite && math.IsInf(r, 0):
		Faultf(KindArithmetic, "math range error")
	}
	return r
}

// MathMin returns the smaller of a and b, a when they are equal, keeping
// its kind (math.min of an Integer and a Float).
//
// For generated code only.
func MathMin(a, b Number) Number {
	if b.Less(a) {
		return b
	}
	return a
}

// MathMax returns the larger of a and b, a when they are equal, keeping
// its kind (math.max of an Integer and a Float).
//
// For generated code only.
func MathMax(a, b Number) Number {
	if a.Less(b) {
		return b
	}
	return a
}
