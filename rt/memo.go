package rt

import (
	"math"
	"sync"
)

// Memo is the result table of a Memoized process (level2.md §4.6): one
// for the whole run, keyed by the call's arguments. Tasks may call the
// process concurrently; the table is guarded by a mutex.
//
// For generated code only.
type Memo[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

// Get returns the value recorded for the arguments k.
//
// For generated code only.
func (t *Memo[K, V]) Get(k K) (V, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	v, ok := t.m[k]
	return v, ok
}

// Put records the value of a call that returned.
//
// For generated code only.
func (t *Memo[K, V]) Put(k K, v V) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.m == nil {
		t.m = map[K]V{}
	}
	t.m[k] = v
}

// Key returns n as a key of a Memo: a Float with an integral value is the
// Integer of that value, so that 2 and 2.0 (equal by `is equal to`) are
// one key.
//
// For generated code only.
func (n Number) Key() Number {
	if !n.float {
		return n
	}
	f := math.Float64frombits(n.bits)
	if f == math.Trunc(f) && f >= -(1<<63) && f < 1<<63 {
		return Int(int64(f))
	}
	return n
}

// OptKey returns an Optional Number as a key of a Memo: its value's Key,
// and None as itself.
//
// For generated code only.
func OptKey(o Opt[Number]) Opt[Number] {
	if !o.Ok {
		return Opt[Number]{}
	}
	return Some(o.V.Key())
}
