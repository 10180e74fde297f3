package rt

import (
	"testing"
)

func TestList(t *testing.T) {
	l := NewList[int64](1, 2)
	l.Add(3)
	if l.Len() != 3 || l.At(2) != 3 || Text(l) != "[1, 2, 3]" {
		t.Fatalf("list = %s", Text(l))
	}
	l.Set(0, 10)
	if l.At(0) != 10 {
		t.Fatal("Set")
	}
	if !l.Contains(2) || l.Contains(7) || l.IndexOf(3) != 2 || l.IndexOf(9) != -1 {
		t.Fatal("Contains/IndexOf")
	}
	l.Add(2)
	l.Remove(2) // first equal element only
	if Text(l) != "[10, 3, 2]" {
		t.Fatalf("after Remove: %s", Text(l))
	}
	var sum int64
	for _, x := range l.Items() {
		l.Add(x) // the loop sees the items present when it started
		sum += x
	}
	if sum != 15 || l.Len() != 6 {
		t.Fatalf("range over Items: sum %d len %d", sum, l.Len())
	}

	src := []string{"a", "b"}
	owned := ListOf(src)
	src[0] = "z"
	if owned.At(0) != "z" {
		t.Error("ListOf must take ownership without copying")
	}
	copied := NewList(src...)
	src[1] = "y"
	if copied.At(1) != "b" {
		t.Error("NewList must copy")
	}
	if c := NewListCap[int64](8); c.Len() != 0 {
		t.Error("NewListCap")
	}

	// Deep equality for Remove/Contains of nested values.
	ll := NewList(NewList[int64](1), NewList[int64](2))
	if !ll.Contains(NewList[int64](2)) {
		t.Error("Contains must compare deeply")
	}
	ll.Remove(NewList[int64](1))
	if Text(ll) != "[[2]]" {
		t.Errorf("Remove deep: %s", Text(ll))
	}
	anyl := NewList[any](int64(1), "x")
	if !anyl.Contains(1.0) {
		t.Error("List[Any] contains 1.0 must find 1")
	}
}

func TestListFaults(t *testing.T) {
	l := NewList[int64](1, 2)
	var line int
	var err *Error
	line, err = valLine(), valCatch(func() { l.At(5) })
	valExpectFault(t, err, KindIndex, "list index 5 out of range for length 2", line)
	line, err = valLine(), valCatch(func() { l.At(-1) })
	valExpectFault(t, err, KindIndex, "list index -1 out of range for length 2", line)
	line, err = valLine(), valCatch(func() { l.Set(2, 0) })
	valExpectFault(t, err, KindIndex, "list index 2 out of range for length 2", line)
	line, err = valLine(), valCatch(func() { l.Remove(9) })
	valExpectFault(t, err, KindKey, "value not in list", line)
	line, err = valLine(), valCatch(func() { l.IndexAny("a") })
	valExpectFault(t, err, KindType, "list index must be Integer, got String", line)
	line, err = valLine(), valCatch(func() { l.SetIndexAny(int64(0), "a") })
	valExpectFault(t, err, KindType, "cannot store String in List[Integer]", line)
	if l.IndexAny(int64(1)) != any(int64(2)) {
		t.Error("IndexAny")
	}
	l.SetIndexAny(int64(1), int64(7))
	if l.At(1) != 7 {
		t.Error("SetIndexAny")
	}
}

func TestListFaultPositionWhenInlined(t *testing.T) {
	// At is small enough to inline into its caller; the position must
	// still be the caller's line.
	l := NewList[string]("a")
	f := func() string {
		return l.At(3) // the faulting line
	}
	want := valLine() - 2
	err := valCatch(func() { f() })
	valExpectFault(t, err, KindIndex, "list index 3 out of range for length 1", want)
}

func TestNilListIsNone(t *testing.T) {
	var l *List[int64]
	if Text(l) != "None" || !Equal(l, nil) || !Equal(nil, l) || Equal(l, NewList[int64]()) {
		t.Error("a nil list is None")
	}
	if BoxPtr(l) != nil || BoxPtr(NewList[int64]()) == nil {
		t.Error("BoxPtr")
	}
}

func BenchmarkListAt(b *testing.B) {
	l := NewList[int64]()
	for i := range int64(1024) {
		l.Add(i)
	}
	var sum int64
	for i := int64(0); b.Loop(); i++ {
		sum += l.At(i & 1023)
	}
	_ = sum
}

func BenchmarkListAdd(b *testing.B) {
	for b.Loop() {
		l := NewList[int64]()
		for i := range int64(64) {
			l.Add(i)
		}
	}
}

// BenchmarkListLoop is the typed loop of generated code: Len, Items, Set.
func BenchmarkListLoop(b *testing.B) {
	l := NewList[int64]()
	for i := range int64(1024) {
		l.Add(i)
	}
	for b.Loop() {
		for i, x := range l.Items() {
			l.Set(int64(i), x+l.Len())
		}
	}
}
