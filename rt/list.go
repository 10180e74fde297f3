package rt

import (
	"slices"
	"strconv"
)

// List is a Runa List[T]: a growable sequence with reference semantics
// (generated code passes *List[T]). Positions are 0-based Integers; an
// out-of-range position faults (kind "index") at the caller's line.
//
// A List[Any] that has been converted to a typed list (As, see
// typedview.go) forwards every operation to it (fw): both names then see
// the same items. Its own items are nil, so the typed fast paths (At, Set)
// reach the forwarding only on their out-of-range branch.
//
// For generated code only.
type List[T any] struct {
	items []T
	fw    *listFwd
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
func (l *List[T]) Len() int64 {
	if l.fw != nil {
		return l.fwLen()
	}
	return int64(len(l.items))
}

// At returns the item at position i (`l[i]`). Out of range faults (kind
// "index", "list index 5 out of range for length 2") at the caller.
func (l *List[T]) At(i int64) T {
	if uint64(i) >= uint64(len(l.items)) {
		return l.fwAt(i) // a forwarder, or out of range
	}
	return l.items[i]
}

// Set stores v at position i (`Set l[i] to v`); out of range faults like
// At.
func (l *List[T]) Set(i int64, v T) {
	if uint64(i) >= uint64(len(l.items)) {
		l.fwSet(i, v) // a forwarder, or out of range
		return
	}
	l.items[i] = v
}

// Add appends v (`Add v to l`).
func (l *List[T]) Add(v T) {
	if l.fw != nil {
		l.fwAdd(v)
		return
	}
	l.items = append(l.items, v)
}

// Remove removes the first item deep-equal to v (`Remove v from l`);
// when there is none it faults (kind "key", "value not in list") at the
// caller.
func (l *List[T]) Remove(v T) {
	if l.fw != nil {
		if !l.fw.to.removeAny(any(v)) {
			Faultf(KindKey, "value not in list")
		}
		return
	}
	i := l.index(v)
	if i < 0 {
		Faultf(KindKey, "value not in list")
	}
	l.items = slices.Delete(l.items, i, i+1) // zeroes the vacated slot
}

// Contains reports whether some item is deep-equal to v (`l contains v`).
func (l *List[T]) Contains(v T) bool {
	if l.fw != nil {
		return l.fw.to.containsAny(any(v))
	}
	return l.index(v) >= 0
}

// IndexOf returns the position of the first item deep-equal to v, or -1.
func (l *List[T]) IndexOf(v T) int64 {
	if l.fw != nil {
		for i, x := range l.fw.to.elemsAny() {
			if Equal(x, any(v)) {
				return int64(i)
			}
		}
		return -1
	}
	return int64(l.index(v))
}

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
func (l *List[T]) Items() []T {
	if l.fw != nil {
		return l.fwItems()
	}
	return l.items
}

// RunaType returns "List[T]" with T's Runa name; nil-receiver safe.
//
// For generated code only.
func (l *List[T]) RunaType() string {
	if l != nil && l.fw != nil {
		return l.fw.to.RunaType()
	}
	return "List[" + typeNameOf[T]() + "]"
}

// AppendRepr appends `[1, 2, "a"]` (spec §6.4); a nil list (an Optional
// list that is None) appends None.
//
// For generated code only.
func (l *List[T]) AppendRepr(b []byte) []byte {
	if l == nil {
		return append(b, "None"...)
	}
	if l.fw != nil {
		return l.fw.to.AppendRepr(b)
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
//
// For generated code only.
func (l *List[T]) EqualValue(other any) bool {
	if l == nil {
		return isNone(other)
	}
	if l.fw != nil {
		return l.fw.to.EqualValue(other)
	}
	switch o := resolveFwd(other).(type) {
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
//
// For generated code only.
func (l *List[T]) IndexAny(k any) any {
	v, f := l.indexAny(k)
	if f.kind != "" {
		FaultAt(0, f.kind, f.msg)
	}
	return v
}

// SetIndexAny implements Indexer: k must be an Integer position and v
// must fit the element type.
//
// For generated code only.
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

func (l *List[T]) elemAny(i int) any {
	if l.fw != nil {
		return l.fw.to.elemAny(i)
	}
	return any(l.items[i])
}

func (l *List[T]) elemsAny() []any {
	if l.fw != nil {
		return l.fw.to.elemsAny()
	}
	out := make([]any, len(l.items))
	for i, x := range l.items {
		out[i] = any(x)
	}
	return out
}

func (l *List[T]) containsAny(v any) bool {
	if l.fw != nil {
		return l.fw.to.containsAny(v)
	}
	for _, x := range l.items {
		if Equal(any(x), v) {
			return true
		}
	}
	return false
}

func (l *List[T]) addAny(v any) bool {
	if l.fw != nil {
		return l.fw.to.addAny(v)
	}
	x, ok := TryAs[T](v)
	if ok {
		l.items = append(l.items, x)
	}
	return ok
}

func (l *List[T]) removeAny(v any) bool {
	if l.fw != nil {
		return l.fw.to.removeAny(v)
	}
	for i, x := range l.items {
		if Equal(any(x), v) {
			l.items = slices.Delete(l.items, i, i+1)
			return true
		}
	}
	return false
}

func (l *List[T]) indexAny(k any) (any, opFailure) {
	if l.fw != nil {
		return l.fw.to.indexAny(k)
	}
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
	if l.fw != nil {
		return l.fw.to.setIndexAny(k, v)
	}
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

// fwAt is At off its fast path: on a forwarding List[Any] (see
// typedview.go), or out of range.
//
//go:noinline
func (l *List[T]) fwAt(i int64) T {
	if l.fw == nil {
		FaultAt(0, KindIndex, "list index "+itoa(i)+" out of range for length "+itoa(int64(len(l.items))))
	}
	v, f := l.fw.to.indexAny(i)
	if f.kind != "" {
		FaultAt(0, f.kind, f.msg)
	}
	return v.(T) // T is any: only List[Any] forwards
}

// fwSet is Set off its fast path: on a forwarding List[Any], or out of
// range.
//
//go:noinline
func (l *List[T]) fwSet(i int64, v T) {
	if l.fw == nil {
		FaultAt(0, KindIndex, "list index "+itoa(i)+" out of range for length "+itoa(int64(len(l.items))))
	}
	if f := l.fw.to.setIndexAny(i, any(v)); f.kind != "" {
		FaultAt(0, f.kind, f.msg)
	}
}

// fwAdd is Add on a forwarding List[Any]: the value must fit the typed
// list.
//
//go:noinline
func (l *List[T]) fwAdd(v T) {
	if !l.fw.to.addAny(any(v)) {
		FaultAt(0, KindType, "cannot add "+TypeName(any(v))+" to "+l.fw.to.RunaType())
	}
}

// fwLen is Len on a forwarding List[Any].
//
//go:noinline
func (l *List[T]) fwLen() int64 { return l.fw.to.Len() }

// fwItems is Items on a forwarding List[Any]: a snapshot of the typed
// list's items.
//
//go:noinline
func (l *List[T]) fwItems() []T {
	return any(l.fw.to.elemsAny()).([]T) // T is any: only List[Any] forwards
}
