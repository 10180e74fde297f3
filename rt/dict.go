package rt

// Dict is a Runa Dictionary[K, V]: a map that keeps insertion order, with
// reference semantics (generated code passes *Dict[K, V]). Setting an
// existing key keeps its position; deleting and re-adding a key moves it
// to the end. A missing key faults (kind "key") at the caller's line.
//
// Entries live in a slice in insertion order; a map gives each key's
// position. Deletion leaves a hole that is compacted away once holes
// outnumber live entries, so iteration and Keys stay proportional to the
// live size.
//
// For generated code only.
type Dict[K comparable, V any] struct {
	index   map[K]int
	entries []dictEntry[K, V]
	holes   int
	keys    []K // cached live keys in order; nil when it must be rebuilt
	// fw: a dictionary with Any values converted to a typed one (As, see
	// typedview.go) forwards every operation to it; its own index is nil,
	// so lookups reach the forwarding only on their not-found branch.
	fw *dictFwd
}

type dictEntry[K comparable, V any] struct {
	key  K
	val  V
	live bool
}

// NewDict returns an empty dictionary.
func NewDict[K comparable, V any]() *Dict[K, V] {
	return &Dict[K, V]{index: make(map[K]int)}
}

// NewDictCap returns an empty dictionary with room for n entries.
func NewDictCap[K comparable, V any](n int) *Dict[K, V] {
	return &Dict[K, V]{index: make(map[K]int, n), entries: make([]dictEntry[K, V], 0, n)}
}

// Len returns the number of entries (`length of d`).
func (d *Dict[K, V]) Len() int64 {
	if d.fw != nil {
		return d.fw.to.Len()
	}
	return int64(len(d.index))
}

// Set stores v under k (`Set d[k] to v`); a new key goes last.
func (d *Dict[K, V]) Set(k K, v V) {
	if i, ok := d.index[k]; ok {
		d.entries[i].val = v
		return
	}
	if d.index == nil && d.nilIndex(k, v) {
		return // forwarded
	}
	d.index[k] = len(d.entries)
	d.entries = append(d.entries, dictEntry[K, V]{key: k, val: v, live: true})
	if d.keys != nil {
		// Appending never disturbs a slice handed out earlier: its
		// length is fixed and its elements are not rewritten.
		d.keys = append(d.keys, k)
	}
}

// Get returns the value under k (`d[k]`); a missing key faults (kind
// "key", `key "x" not found`) at the caller.
func (d *Dict[K, V]) Get(k K) V {
	i, ok := d.index[k]
	if !ok {
		return d.getSlow(k) // a forwarder, or a missing key
	}
	return d.entries[i].val
}

// nilIndex is Set of a new key on a dictionary without an index: a zero
// Dict gets one (false: Set goes on); a forwarding dictionary (see
// typedview.go) stores k and v in its typed dictionary (true).
//
//go:noinline
func (d *Dict[K, V]) nilIndex(k K, v V) bool {
	if d.fw == nil {
		d.index = make(map[K]int)
		return false
	}
	if f := d.fw.to.setIndexAny(any(k), any(v)); f.kind != "" {
		FaultAt(0, f.kind, f.msg)
	}
	return true
}

// getSlow is Get off its fast path: on a forwarding dictionary (see
// typedview.go), or for a missing key.
//
//go:noinline
func (d *Dict[K, V]) getSlow(k K) V {
	if d.fw == nil {
		FaultAt(0, KindKey, missingKey(any(k)))
	}
	v, f := d.fw.to.indexAny(any(k))
	if f.kind != "" {
		FaultAt(0, f.kind, f.msg)
	}
	return v.(V)
}

//go:noinline
func faultMissingKey(k any) {
	FaultAt(0, KindKey, missingKey(k))
}

func missingKey(k any) string {
	return "key " + string(AppendRepr(nil, k)) + " not found"
}

// Lookup returns the value under k and whether it was present.
func (d *Dict[K, V]) Lookup(k K) (V, bool) {
	if i, ok := d.index[k]; ok {
		return d.entries[i].val, true
	}
	if d.fw != nil {
		if v, ok := d.fw.to.lookupAny(any(k)); ok {
			return v.(V), true
		}
	}
	var zero V
	return zero, false
}

// GetOr returns the value under k, or def when k is absent.
func (d *Dict[K, V]) GetOr(k K, def V) V {
	if i, ok := d.index[k]; ok {
		return d.entries[i].val
	}
	if d.fw != nil {
		if v, ok := d.fw.to.lookupAny(any(k)); ok {
			return v.(V)
		}
	}
	return def
}

// Has reports whether k is present (`d contains k`).
func (d *Dict[K, V]) Has(k K) bool {
	_, ok := d.index[k]
	return ok || d.fw != nil && d.fwHas(k)
}

// fwHas is Has on a forwarding dictionary.
//
//go:noinline
func (d *Dict[K, V]) fwHas(k K) bool {
	_, ok := d.fw.to.lookupAny(any(k))
	return ok
}

// Delete removes k (`Remove k from d`); a missing key faults (kind "key")
// at the caller.
func (d *Dict[K, V]) Delete(k K) {
	if !d.del(k) {
		faultMissingKey(any(k))
	}
}

func (d *Dict[K, V]) del(k K) bool {
	i, ok := d.index[k]
	if !ok {
		return d.fw != nil && d.fw.to.deleteAny(any(k))
	}
	delete(d.index, k)
	d.entries[i] = dictEntry[K, V]{}
	d.holes++
	d.keys = nil
	if d.holes > 8 && d.holes > len(d.index) {
		d.compact()
	}
	return true
}

// compact removes the holes left by deletions, keeping order.
func (d *Dict[K, V]) compact() {
	live := make([]dictEntry[K, V], 0, len(d.index)+len(d.index)/4+1)
	for _, e := range d.entries {
		if e.live {
			d.index[e.key] = len(live)
			live = append(live, e)
		}
	}
	d.entries = live
	d.holes = 0
}

// Keys returns the keys in insertion order. The slice is never modified
// afterwards, so a `For each` over it is unaffected by the loop body
// setting or removing keys. Repeated calls without a deletion in between
// return the same slice without copying; callers must not modify it.
func (d *Dict[K, V]) Keys() []K {
	if d.fw != nil {
		keys := d.fw.to.keysAny()
		out := make([]K, len(keys))
		for i, k := range keys {
			out[i] = k.(K) // K is the source's key type: the typed keys convert back
		}
		return out
	}
	if d.keys == nil || len(d.keys) != len(d.index) {
		keys := make([]K, 0, len(d.index))
		for _, e := range d.entries {
			if e.live {
				keys = append(keys, e.key)
			}
		}
		d.keys = keys
	}
	return d.keys
}

// Values returns the values in key insertion order (a fresh slice).
func (d *Dict[K, V]) Values() []V {
	if d.fw != nil {
		var vals []V
		d.fw.to.eachAny(func(_, v any) bool { vals = append(vals, v.(V)); return true })
		return vals
	}
	vals := make([]V, 0, len(d.index))
	for _, e := range d.entries {
		if e.live {
			vals = append(vals, e.val)
		}
	}
	return vals
}

// All calls yield for each entry in insertion order until it returns
// false; usable as a range-over-func iterator. Entries added during the
// iteration are visited, deleted ones are not.
func (d *Dict[K, V]) All(yield func(K, V) bool) {
	if d.fw != nil {
		d.fw.to.eachAny(func(k, v any) bool { return yield(k.(K), v.(V)) })
		return
	}
	for i := 0; i < len(d.entries); i++ {
		if e := d.entries[i]; e.live && !yield(e.key, e.val) {
			return
		}
	}
}

// RunaType returns "Dictionary[K, V]"; nil-receiver safe.
//
// For generated code only.
func (d *Dict[K, V]) RunaType() string {
	if d != nil && d.fw != nil {
		return d.fw.to.RunaType()
	}
	return "Dictionary[" + typeNameOf[K]() + ", " + typeNameOf[V]() + "]"
}

// AppendRepr appends `{"a": 1, "b": [true]}` (spec §6.4); a nil
// dictionary (an Optional one that is None) appends None.
//
// For generated code only.
func (d *Dict[K, V]) AppendRepr(b []byte) []byte {
	if d == nil {
		return append(b, "None"...)
	}
	if d.fw != nil {
		return d.fw.to.AppendRepr(b)
	}
	b = append(b, '{')
	first := true
	for _, e := range d.entries {
		if !e.live {
			continue
		}
		if !first {
			b = append(b, ", "...)
		}
		first = false
		b = AppendRepr(b, any(e.key))
		b = append(b, ": "...)
		b = AppendRepr(b, any(e.val))
	}
	return append(b, '}')
}

// EqualValue reports equality with any dictionary: the same key set and
// deep-equal values; order does not matter. A nil dictionary equals only
// None.
//
// For generated code only.
func (d *Dict[K, V]) EqualValue(other any) bool {
	if d == nil {
		return isNone(other)
	}
	if d.fw != nil {
		return d.fw.to.EqualValue(other)
	}
	switch o := resolveFwd(other).(type) {
	case *Dict[K, V]:
		if o == d {
			return true
		}
		if o == nil || len(o.index) != len(d.index) {
			return false
		}
		for _, e := range d.entries {
			if !e.live {
				continue
			}
			j, ok := o.index[e.key]
			if !ok || !equalT(e.val, o.entries[j].val) {
				return false
			}
		}
		return true
	case anyDict:
		if isNone(o) || o.Len() != d.Len() {
			return false
		}
		for _, e := range d.entries {
			if !e.live {
				continue
			}
			v, ok := o.lookupAny(any(e.key))
			if !ok || !Equal(any(e.val), v) {
				return false
			}
		}
		return true
	}
	return false
}

// IndexAny implements Indexer: `d[k]` on an Any value.
//
// For generated code only.
func (d *Dict[K, V]) IndexAny(k any) any {
	v, f := d.indexAny(k)
	if f.kind != "" {
		FaultAt(0, f.kind, f.msg)
	}
	return v
}

// SetIndexAny implements Indexer: `Set d[k] to v` on an Any value; k and v
// must fit the key and value types.
//
// For generated code only.
func (d *Dict[K, V]) SetIndexAny(k, v any) {
	if f := d.setIndexAny(k, v); f.kind != "" {
		FaultAt(0, f.kind, f.msg)
	}
}

// anyDict is the Any-level view of every *Dict[K, V].
type anyDict interface {
	Len() int64
	lookupAny(k any) (any, bool)
	keysAny() []any
	eachAny(yield func(k, v any) bool)
	deleteAny(k any) bool
	indexAny(k any) (any, opFailure)
	setIndexAny(k, v any) opFailure
}

func (d *Dict[K, V]) lookupAny(k any) (any, bool) {
	if d.fw != nil {
		return d.fw.to.lookupAny(k)
	}
	key, ok := TryAs[K](k)
	if !ok {
		return nil, false
	}
	i, ok := d.index[key]
	if !ok {
		return nil, false
	}
	return any(d.entries[i].val), true
}

func (d *Dict[K, V]) eachAny(yield func(k, v any) bool) {
	if d.fw != nil {
		d.fw.to.eachAny(yield)
		return
	}
	for i := 0; i < len(d.entries); i++ {
		if e := d.entries[i]; e.live && !yield(any(e.key), any(e.val)) {
			return
		}
	}
}

func (d *Dict[K, V]) keysAny() []any {
	if d.fw != nil {
		return d.fw.to.keysAny()
	}
	out := make([]any, 0, len(d.index))
	for _, e := range d.entries {
		if e.live {
			out = append(out, any(e.key))
		}
	}
	return out
}

func (d *Dict[K, V]) deleteAny(k any) bool {
	if d.fw != nil {
		return d.fw.to.deleteAny(k)
	}
	key, ok := TryAs[K](k)
	return ok && d.del(key)
}

func (d *Dict[K, V]) indexAny(k any) (any, opFailure) {
	v, ok := d.lookupAny(k)
	if !ok {
		return nil, opFailure{KindKey, missingKey(k)}
	}
	return v, opFailure{}
}

func (d *Dict[K, V]) setIndexAny(k, v any) opFailure {
	if d.fw != nil {
		return d.fw.to.setIndexAny(k, v)
	}
	key, ok := TryAs[K](k)
	if !ok {
		return opFailure{KindType, "cannot use " + TypeName(k) + " as a key of " + d.RunaType()}
	}
	val, ok := TryAs[V](v)
	if !ok {
		return opFailure{KindType, "cannot store " + TypeName(v) + " in " + d.RunaType()}
	}
	d.Set(key, val)
	return opFailure{}
}

// isNil reports whether d is a nil dictionary (for isNone).
func (d *Dict[K, V]) isNil() bool { return d == nil }
