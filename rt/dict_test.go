package rt

import (
	"slices"
	"strconv"
	"testing"
)

func TestDictOrder(t *testing.T) {
	d := NewDict[string, int64]()
	d.Set("a", 1)
	d.Set("b", 2)
	d.Set("c", 3)
	d.Set("a", 10) // existing key keeps its place
	if Text(d) != `{"a": 10, "b": 2, "c": 3}` {
		t.Fatalf("dict = %s", Text(d))
	}
	d.Delete("a")
	d.Set("a", 1) // re-added key goes last
	if got := Text(d); got != `{"b": 2, "c": 3, "a": 1}` {
		t.Fatalf("after delete/re-add: %s", got)
	}
	if !slices.Equal(d.Keys(), []string{"b", "c", "a"}) || !slices.Equal(d.Values(), []int64{2, 3, 1}) {
		t.Fatalf("Keys/Values = %v %v", d.Keys(), d.Values())
	}
	if d.Len() != 3 || !d.Has("c") || d.Has("zz") {
		t.Fatal("Len/Has")
	}
	if v, ok := d.Lookup("b"); !ok || v != 2 {
		t.Fatal("Lookup")
	}
	if _, ok := d.Lookup("zz"); ok {
		t.Fatal("Lookup missing")
	}
	if d.GetOr("zz", 5) != 5 || d.GetOr("b", 5) != 2 {
		t.Fatal("GetOr")
	}
	var seen []string
	d.All(func(k string, v int64) bool {
		seen = append(seen, k+strconv.FormatInt(v, 10))
		return true
	})
	if !slices.Equal(seen, []string{"b2", "c3", "a1"}) {
		t.Fatalf("All = %v", seen)
	}
}

func TestDictKeysSafeUnderMutation(t *testing.T) {
	d := NewDict[string, int64]()
	for _, k := range []string{"a", "b", "c", "d"} {
		d.Set(k, 1)
	}
	var visited []string
	for _, k := range d.Keys() {
		visited = append(visited, k)
		d.Delete(k)
		d.Set(k+k, 2)
	}
	if !slices.Equal(visited, []string{"a", "b", "c", "d"}) {
		t.Fatalf("visited %v", visited)
	}
	if !slices.Equal(d.Keys(), []string{"aa", "bb", "cc", "dd"}) {
		t.Fatalf("keys after %v", d.Keys())
	}
	k1 := d.Keys()
	k2 := d.Keys()
	if &k1[0] != &k2[0] {
		t.Error("Keys without mutation in between should not copy")
	}
}

func TestDictCompaction(t *testing.T) {
	d := NewDict[int64, int64]()
	for i := range int64(1000) {
		d.Set(i, i)
	}
	for i := range int64(990) {
		d.Delete(i)
	}
	if len(d.entries) > 2*int(d.Len())+9 {
		t.Fatalf("%d entries kept for %d live keys: holes are not compacted", len(d.entries), d.Len())
	}
	for i := int64(990); i < 1000; i++ {
		if d.Get(i) != i {
			t.Fatal("value lost in compaction")
		}
	}
	if !slices.Equal(d.Keys(), []int64{990, 991, 992, 993, 994, 995, 996, 997, 998, 999}) {
		t.Fatalf("keys %v", d.Keys())
	}
	// Churn on a small dictionary stays small.
	for i := range int64(10000) {
		d.Set(-1, i)
		d.Delete(-1)
	}
	if len(d.entries) > 40 {
		t.Fatalf("churn grew entries to %d", len(d.entries))
	}
}

func TestDictFaults(t *testing.T) {
	d := NewDict[string, int64]()
	d.Set("a", 1)
	var line int
	var err *Error
	line, err = valLine(), valCatch(func() { d.Get("x") })
	valExpectFault(t, err, KindKey, `key "x" not found`, line)
	line, err = valLine(), valCatch(func() { d.Delete("x") })
	valExpectFault(t, err, KindKey, `key "x" not found`, line)
	di := NewDict[int64, string]()
	line, err = valLine(), valCatch(func() { di.Get(5) })
	valExpectFault(t, err, KindKey, `key 5 not found`, line)
	line, err = valLine(), valCatch(func() { d.IndexAny("q") })
	valExpectFault(t, err, KindKey, `key "q" not found`, line)
	line, err = valLine(), valCatch(func() { d.SetIndexAny(int64(1), int64(1)) })
	valExpectFault(t, err, KindType, "cannot use Integer as a key of Dictionary[String, Integer]", line)
	line, err = valLine(), valCatch(func() { d.SetIndexAny("k", "v") })
	valExpectFault(t, err, KindType, "cannot store String in Dictionary[String, Integer]", line)
	d.SetIndexAny("k", int64(4))
	if d.IndexAny("k") != any(int64(4)) {
		t.Error("SetIndexAny/IndexAny")
	}
}

func TestDictZeroValueUsable(t *testing.T) {
	var d Dict[string, bool]
	d.Set("x", true)
	if !d.Get("x") || d.Len() != 1 {
		t.Fatal("zero Dict")
	}
	if NewDictCap[string, int64](4).Len() != 0 {
		t.Fatal("NewDictCap")
	}
	var nd *Dict[string, int64]
	if Text(nd) != "None" || !Equal(nd, nil) {
		t.Fatal("nil dict is None")
	}
}

func BenchmarkDictGet(b *testing.B) {
	d := NewDict[string, int64]()
	keys := make([]string, 256)
	for i := range keys {
		keys[i] = "key" + strconv.Itoa(i)
		d.Set(keys[i], int64(i))
	}
	var sum int64
	for i := 0; b.Loop(); i++ {
		sum += d.Get(keys[i&255])
	}
	_ = sum
}

func BenchmarkDictSetDelete(b *testing.B) {
	d := NewDict[int64, int64]()
	for i := int64(0); b.Loop(); i++ {
		d.Set(i, i)
		if i >= 100 {
			d.Delete(i - 100)
		}
	}
}

// BenchmarkDictTyped is the typed use of generated code: Set of new and
// existing keys, Has, Lookup, Keys.
func BenchmarkDictTyped(b *testing.B) {
	keys := make([]string, 64)
	for i := range keys {
		keys[i] = "key" + strconv.Itoa(i)
	}
	for b.Loop() {
		d := NewDict[string, int64]()
		for i, k := range keys {
			d.Set(k, int64(i))
			d.Set(k, int64(i+1))
		}
		n := int64(0)
		for _, k := range d.Keys() {
			if d.Has(k) {
				v, _ := d.Lookup(k)
				n += v
			}
		}
		_ = n
	}
}
