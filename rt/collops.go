package rt

import (
	"cmp"
	"slices"
)

// The Level 2 operations on lists, dictionaries and records (level2.md
// §5.2): `copy of`, `without`, `contains key`, `index of`, `is empty`.

// Copy returns a shallow copy of l (`copy of l`).
func (l *List[T]) Copy() *List[T] { return NewList(l.Items()...) }

// Without returns a new list of l's items that are not deep-equal to v
// (`l without v`).
func (l *List[T]) Without(v T) *List[T] {
	items := l.Items()
	out := make([]T, 0, len(items))
	for _, x := range items {
		if !Equal(any(x), any(v)) {
			out = append(out, x)
		}
	}
	return ListOf(out)
}

// Added returns a new list of l's items followed by v (`l with v added`).
func (l *List[T]) Added(v T) *List[T] {
	items := l.Items()
	out := make([]T, len(items), len(items)+1)
	copy(out, items)
	return ListOf(append(out, v))
}

// AnyAdded implements `l with v added` on an Any l, which must be a List.
//
// For generated code only.
func AnyAdded(l, v any) any {
	c, ok := l.(anyList)
	if !ok {
		FaultAt(0, KindType, "with … added needs a List, not "+TypeName(l))
	}
	return ListOf(append(append([]any(nil), c.elemsAny()...), unbox(v)))
}

// Copy returns a shallow copy of d with the same order (`copy of d`).
func (d *Dict[K, V]) Copy() *Dict[K, V] {
	out := NewDictCap[K, V](int(d.Len()))
	for k, v := range d.All {
		out.Set(k, v)
	}
	return out
}

// Without returns a new dictionary of d's entries but the one with key k
// (`d without k`).
func (d *Dict[K, V]) Without(k K) *Dict[K, V] {
	out := NewDictCap[K, V](int(d.Len()))
	for key, v := range d.All {
		if key != k {
			out.Set(key, v)
		}
	}
	return out
}

// CopyRecord returns a shallow copy of the record r (`copy of r`); a None
// record faults (kind "type").
//
// For generated code only.
func CopyRecord[T any](r *T) *T {
	if r == nil {
		FaultAt(0, KindType, "cannot copy None")
	}
	c := *r
	return &c
}

// AnyCopy implements `copy of x` on an Any x.
//
// For generated code only.
func AnyCopy(x any) any {
	switch c := x.(type) {
	case anyList:
		return ListOf(append([]any(nil), c.elemsAny()...))
	case anyDict:
		out := NewDict[any, any]()
		c.eachAny(func(k, v any) bool {
			out.Set(k, v)
			return true
		})
		return out
	}
	if d := recordOf(x); d != nil {
		if d.isNil(x) {
			FaultAt(0, KindType, "cannot copy None")
		}
		return d.copyValue(x)
	}
	FaultAt(0, KindType, "copy of needs a List, a Dictionary or a record, not "+TypeName(x))
	return nil
}

// AnyWithout implements `x without v` on an Any x.
//
// For generated code only.
func AnyWithout(x, v any) any {
	v = unbox(v)
	switch c := x.(type) {
	case anyList:
		var out []any
		for _, e := range c.elemsAny() {
			if !Equal(e, v) {
				out = append(out, e)
			}
		}
		return ListOf(out)
	case anyDict:
		out := NewDict[any, any]()
		c.eachAny(func(k, val any) bool {
			if !Equal(k, v) {
				out.Set(k, val)
			}
			return true
		})
		return out
	}
	FaultAt(0, KindType, "without needs a List or a Dictionary, not "+TypeName(x))
	return nil
}

// AnyContainsKey implements `d contains key k` on an Any d.
//
// For generated code only.
func AnyContainsKey(d, k any) bool {
	if c, ok := d.(anyDict); ok {
		_, found := c.lookupAny(unbox(k))
		return found
	}
	FaultAt(0, KindType, "contains key needs a Dictionary, not "+TypeName(d))
	return false
}

// AnyIndexOf implements `index of v in l` on an Any l (a List or a
// String).
//
// For generated code only.
func AnyIndexOf(v, l any) int64 {
	v = unbox(v)
	switch c := l.(type) {
	case anyList:
		for i, e := range c.elemsAny() {
			if Equal(e, v) {
				return int64(i)
			}
		}
		return -1
	case string:
		sub, ok := v.(string)
		if !ok {
			FaultAt(0, KindType, "index of in a String needs a String, not "+TypeName(v))
		}
		return StrIndexOf(sub, c)
	}
	FaultAt(0, KindType, "index of needs a List or a String, not "+TypeName(l))
	return 0
}

// ListItems returns the elements of x, an Any that must be a List, for
// Map, Filter, Reduce or Sort (op names it in the fault).
//
// For generated code only.
func ListItems(op string, x any) []any {
	c, ok := x.(anyList)
	if !ok {
		FaultAt(0, KindType, op+" over needs a List, not "+TypeName(x))
	}
	return c.elemsAny()
}

// EmptyReduce faults for a Reduce without an initial value over an empty
// list (kind "index").
//
// For generated code only.
func EmptyReduce() {
	FaultAt(0, KindIndex, "Reduce over an empty list needs an initial value")
}

// Sorted returns a new list of items in ascending order (Sort over L):
// numbers numerically, Strings by code point; stable.
//
// For generated code only.
func Sorted[T cmp.Ordered](items []T) *List[T] {
	out := slices.Clone(items)
	slices.SortStableFunc(out, cmp.Compare[T])
	return ListOf(out)
}

// SortedAny is Sorted for elements held as Any values (Numbers, mixed
// Integers and Floats, Any): a pair that cannot be ordered faults (kind
// "type").
//
// For generated code only.
func SortedAny[T any](items []T) *List[T] {
	for i := 1; i < len(items); i++ {
		// The first pair that cannot be ordered, the earlier value first
		// (level2.md §14): `cannot compare Integer with String`.
		if _, _, f := anyCmp(any(items[i-1]), any(items[i])); f.kind != "" {
			FaultAt(0, KindType, "cannot compare "+TypeName(items[i-1])+" with "+TypeName(items[i]))
		}
	}
	out := slices.Clone(items)
	slices.SortStableFunc(out, func(a, b T) int { return AnyCompare(any(a), any(b)) })
	return ListOf(out)
}

// SortedBy returns a new list of items ordered by keys (keys[i] is the key
// of items[i]), stable (Sort over L using K).
//
// For generated code only.
func SortedBy[T any, K cmp.Ordered](items []T, keys []K) *List[T] {
	return sortedBy(items, func(i, j int) int { return cmp.Compare(keys[i], keys[j]) })
}

// SortedByAny is SortedBy for keys held as Any values.
//
// For generated code only.
func SortedByAny[T, K any](items []T, keys []K) *List[T] {
	return sortedBy(items, func(i, j int) int { return AnyCompare(any(keys[i]), any(keys[j])) })
}

func sortedBy[T any](items []T, compare func(i, j int) int) *List[T] {
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, compare)
	out := make([]T, len(items))
	for i, j := range idx {
		out[i] = items[j]
	}
	return ListOf(out)
}
