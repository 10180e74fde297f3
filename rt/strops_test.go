package rt

import "testing"

// TestJoin checks join over typed lists (Strings take the fast path),
// over Any lists and over a converted (forwarding) Any list: the display
// texts, strings unquoted, separated.
func TestJoin(t *testing.T) {
	if got := Join(NewList[string]("a", "", "b"), ", "); got != "a, , b" {
		t.Errorf("strings: %q", got)
	}
	if got := Join(NewList[string](), "-"); got != "" {
		t.Errorf("empty: %q", got)
	}
	if got := Join(NewList[int64](1, -2, 30), "+"); got != "1+-2+30" {
		t.Errorf("integers: %q", got)
	}
	if got := Join(NewList[float64](1.5, 2), " "); got != "1.5 2.0" {
		t.Errorf("floats: %q", got)
	}
	mixed := NewList[any]("x", int64(1), nil, true, NewList[string]("q"))
	want := `x|1|None|true|["q"]`
	if got := Join(mixed, "|"); got != want {
		t.Errorf("Any list: %q, want %q", got, want)
	}
	if got := AnyJoin(mixed, "|"); got != want {
		t.Errorf("AnyJoin: %q, want %q", got, want)
	}
	v := JSONParse(`["a", "b"]`)
	typed := As[*List[string]](v)
	typed.Add("c")
	if got := AnyJoin(v, "/"); got != "a/b/c" {
		t.Errorf("forwarder: %q", got)
	}
	if got := Join(v.(*List[any]), "/"); got != "a/b/c" {
		t.Errorf("forwarder through Join: %q", got)
	}
	if err := valCatch(func() { AnyJoin(int64(3), ",") }); err == nil || err.Kind != KindType || err.Message != "join needs a List, not Integer" {
		t.Errorf("AnyJoin of an Integer: %v", err)
	}
}

func BenchmarkJoinStrings(b *testing.B) {
	l := NewList[string]()
	for range 9000 {
		l.Add(benchJSONLine)
	}
	b.ReportAllocs()
	for b.Loop() {
		Join(l, "\n")
	}
}
