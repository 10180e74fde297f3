package rt

// Helpers for Match patterns (level2.md §9): each is a pure test or read
// that generated code combines into the condition of a When arm.

// Rest returns a new list of the elements of l from position k on (the
// REST of a list pattern, possibly empty).
//
// For generated code only.
func (l *List[T]) Rest(k int64) *List[T] {
	items := l.Items()
	if k > int64(len(items)) {
		k = int64(len(items))
	}
	return ListOf(append([]T(nil), items[k:]...))
}

// ListLen returns the length of x when x is a list, else -1 (a list
// pattern on an Any).
//
// For generated code only.
func ListLen(x any) int64 {
	if l, ok := x.(anyList); ok && !isNone(x) {
		return l.Len()
	}
	return -1
}

// ListItem returns element i of the list x (a list pattern on an Any,
// after ListLen).
//
// For generated code only.
func ListItem(x any, i int64) any {
	return x.(anyList).elemAny(int(i))
}

// ListRest returns a new list of the elements of the list x from position
// k on (the REST of a list pattern on an Any, after ListLen).
//
// For generated code only.
func ListRest(x any, k int64) *List[any] {
	items := x.(anyList).elemsAny()
	if k > int64(len(items)) {
		k = int64(len(items))
	}
	return ListOf(append([]any(nil), items[k:]...))
}

// HasKey reports whether x is a dictionary with the key k or a record with
// the field k (a dictionary pattern on an Any).
//
// For generated code only.
func HasKey(x, k any) bool {
	if isNone(x) {
		return false
	}
	switch c := x.(type) {
	case anyDict:
		_, ok := c.lookupAny(k)
		return ok
	case Fielder:
		name, ok := k.(string)
		if !ok {
			return false
		}
		_, ok = c.FieldAny(name)
		return ok
	}
	if d := recordOf(x); d != nil {
		name, ok := k.(string)
		if !ok {
			return false
		}
		_, ok = d.fieldAny(x, name)
		return ok
	}
	return false
}

// KeyValue returns the value of key (or field) k of x, after HasKey.
//
// For generated code only.
func KeyValue(x, k any) any {
	switch c := x.(type) {
	case anyDict:
		v, _ := c.lookupAny(k)
		return v
	case Fielder:
		v, _ := c.FieldAny(k.(string))
		return v
	}
	if d := recordOf(x); d != nil {
		v, _ := d.fieldAny(x, k.(string))
		return v
	}
	return nil
}

// Is reports whether x holds a T: a type pattern or variant pattern on an
// Any or a sum type (for a record or variant T, a non-nil *R).
//
// For generated code only.
func Is[T any](x any) bool {
	v, ok := unbox(x).(T)
	if !ok {
		return false
	}
	return !isNone(any(v))
}

// IsDict reports whether x is a dictionary (a Dictionary type pattern).
//
// For generated code only.
func IsDict(x any) bool {
	_, ok := x.(anyDict)
	return ok && !isNone(x)
}
