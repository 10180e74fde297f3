package rt

import (
	"slices"
	"strconv"
)

// List is a Runa List[T]: a growable sequence with reference semantics
// (generated code passes *List[T]). Positions are 0-based Integers; an
// out-of-range position faults (kind "index") at the caller's line.
type List[T any] struct {
	items []T
}

// NewList returns a list of the given items (copied).
func NewList[T any](items ...T) *List[T] {
	l := &List[T]{items: make([]T, len(items))}
	copy(l.items, items)
	return l
}

// ListOf returns a list that takes ownership of items (no copy): the
// caller must not use the slice afterwards.
func ListOf[T any](items []T) *List[T] { return &List[T]{items: items} }

// NewListCap returns an empty list with room for n items.
func NewListCap[T any](n int) *List[T] { return &List[T]{items: make([]T, 0, n)} }

// Len returns the number of items (`length of l`).
func (l *List[T]) Len() int64 { return int64(len(l.items)) }

// At returns the item at position i (`l[i]`). Out of range faults (kind
// "index", "list index 5 out of range for length 2") at the caller.
func (l *List[T]) At(i int64) T {
	if uint64(i) >= uint64(len(l.items)) {
		faultListIndex(i, len(l.items))
	}
	return l.items[i]
}

// Set stores v at position i (`Set l[i] to v`); out of range faults like
// At.
func (l *List[T]) Set(i int64, v T) {
	if uint64(i) >= uint64(len(l.items)) {
		faultListIndex(i, len(l.items))
	}
	l.items[i] = v
}

// faultListIndex faults for At/Set, positioned at their caller.
//
//go:noinline
func faultListIndex(i int64, n int) {
	FaultAt(0, KindIndex, "list index "+itoa(i)+" out of range for length "+itoa(int64(n)))
}

// Add appends v (`Add v to l`).
func (l *List[T]) Add(v T) { l.items = append(l.items, v) }

// Remove removes the first item deep-equal to v (`Remove v from l`);
// when there is none it faults (kind "key", "value not in list") at the
// caller.
func (l *List[T]) Remove(v T) {
	i := l.index(v)
	if i < 0 {
		Faultf(KindKey, "value not in list")
	}
	l.items = slices.Delete(l.items, i, i+1) // zeroes the vacated slot
}

// Contains reports whether some item is deep-equal to v (`l contains v`).
func (l *List[T]) Contains(v T) bool { return l.index(v) >= 0 }

// IndexOf returns the position of the first item deep-equal to v, or -1.
func (l *List[T]) IndexOf(v T) int64 { return int64(l.index(v)) }

func (l *List[T]) index(v T) int {
	for i, x := range l.items {
		if equalT(x, v) {
			return i
		}
	}
	return -1
}

// Items returns the backing slice, for `For each` loops: ranging over it
// sees the items present when the loop started, whatever the body adds.
// Callers must not append to it.
func (l *List[T]) Items() []T { return l.items }

// RunaType returns "List[T]" with T's Runa name; nil-receiver safe.
func (l *List[T]) RunaType() string { return "List[" + typeNameOf[T]() + "]" }

// AppendRepr appends `[1, 2, "a"]` (spec §6.4); a nil list (an Optional
// list that is None) appends None.
func (l *List[T]) AppendRepr(b []byte) []byte {
	if l == nil {
		return append(b, "None"...)
	}
	b = append(b, '[')
	switch items := any(l.items).(type) {
	case []int64:
		for i, x := range items {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = strconv.AppendInt(b, x, 10)
		}
	case []string:
		for i, x := range items {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = AppendQuoted(b, x)
		}
	default:
		for i, x := range l.items {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = AppendRepr(b, any(x))
		}
	}
	return append(b, ']')
}

// EqualValue reports element-wise deep equality with any list, whatever
// its element type ([1, 2] equals [1.0, 2.0]). A nil list equals only
// None.
func (l *List[T]) EqualValue(other any) bool {
	if l == nil {
		return isNone(other)
	}
	switch o := other.(type) {
	case *List[T]:
		if o == l {
			return true
		}
		if o == nil || len(o.items) != len(l.items) {
			return false
		}
		for i, x := range l.items {
			if !equalT(x, o.items[i]) {
				return false
			}
		}
		return true
	case anyList:
		if isNone(o) || int64(len(l.items)) != o.Len() {
			return false
		}
		for i, x := range l.items {
			if !Equal(any(x), o.elemAny(i)) {
				return false
			}
		}
		return true
	}
	return false
}

// IndexAny implements Indexer: k must be an Integer position.
func (l *List[T]) IndexAny(k any) any {
	v, f := l.indexAny(k)
	if f.kind != "" {
		FaultAt(0, f.kind, f.msg)
	}
	return v
}

// SetIndexAny implements Indexer: k must be an Integer position and v
// must fit the element type.
func (l *List[T]) SetIndexAny(k, v any) {
	if f := l.setIndexAny(k, v); f.kind != "" {
		FaultAt(0, f.kind, f.msg)
	}
}

// anyList is the Any-level view of every *List[T], used by the Any
// operators and by equality across element types.
type anyList interface {
	Len() int64
	elemAny(i int) any
	elemsAny() []any
	containsAny(v any) bool
	addAny(v any) bool
	removeAny(v any) bool
	indexAny(k any) (any, opFailure)
	setIndexAny(k, v any) opFailure
}

func (l *List[T]) elemAny(i int) any { return any(l.items[i]) }

func (l *List[T]) elemsAny() []any {
	out := make([]any, len(l.items))
	for i, x := range l.items {
		out[i] = any(x)
	}
	return out
}

func (l *List[T]) containsAny(v any) bool {
	for _, x := range l.items {
		if Equal(any(x), v) {
			return true
		}
	}
	return false
}

func (l *List[T]) addAny(v any) bool {
	x, ok := TryAs[T](v)
	if ok {
		l.items = append(l.items, x)
	}
	return ok
}

func (l *List[T]) removeAny(v any) bool {
	for i, x := range l.items {
		if Equal(any(x), v) {
			l.items = slices.Delete(l.items, i, i+1)
			return true
		}
	}
	return false
}

func (l *List[T]) indexAny(k any) (any, opFailure) {
	i, ok := indexKey(k)
	if !ok {
		return nil, opFailure{KindType, "list index must be Integer, got " + TypeName(k)}
	}
	if uint64(i) >= uint64(len(l.items)) {
		return nil, opFailure{KindIndex, "list index " + itoa(i) + " out of range for length " + itoa(int64(len(l.items)))}
	}
	return any(l.items[i]), opFailure{}
}

func (l *List[T]) setIndexAny(k, v any) opFailure {
	i, ok := indexKey(k)
	if !ok {
		return opFailure{KindType, "list index must be Integer, got " + TypeName(k)}
	}
	if uint64(i) >= uint64(len(l.items)) {
		return opFailure{KindIndex, "list index " + itoa(i) + " out of range for length " + itoa(int64(len(l.items)))}
	}
	x, ok := TryAs[T](v)
	if !ok {
		return opFailure{KindType, "cannot store " + TypeName(v) + " in " + l.RunaType()}
	}
	l.items[i] = x
	return opFailure{}
}

// indexKey accepts an Integer (or a Number holding one) as a position.
func indexKey(k any) (int64, bool) {
	switch x := k.(type) {
	case int64:
		return x, true
	case Number:
		if !x.IsFloat() {
			return x.Int64(), true
		}
	case int:
		return int64(x), true
	}
	return 0, false
}

// opFailure describes a fault that an internal helper detected; the exported
// function the generated code called raises it, so the fault's position is
// that caller's line. The zero opFailure means success.
type opFailure struct {
	kind, msg string
}

// isNil reports whether l is a nil list (for isNone).
func (l *List[T]) isNil() bool { return l == nil }
