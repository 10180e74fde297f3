package rt

import "math"

// Number is a Runa Number: a slot that holds an Integer or a Float (the join
// Integer ⊔ Float of spec §5) and remembers which one, so that Display
// prints `3` for an Integer and `3.0` for a Float. It is a small value type
// (16 bytes); no operation on it allocates.
//
// Arithmetic follows spec §6.1: Integer op Integer is an Integer (wrapping
// on overflow); with a Float operand the result is a Float; Div is always a
// Float. The zero Number is the Integer 0.
//
// For generated code only.
type Number struct {
	bits  uint64 // int64 or float64 bits
	float bool
}

// Int returns the Integer i as a Number.
func Int(i int64) Number { return Number{bits: uint64(i)} }

// Float returns the Float f as a Number.
func Float(f float64) Number { return Number{bits: math.Float64bits(f), float: true} }

// IsFloat reports whether n currently holds a Float.
func (n Number) IsFloat() bool { return n.float }

// Int64 returns n as an Integer; a Float is truncated toward zero (NaN and
// out-of-range values give Go's conversion result).
func (n Number) Int64() int64 {
	if n.float {
		return int64(math.Float64frombits(n.bits))
	}
	return int64(n.bits)
}

// Float64 returns n as a Float.
func (n Number) Float64() float64 {
	if n.float {
		return math.Float64frombits(n.bits)
	}
	return float64(int64(n.bits))
}

// Add returns n plus m.
//
// For generated code only.
func (n Number) Add(m Number) Number {
	if !n.float && !m.float {
		return Number{bits: uint64(int64(n.bits) + int64(m.bits))}
	}
	return Float(n.Float64() + m.Float64())
}

// Sub returns n minus m.
//
// For generated code only.
func (n Number) Sub(m Number) Number {
	if !n.float && !m.float {
		return Number{bits: uint64(int64(n.bits) - int64(m.bits))}
	}
	return Float(n.Float64() - m.Float64())
}

// Mul returns n multiplied by m.
//
// For generated code only.
func (n Number) Mul(m Number) Number {
	if !n.float && !m.float {
		return Number{bits: uint64(int64(n.bits) * int64(m.bits))}
	}
	return Float(n.Float64() * m.Float64())
}

// Div returns n divided by m, always a Float. Division by zero faults
// (kind "arithmetic", "division by zero") at the caller.
//
// For generated code only.
func (n Number) Div(m Number) Number {
	d := m.Float64()
	if d == 0 {
		Faultf(KindArithmetic, "division by zero")
	}
	return Float(n.Float64() / d)
}

// Mod returns n modulo m with the sign of the divisor (Python's %): an
// Integer for two Integers, else a Float. A zero divisor faults (kind
// "arithmetic", "modulo by zero") at the caller.
//
// For generated code only.
func (n Number) Mod(m Number) Number {
	if !n.float && !m.float {
		b := int64(m.bits)
		if b == 0 {
			Faultf(KindArithmetic, "modulo by zero")
		}
		return Int(modInt(int64(n.bits), b))
	}
	d := m.Float64()
	if d == 0 {
		Faultf(KindArithmetic, "modulo by zero")
	}
	return Float(modFloat(n.Float64(), d))
}

// Neg returns minus n (an Integer wraps: -MinInt64 is MinInt64).
//
// For generated code only.
func (n Number) Neg() Number {
	if n.float {
		return Float(-math.Float64frombits(n.bits))
	}
	return Number{bits: uint64(-int64(n.bits))}
}

// Cmp compares n and m exactly (an Integer and a Float compare by their
// mathematical values, as in Python, without rounding the Integer): -1 if
// n < m, 0 if equal, +1 if n > m. NaN compares equal to nothing; Cmp
// returns 0 for an unordered pair, so comparisons that must be false for
// NaN use Less and LessEq.
//
// For generated code only.
func (n Number) Cmp(m Number) int {
	c, _ := n.cmp(m)
	return c
}

// Less reports n < m (false when either is NaN).
//
// For generated code only.
func (n Number) Less(m Number) bool {
	c, ok := n.cmp(m)
	return ok && c < 0
}

// LessEq reports n <= m (false when either is NaN).
//
// For generated code only.
func (n Number) LessEq(m Number) bool {
	c, ok := n.cmp(m)
	return ok && c <= 0
}

// Equal reports n == m by value: Int(5) equals Float(5.0); NaN equals
// nothing.
//
// For generated code only.
func (n Number) Equal(m Number) bool {
	if !n.float && !m.float {
		return n.bits == m.bits
	}
	c, ok := n.cmp(m)
	return ok && c == 0
}

// Box returns n as an Any: an int64 for an Integer, a float64 for a Float.
//
// For generated code only.
func (n Number) Box() any {
	if n.float {
		return math.Float64frombits(n.bits)
	}
	return int64(n.bits)
}

// cmp compares exactly; ok is false when the pair is unordered (NaN).
func (n Number) cmp(m Number) (c int, ok bool) {
	switch {
	case !n.float && !m.float:
		return cmpInt(int64(n.bits), int64(m.bits)), true
	case n.float && m.float:
		return cmpFloat(math.Float64frombits(n.bits), math.Float64frombits(m.bits))
	case n.float:
		c, ok := cmpIntFloat(int64(m.bits), math.Float64frombits(n.bits))
		return -c, ok
	default:
		return cmpIntFloat(int64(n.bits), math.Float64frombits(m.bits))
	}
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpFloat(a, b float64) (int, bool) {
	switch {
	case a < b:
		return -1, true
	case a > b:
		return 1, true
	case a == b:
		return 0, true
	}
	return 0, false
}

// cmpIntFloat compares the Integer i with the Float f exactly.
func cmpIntFloat(i int64, f float64) (int, bool) {
	if f != f {
		return 0, false
	}
	// Every float64 at or beyond ±2^63 lies outside the int64 range.
	if f >= 0x1p63 {
		return -1, true
	}
	if f < -0x1p63 {
		return 1, true
	}
	t := math.Trunc(f)
	ti := int64(t) // exact: |t| < 2^63 (or t == -2^63)
	if i != ti {
		return cmpInt(i, ti), true
	}
	switch frac := f - t; {
	case frac > 0:
		return -1, true
	case frac < 0:
		return 1, true
	}
	return 0, true
}

// numEqualIntFloat reports whether the Integer i equals the Float f.
func numEqualIntFloat(i int64, f float64) bool {
	c, ok := cmpIntFloat(i, f)
	return ok && c == 0
}

// Text returns the display text of n: an Integer's digits or a Float's
// Python repr (spec §6.4).
//
// For generated code only.
func (n Number) Text() string {
	if n.float {
		return FloatText(math.Float64frombits(n.bits))
	}
	return IntText(int64(n.bits))
}
