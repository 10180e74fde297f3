package rt

import "testing"

// A List[Any] used as a List[String] works, shares its items with the Any
// name both ways, and checks values stored through the Any name.
func TestListAnyAsTyped(t *testing.T) {
	v := JSONParse(`["x", "y"]`)
	names := As[*List[string]](v)
	if names.Len() != 2 || names.At(1) != "y" {
		t.Fatalf("names %s", Text(names))
	}
	names.Add("z")
	if AnyLen(v) != 3 || Text(v) != `["x", "y", "z"]` {
		t.Errorf("Any name sees %s", Text(v))
	}
	AnyAddTo(v, "w")
	AnySetIndex(v, int64(0), "a")
	if names.Len() != 4 || names.At(3) != "w" || names.At(0) != "a" {
		t.Errorf("typed name sees %s", Text(names))
	}
	if As[*List[string]](v) != names {
		t.Error("converting again gives another list")
	}
	if !Equal(v, names) || !Equal(names, v) || !Equal(v, NewList("a", "y", "z", "w")) {
		t.Error("equality through the forwarder")
	}
	if err := valCatch(func() { AnyAddTo(v, int64(5)) }); err == nil || err.Kind != KindType {
		t.Errorf("storing an Integer through the Any name: %v", err)
	}
	var got []string
	for _, x := range names.Items() {
		got = append(got, x)
	}
	if len(got) != 4 {
		t.Errorf("items %v", got)
	}
	l := v.(*List[any])
	if l.Len() != 4 || l.At(3) != "w" || !l.Contains("y") || l.IndexOf("z") != 2 || len(l.Items()) != 4 {
		t.Errorf("List[Any] methods on the forwarder: %s", Text(l))
	}
	l.Remove("y")
	if names.Len() != 3 {
		t.Errorf("remove through the forwarder: %s", Text(names))
	}
}

// An element that does not fit is a kind "type" fault naming both types;
// a failed conversion changes nothing.
func TestListAnyAsTypedMismatch(t *testing.T) {
	v := JSONParse(`[["a"], ["b", 2]]`)
	err := valCatch(func() { As[*List[*List[string]]](v) })
	if err == nil || err.Kind != KindType || err.Message != "expected List[List[String]], got List[Any] (item 1 is Integer)" {
		t.Fatalf("err %v", err)
	}
	inner := v.(*List[any]).At(0).(*List[any])
	if inner.fw != nil || v.(*List[any]).fw != nil {
		t.Error("a failed conversion converted part of the value")
	}
	if _, ok := TryAs[*List[int64]](JSONParse(`[1, 2.5]`)); ok {
		t.Error("TryAs of a mixed list")
	}
	if err := valCatch(func() { As[*List[string]](NewList[int64](1)) }); err == nil || err.Message != "expected List[String], got List[Integer]" {
		t.Errorf("typed list of another type: %v", err)
	}
}

// Nested collections and dictionaries convert at every level, sharing.
func TestDictAnyAsTyped(t *testing.T) {
	v := JSONParse(`{"a": [1, 2], "b": []}`)
	d := As[*Dict[string, *List[int64]]](v)
	d.Get("b").Add(7)
	if Text(v) != `{"a": [1, 2], "b": [7]}` {
		t.Errorf("Any name sees %s", Text(v))
	}
	inner := AnyIndex(v, "a")
	AnyAddTo(inner, int64(3))
	if d.Get("a").Len() != 3 {
		t.Errorf("typed name sees %s", Text(d))
	}
	AnySetIndex(v, "c", JSONParse(`[9]`))
	if d.Len() != 3 || d.Get("c").At(0) != 9 || !d.Has("c") {
		t.Errorf("new key through the Any name: %s", Text(d))
	}
	d.Set("e", NewList[int64]())
	if AnyLen(v) != 4 {
		t.Errorf("new key through the typed name: %s", Text(v))
	}
	src := v.(*Dict[string, any])
	if len(src.Keys()) != 4 || src.Get("e") == nil {
		t.Errorf("Dict methods on the forwarder")
	}
	if _, ok := src.Lookup("zz"); ok {
		t.Error("lookup of a missing key")
	}
	if err := valCatch(func() { src.Get("zz") }); err == nil || err.Kind != KindKey {
		t.Errorf("missing key: %v", err)
	}
	src.Delete("e")
	if d.Len() != 3 {
		t.Errorf("delete through the forwarder: %s", Text(d))
	}
	if err := valCatch(func() { As[*Dict[string, int64]](JSONParse(`{"a": "x"}`)) }); err == nil || err.Kind != KindType ||
		err.Message != `expected Dictionary[String, Integer], got Dictionary[String, Any] (the value of key "a" is String)` {
		t.Errorf("mismatch: %v", err)
	}
}

// A list arriving through an Any record field, and an empty list.
func TestAnyFieldListAsTyped(t *testing.T) {
	var field any = NewList[any]()
	xs := As[*List[string]](field)
	xs.Add("q")
	if AnyLen(field) != 1 {
		t.Error("empty list through an Any field")
	}
}

func BenchmarkListAnyAsTyped(b *testing.B) {
	for b.Loop() {
		v := NewList[any]("a", "b", "c", "d")
		_ = As[*List[string]](v)
	}
}
