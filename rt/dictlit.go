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
