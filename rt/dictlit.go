package rt

// DictFrom builds a dictionary from a literal's keys and values, in order
// (`dictionary with:` in generated code). A repeated key keeps its first
// position and its last value.
func DictFrom[K comparable, V any](keys []K, values []V) *Dict[K, V] {
	d := NewDictCap[K, V](len(keys))
	for i, k := range keys {
		d.Set(k, values[i])
	}
	return d
}

// With sets k to v and returns d, so that a dictionary literal reads as
// one entry per line in generated code:
//
//	rt.NewDict[string, int64]().
//		With("ann", 3).
//		With("bob", 5)
//
// For generated code only.
func (d *Dict[K, V]) With(k K, v V) *Dict[K, V] {
	d.Set(k, v)
	return d
}
