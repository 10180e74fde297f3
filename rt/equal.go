package rt

// Equal reports deep equality of two dynamic values (`is equal to`, spec
// §6.3): numbers by value whatever their type (5 equals 5.0; NaN equals
// nothing), strings and booleans by value, None only to None, lists
// element-wise, dictionaries by key set and values, records field-wise
// (each through its Value.EqualValue), errors by identity. Values of
// unrelated types are unequal; Equal never faults.
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
		y, ok := b.(string)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case nil:
		return isNone(b)
	case equaler:
		return x.EqualValue(unbox(b))
	}
	a, b = unbox(a), unbox(b)
	switch a.(type) {
	case int64, float64, string, bool, nil:
		return Equal(a, b)
	case int:
		return Equal(int64(a.(int)), b)
	}
	switch b.(type) {
	case int64, float64, string, bool, nil:
		return false
	case int:
		return Equal(a, int64(b.(int)))
	}
	return identical(a, b)
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
