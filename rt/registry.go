package rt

import (
	"reflect"
	"sync"
	"sync/atomic"
)

// registry maps Go types to their descriptions (record and sum types). It
// is copied on write: registration happens once per type, from init
// functions, and lookups happen on every Any operation, so a lookup is
// one atomic load and one map read. reflect is used only for types as
// keys: values are never inspected through it.
type registry[V any] struct {
	m  atomic.Pointer[map[reflect.Type]V]
	mu sync.Mutex
}

// add registers v under key; a key registered twice keeps the first.
func (r *registry[V]) add(key reflect.Type, v V) {
	r.mu.Lock()
	defer r.mu.Unlock()
	old := r.m.Load()
	m := make(map[reflect.Type]V, 1)
	if old != nil {
		if _, ok := (*old)[key]; ok {
			return
		}
		for k, x := range *old {
			m[k] = x
		}
	}
	m[key] = v
	r.m.Store(&m)
}

// get returns what is registered under key and whether there is one.
func (r *registry[V]) get(key reflect.Type) (V, bool) {
	var zero V
	m := r.m.Load()
	if m == nil || key == nil {
		return zero, false
	}
	v, ok := (*m)[key]
	return v, ok
}
