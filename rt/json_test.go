package rt

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestJSONStringify(t *testing.T) {
	d := NewDict[string, any]()
	d.Set("b", int64(1))
	d.Set("a", NewList[any](1.5, nil, true, "x"))
	ik := NewDict[int64, string]()
	ik.Set(2, "two")
	fk := NewDict[any, int64]()
	fk.Set(1.5, 1)
	fk.Set(nil, 2)
	fk.Set(true, 3)
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"dict order", d, `{"b": 1, "a": [1.5, null, true, "x"]}`},
		{"string escapes", "a\"b\\c\n\t\r\b\f\x01é€😀", `"a\"b\\c\n\t\r\b\f\u0001\u00e9\u20ac\ud83d\ude00"`},
		{"floats", NewList(1.0, 1e16, 0.30000000000000004, math.NaN(), math.Inf(1), math.Inf(-1)), `[1.0, 1e+16, 0.30000000000000004, NaN, Infinity, -Infinity]`},
		{"int keys", ik, `{"2": "two"}`},
		{"scalar keys", fk, `{"1.5": 1, "null": 2, "true": 3}`},
		{"record", &valSpan{Start: 1, Tags: NewList("t")}, `{"start": 1, "stop": null, "tags": ["t"]}`},
		{"none", nil, "null"},
		{"number", NewList(Int(1), Float(1)), "[1, 1.0]"},
		{"opt", NewList(Some[int64](1), None[int64]()), "[1, null]"},
		{"datetime", DateTime{T: time.Date(2026, 1, 2, 3, 4, 5, 6e6, time.UTC)}, `"2026-01-02T03:04:05.006Z"`},
		{"error", NewError(KindIO, "gone"), `{"kind": "io", "message": "gone"}`},
		{"empty", NewList[any](NewList[int64](), NewDict[string, int64]()), "[[], {}]"},
	}
	for _, tt := range tests {
		if got := JSONStringify(tt.v); got != tt.want {
			t.Errorf("%s: JSONStringify = %s; want %s", tt.name, got, tt.want)
		}
	}
}

func TestJSONStringifyFaults(t *testing.T) {
	self := NewList[any]()
	self.Add(self)
	if err := valCatch(func() { JSONStringify(self) }); err == nil || err.Kind != KindType || err.Message != "cannot convert a value that contains itself to JSON" {
		t.Errorf("cycle: %v", err)
	}
	if err := valCatch(func() { JSONStringify(NewList[any](func() {})) }); err == nil || err.Message != "cannot convert Process to JSON" {
		t.Errorf("func: %v", err)
	}
	lk := NewDict[*List[int64], int64]()
	lk.Set(NewList[int64](), 1)
	if err := valCatch(func() { JSONStringify(lk) }); err == nil || err.Message != "cannot use List[Integer] as a JSON object key" {
		t.Errorf("list key: %v", err)
	}
}

func TestJSONParse(t *testing.T) {
	v := JSONParse(` {"z": 1, "a": [1.5, -2, 3e2, true, false, null, "s\u00e9\n\ud83d\ude00"], "z": 2, "o": {}} `)
	d, ok := v.(*Dict[string, any])
	if !ok {
		t.Fatalf("object parsed as %s", TypeName(v))
	}
	if got, want := Text(d), `{"z": 2, "a": [1.5, -2, 300.0, true, false, None, "sé\n😀"], "o": {}}`; got != want {
		t.Fatalf("parsed %s; want %s", got, want)
	}
	l := d.Get("a").(*List[any])
	if _, ok := l.At(1).(int64); !ok {
		t.Error("integers must parse as int64")
	}
	if _, ok := l.At(2).(float64); !ok {
		t.Error("exponent numbers must parse as float64")
	}
	if f, ok := JSONParse("99999999999999999999").(float64); !ok || f != 1e20 {
		t.Error("integers beyond int64 become float64")
	}
	if f := JSONParse("NaN").(float64); !math.IsNaN(f) {
		t.Error("NaN")
	}
	if JSONParse("-Infinity") != any(math.Inf(-1)) {
		t.Error("-Infinity")
	}
	if JSONParse(`"\ud800x"`) != "\uFFFDx" {
		t.Error("lone surrogate")
	}
	if JSONParse(`"a\/b"`) != "a/b" {
		t.Error(`\/`)
	}
}

func TestJSONParseErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"", "invalid JSON: expecting value at line 1 column 1"},
		{"{", "invalid JSON: expecting property name enclosed in double quotes at line 1 column 2"},
		{`{"a" 1}`, "invalid JSON: expecting ':' delimiter at line 1 column 6"},
		{"[1,\n 2", "invalid JSON: expecting ',' delimiter at line 2 column 3"},
		{"[1,]", "invalid JSON: expecting value at line 1 column 4"},
		{"01", "invalid JSON: extra data at line 1 column 2"},
		{`"abc`, "invalid JSON: unterminated string at line 1 column 1"},
		{`"a\qb"`, "invalid JSON: invalid \\escape at line 1 column 3"},
		{"\"a\tb\"", "invalid JSON: invalid control character at line 1 column 3"},
		{"tru", "invalid JSON: expecting value at line 1 column 1"},
		{"-", "invalid JSON: expecting value at line 1 column 2"},
		{strings.Repeat("[", 1001), "invalid JSON: nesting deeper than 1000 at line 1 column 1001"},
	}
	for _, tt := range tests {
		err := valCatch(func() { JSONParse(tt.in) })
		if err == nil || err.Kind != KindType || err.Message != tt.msg {
			t.Errorf("JSONParse(%q): %v; want %q", tt.in, err, tt.msg)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	inputs := []string{
		`{"name": "runa", "tags": ["a", "b"], "n": 3, "f": 2.5, "ok": true, "none": null}`,
		`[1, -2, 1.0, 1e+16, 1e-05, 0.30000000000000004, "\u00e9\u0000"]`,
		`{"nested": {"deeper": [[], {}, [{"k": [1, 2]}]]}}`,
		`"just a string"`,
		`-0.0`,
	}
	for _, in := range inputs {
		v := JSONParse(in)
		out := JSONStringify(v)
		if out != in {
			t.Errorf("round trip:\n in  %s\n out %s", in, out)
		}
		if !Equal(JSONParse(out), v) {
			t.Errorf("re-parsed value differs for %s", in)
		}
	}
	// Values → text → values.
	d := NewDict[string, any]()
	d.Set("list", NewList[int64](1, 2))
	d.Set("s", "x\"y")
	if back := JSONParse(JSONStringify(d)); !Equal(back, d) {
		t.Errorf("value round trip: %s", Text(back))
	}
}

// benchJSONLine is one line of examples/log_processor's logs.
const benchJSONLine = `{"seq": 13241, "level": "WARN", "service": "billing", "latency_ms": 1795, "message": "POST /orders/370"}`

func BenchmarkJSONParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		JSONParse(benchJSONLine)
	}
}

func BenchmarkJSONStringify(b *testing.B) {
	d := JSONParse(benchJSONLine)
	b.ReportAllocs()
	for b.Loop() {
		JSONStringify(d)
	}
}

// TestJSONNestedObjects checks that objects nested at several levels, each
// with a repeated key, keep their own members and order.
func TestJSONNestedObjects(t *testing.T) {
	in := `{"a": {"x": 1, "y": {"p": [{"q": 1, "q": 2}], "r": 3}, "x": 4}, "b": 5, "a2": {}, "b": 6}`
	want := `{"a": {"x": 4, "y": {"p": [{"q": 2}], "r": 3}}, "b": 6, "a2": {}}`
	if got := JSONStringify(JSONParse(in)); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// A failure inside a nested object leaves nothing behind for the next
	// parse.
	if err := valCatch(func() { JSONParse(`{"a": {"b": 1, "c": }}`) }); err == nil {
		t.Fatal("no error for invalid JSON")
	}
	if got := JSONStringify(JSONParse(`{"k": 1}`)); got != `{"k": 1}` {
		t.Errorf("after a failed parse: %s", got)
	}
}

// TestJSONStringifyForwarder checks that a Dictionary[String, Any]
// converted to a typed dictionary (a forwarder) is written as that
// dictionary is, and that one containing itself still fails.
func TestJSONStringifyForwarder(t *testing.T) {
	v := JSONParse(`{"b": [1, 2], "a": []}`)
	typed := As[*Dict[string, *List[int64]]](v)
	typed.Set("c", NewList[int64](3))
	want := `{"b": [1, 2], "a": [], "c": [3]}`
	if got := JSONStringify(v); got != want {
		t.Errorf("forwarder: got %s, want %s", got, want)
	}
	if got := JSONStringify(typed); got != want {
		t.Errorf("typed: got %s, want %s", got, want)
	}
	self := NewDict[string, any]()
	self.Set("me", self)
	if err := valCatch(func() { JSONStringify(self) }); err == nil || err.Message != "cannot convert a value that contains itself to JSON" {
		t.Errorf("self-containing dictionary: %v", err)
	}
}
