package rt

import (
	"bytes"
	"math"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestFloatText(t *testing.T) {
	tests := []struct {
		f    float64
		want string
	}{
		{1000000.0, "1000000.0"},
		{1e16, "1e+16"},
		{1e-5, "1e-05"},
		{0.0001, "0.0001"},
		{2.5e300, "2.5e+300"},
		{12.5, "12.5"},
		{valPoint1 + valPoint2, "0.30000000000000004"},
		{math.Copysign(0, -1), "-0.0"},
		{0, "0.0"},
		{2, "2.0"},
		{-2, "-2.0"},
		{3.25, "3.25"},
		{1e15, "1000000000000000.0"},
		{9999999999999998, "9999999999999998.0"},
		{1.2345678901234568e17, "1.2345678901234568e+17"},
		{1e22, "1e+22"},
		{1e100, "1e+100"},
		{9.999999999999999e-05, "9.999999999999999e-05"},
		{1.5e-7, "1.5e-07"},
		{-1e-5, "-1e-05"},
		{-1e16, "-1e+16"},
		{0.1, "0.1"},
		{1.0 / 3, "0.3333333333333333"},
		{5e-324, "5e-324"},
		{math.MaxFloat64, "1.7976931348623157e+308"},
		{123456.789, "123456.789"},
		{math.Inf(1), "inf"},
		{math.Inf(-1), "-inf"},
		{math.NaN(), "nan"},
	}
	for _, tt := range tests {
		if got := FloatText(tt.f); got != tt.want {
			t.Errorf("FloatText(%v) = %q; want %q", tt.f, got, tt.want)
		}
	}
}

func TestText(t *testing.T) {
	d := NewDict[string, *List[int64]]()
	d.Set("k", NewList[int64](1, 2))
	mixed := NewDict[string, any]()
	mixed.Set("a", int64(1))
	mixed.Set("b", NewList[any](true))
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"string top level", "tab\there", "tab\there"},
		{"integer", int64(-42), "-42"},
		{"float", 2.0, "2.0"},
		{"number int", Int(3), "3"},
		{"number float", Float(3), "3.0"},
		{"true", true, "true"},
		{"false", false, "false"},
		{"none", nil, "None"},
		{"list", NewList[any](int64(1), int64(2), "a"), `[1, 2, "a"]`},
		{"empty list", NewList[int64](), "[]"},
		{"list of ints", NewList[int64](1, 2, 3), "[1, 2, 3]"},
		{"mixed list", NewList[any](1.0, "tab\there", nil, true), `[1.0, "tab\there", None, true]`},
		{"escapes", NewList[string]("a\"b", "tab\there", "café"), `["a\"b", "tab\there", "café"]`},
		{"more escapes", NewList[string]("back\\slash", "n\nr\r", "\x00\x1b\x7f\u0085"), `["back\\slash", "n\nr\r", "\u0000\u001b\u007f\u0085"]`},
		{"dict", d, `{"k": [1, 2]}`},
		{"list of dict", NewList(d), `[{"k": [1, 2]}]`},
		{"dict mixed", mixed, `{"a": 1, "b": [true]}`},
		{"empty dict", NewDict[string, int64](), "{}"},
		{"int keys", func() any { d := NewDict[int64, string](); d.Set(1, "x"); return d }(), `{1: "x"}`},
		{"record", &valSpan{Start: 1, Stop: Some[int64](4), Tags: NewList("x")}, `{"start": 1, "stop": 4, "tags": ["x"]}`},
		{"record none field", &valSpan{Start: 1}, `{"start": 1, "stop": None, "tags": None}`},
		{"error", NewError(KindTimeout, "too slow"), "too slow"},
		{"error in list", NewList[any](NewError(KindTimeout, "too slow")), "[too slow]"},
		{"datetime", DateTime{T: time.Date(2026, 11, 26, 11, 0, 0, 123456789, time.FixedZone("X", 3600))}, "2026-11-26T10:00:00.123Z"},
		{"opt some", Some("s"), `"s"`},
		{"opt none", None[string](), "None"},
		{"list of numbers", NewList(Int(1), Float(2)), "[1, 2.0]"},
		{"list of floats", NewList(1.0, 0.30000000000000004, 1e16), "[1.0, 0.30000000000000004, 1e+16]"},
		{"nested lists", NewList(NewList[int64](), NewList[int64](1)), "[[], [1]]"},
	}
	for _, tt := range tests {
		if got := Text(tt.v); got != tt.want {
			t.Errorf("%s: Text = %s; want %s", tt.name, got, tt.want)
		}
	}
	if got := ToString(int64(5)); got != "5" {
		t.Errorf("ToString(5) = %q", got)
	}
	if IntText(-7) != "-7" || BoolText(true) != "true" || BoolText(false) != "false" {
		t.Error("IntText/BoolText")
	}
}

func TestDisplay(t *testing.T) {
	var buf bytes.Buffer
	SetOutput(&buf)
	defer SetOutput(nil)
	Display("a", "b c", Text(NewList[int64](1)))
	Display()
	Display("x")
	Flush()
	if got, want := buf.String(), "a b c [1]\n\nx\n"; got != want {
		t.Fatalf("output = %q; want %q", got, want)
	}
}

func TestDisplayConcurrentLinesStayWhole(t *testing.T) {
	var buf bytes.Buffer
	SetOutput(&buf)
	defer SetOutput(nil)
	line := strings.Repeat("x", 5000)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				Display(line, line)
			}
		}()
	}
	wg.Wait()
	Flush()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 400 {
		t.Fatalf("%d lines; want 400", len(lines))
	}
	for _, l := range lines {
		if l != line+" "+line {
			t.Fatal("a line was interleaved with another")
		}
	}
}

func BenchmarkFloatText(b *testing.B) {
	fs := []float64{0.30000000000000004, 1e16, 12.5, 1000000.0, 1e-5}
	for i := 0; b.Loop(); i++ {
		_ = FloatText(fs[i%len(fs)])
	}
}

func BenchmarkTextList(b *testing.B) {
	l := NewList[any](int64(1), 2.5, "a", true, nil)
	for b.Loop() {
		_ = Text(l)
	}
}

// Variables, so that 0.1 + 0.2 is computed in float64 (constant arithmetic
// in Go is exact).
var valPoint1, valPoint2 = 0.1, 0.2
