package rt

import "testing"

// A list or dictionary that contains itself displays as Python shows it;
// a value met twice on different paths is not a cycle (spec §6.4).
func TestDisplayCycles(t *testing.T) {
	l := NewList[any](int64(1))
	l.Add(l)
	if got := Text(l); got != "[1, [...]]" {
		t.Errorf("list: %s", got)
	}
	d := NewDict[string, any]()
	d.Set("a", int64(1))
	d.Set("self", d)
	if got := Text(d); got != `{"a": 1, "self": {...}}` {
		t.Errorf("dict: %s", got)
	}
	outer := NewList[any](d, l)
	if got := Text(outer); got != `[{"a": 1, "self": {...}}, [1, [...]]]` {
		t.Errorf("nested: %s", got)
	}
	shared := NewList[int64](7)
	dag := NewList[any](shared, NewList[any](shared))
	if got := Text(dag); got != "[[7], [[7]]]" {
		t.Errorf("dag: %s", got)
	}
	typed := NewList[*List[any]]()
	inner := NewList[any](typed)
	typed.Add(inner)
	if got := Text(typed); got != "[[[...]]]" {
		t.Errorf("typed: %s", got)
	}
}

// Comparing values that contain themselves faults with kind "recursion"
// instead of overflowing the stack (spec §6.3); the guard unwinds, so
// later comparisons work.
func TestEqualCycles(t *testing.T) {
	a := NewList[any](int64(1))
	a.Add(a)
	b := NewList[any](int64(1))
	b.Add(b)
	var err error
	func() {
		defer Recover(&err)
		Equal(a, b)
	}()
	if ErrorKind(err) != KindRecursion {
		t.Fatalf("err %v", err)
	}
	if !Equal(a, a) {
		t.Error("a value equals itself")
	}
	da := NewDict[string, any]()
	da.Set("x", da)
	db := NewDict[string, any]()
	db.Set("x", db)
	err = nil
	func() {
		defer Recover(&err)
		Equal(da, db)
	}()
	if ErrorKind(err) != KindRecursion {
		t.Fatalf("dict err %v", err)
	}
	if !Equal(NewList[any](NewList[int64](1), NewList[int64](1)), NewList[any](NewList[int64](1), NewList[int64](1))) {
		t.Error("acyclic lists compare after a recursion fault")
	}
	if len(equalCycles.m) != 0 || len(reprCycles.m) != 0 {
		t.Errorf("guards left marked: %d %d", len(equalCycles.m), len(reprCycles.m))
	}
}

// json_stringify of a value that contains itself is a kind "type" fault.
func TestJSONStringifyCycle(t *testing.T) {
	l := NewList[any](int64(1))
	l.Add(NewDict[string, any]())
	l.Add(l)
	var err error
	func() {
		defer Recover(&err)
		JSONStringify(l)
	}()
	if ErrorKind(err) != KindType || ErrorMessage(err) != "cannot convert a value that contains itself to JSON" {
		t.Fatalf("err %v", err)
	}
	shared := NewList[int64](1)
	if got := JSONStringify(NewList[any](shared, shared)); got != "[[1], [1]]" {
		t.Errorf("dag: %s", got)
	}
}
