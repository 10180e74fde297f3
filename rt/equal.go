package rt

// Equal reports deep equality of two dynamic values (`is equal to`, spec
// §6.3): numbers by value whatever their type (5 equals 5.0; NaN equals
// nothing), strings and booleans by value, None only to None, lists
// element-wise, dictionaries by key set and values, records field-wise
// (each through its Value.EqualValue), errors by identity. Values of
// unrelated types are unequal. Equal faults only when a list, dictionary or
// record it compares contains itself (kind "recursion", spec §6.3).
//
// For generated code only.
func Equal(a, b any) bool {
	switch x := a.(type) {
	case int64:
		switch y := b.(type) {
		case int64:
			return x == y
		case float64:
			return numEqualIntFloat(x, y)
		}
	case float64:
		switch y := b.(type) {
		case float64:
			return x == y
		case int64:
			return numEqualIntFloat(y, x)
		}
	case string:
		if y, ok := b.(string); ok {
			return x == y
		}
	case bool:
		if y, ok := b.(bool); ok {
			return x == y
		}
	case nil:
		return isNone(b)
	case equaler:
		if container(x) {
			return equalGuarded(x, unbox(b))
		}
		return x.EqualValue(unbox(b))
	}
	if d := recordOf(a); d != nil {
		if d.isNil(a) {
			return isNone(b)
		}
		if !equalCycles.enter(a) {
			FaultAt(0, KindRecursion, "cannot compare values that contain themselves")
		}
		defer equalCycles.leave(a)
		return d.equalValue(a, unbox(b))
	}
	// Slow path: unwrap Number, Opt and Go ints once, then compare again.
	na, ca := normalise(a)
	nb, cb := normalise(b)
	if ca || cb {
		return Equal(na, nb)
	}
	switch a.(type) {
	case int64, float64, string, bool:
		return false
	}
	switch b.(type) {
	case int64, float64, string, bool, nil:
		return false
	}
	return identical(a, b)
}

// normalise unwraps a Number or Opt to its plain value and widens a Go int
// to int64; changed reports whether it did anything.
func normalise(x any) (v any, changed bool) {
	switch y := x.(type) {
	case boxer:
		return y.Box(), true
	case int:
		return int64(y), true
	}
	return x, false
}

// identical compares two values of other types with Go's ==, treating
// incomparable dynamic types (func values, …) as unequal instead of
// panicking.
func identical(a, b any) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return a == b
}

// NotEqual is !Equal(a, b).
//
// For generated code only.
func NotEqual(a, b any) bool { return !Equal(a, b) }

// equalT is Equal specialised to a static element type: scalar element
// types compare directly without boxing.
func equalT[T any](a, b T) bool {
	switch pa := any(&a).(type) {
	case *int64:
		return *pa == *any(&b).(*int64)
	case *string:
		return *pa == *any(&b).(*string)
	case *float64:
		return *pa == *any(&b).(*float64)
	case *bool:
		return *pa == *any(&b).(*bool)
	case *Number:
		return pa.Equal(*any(&b).(*Number))
	}
	return Equal(any(a), any(b))
}
