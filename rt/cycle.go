package rt

import "sync"

// cycleSet is the set of containers (lists, dictionaries, records) that a
// display or an equality test is inside of: meeting one of them again
// means the value contains itself (spec §6.3, §6.4). Entries count
// nesting, so a value met twice on different paths (a DAG) is not a
// cycle; only one met again inside itself is.
//
// The set is shared by every goroutine: a value is expected to be
// displayed or compared by one goroutine at a time (Runa values live on
// one loop, where one task runs at a time). Two goroutines displaying the
// same container at the same moment may see it as a cycle.
type cycleSet struct {
	mu sync.Mutex
	m  map[any]int32
}

var (
	reprCycles  cycleSet // AppendRepr
	equalCycles cycleSet // Equal
)

// enter marks v as being visited; false (nothing marked) if it already is.
func (s *cycleSet) enter(v any) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m[v] > 0 {
		return false
	}
	if s.m == nil {
		s.m = make(map[any]int32)
	}
	s.m[v]++
	return true
}

// leave unmarks v after a successful enter.
func (s *cycleSet) leave(v any) {
	s.mu.Lock()
	if n := s.m[v] - 1; n > 0 {
		s.m[v] = n
	} else {
		delete(s.m, v)
	}
	s.mu.Unlock()
}

// container reports whether v is a list, dictionary or record: a value
// that can contain itself. They are pointers, so usable as map keys.
func container(v any) bool {
	switch v.(type) {
	case anyList, anyDict, Fielder:
		return true
	}
	return recordOf(v) != nil
}

// appendReprGuarded is AppendRepr of a container: `[...]` for a list met
// again inside itself, `{...}` for a dictionary or record (Python's rule).
func appendReprGuarded(b []byte, x reprer) []byte {
	if !reprCycles.enter(x) {
		if _, ok := x.(anyList); ok {
			return append(b, "[...]"...)
		}
		return append(b, "{...}"...)
	}
	defer reprCycles.leave(x)
	return x.AppendRepr(b)
}

// equalGuarded is x.EqualValue(b) for a container x: comparing a value
// that contains itself faults with kind "recursion" (spec §6.3) instead of
// recursing without end.
func equalGuarded(x equaler, b any) bool {
	if !equalCycles.enter(x) {
		FaultAt(0, KindRecursion, "cannot compare values that contain themselves")
	}
	defer equalCycles.leave(x)
	return x.EqualValue(b)
}
