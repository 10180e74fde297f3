package rt

import (
	"math"
	"testing"
)

func TestToInteger(t *testing.T) {
	good := []struct {
		s    string
		want int64
	}{
		{"42", 42}, {" -7\n", -7}, {"+3", 3}, {"1_000", 1000}, {"007", 7},
		{"9223372036854775807", math.MaxInt64}, {"-9223372036854775808", math.MinInt64},
	}
	for _, tt := range good {
		if got := ToInteger(tt.s); got != tt.want {
			t.Errorf("ToInteger(%q) = %d; want %d", tt.s, got, tt.want)
		}
	}
	for _, s := range []string{"", " ", "abc", "1.5", "1e3", "_1", "1_", "1__0", "0x10", "9223372036854775808", "- 1", "++1"} {
		err := valCatch(func() { ToInteger(s) })
		want := "cannot convert " + string(AppendQuoted(nil, s)) + " to Integer"
		if err == nil || err.Kind != KindType || err.Message != want {
			t.Errorf("ToInteger(%q): fault %v; want type %q", s, err, want)
		}
	}
}

func TestToFloat(t *testing.T) {
	good := []struct {
		s    string
		want float64
	}{
		{"3.25", 3.25}, {" 1e3 ", 1000}, {"-0.5", -0.5}, {"5", 5}, {".5", 0.5}, {"5.", 5},
		{"1_000.5", 1000.5}, {"inf", math.Inf(1)}, {"-Infinity", math.Inf(-1)}, {"1e400", math.Inf(1)},
	}
	for _, tt := range good {
		if got := ToFloat(tt.s); got != tt.want {
			t.Errorf("ToFloat(%q) = %v; want %v", tt.s, got, tt.want)
		}
	}
	if !math.IsNaN(ToFloat("NaN")) {
		t.Error("ToFloat(NaN)")
	}
	for _, s := range []string{"", "abc", "0x1p3", "1e", "1.2.3", "e5", ".", "1__0", "infx"} {
		err := valCatch(func() { ToFloat(s) })
		if err == nil || err.Kind != KindType {
			t.Errorf("ToFloat(%q): fault %v; want kind type", s, err)
		}
	}
}

func TestToAny(t *testing.T) {
	if ToIntegerAny("12") != 12 || ToIntegerAny(int64(3)) != 3 || ToIntegerAny(-3.9) != -3 || ToIntegerAny(true) != 1 || ToIntegerAny(Float(2.5)) != 2 {
		t.Error("ToIntegerAny")
	}
	if ToFloatAny("1.5") != 1.5 || ToFloatAny(int64(2)) != 2 || ToFloatAny(false) != 0 {
		t.Error("ToFloatAny")
	}
	if err := valCatch(func() { ToIntegerAny(math.Inf(1)) }); err == nil || err.Message != "cannot convert inf to Integer" {
		t.Errorf("ToIntegerAny(inf): %v", err)
	}
	if err := valCatch(func() { ToFloatAny(NewList[int64]()) }); err == nil || err.Message != "cannot convert List[Integer] to Float" {
		t.Errorf("ToFloatAny(list): %v", err)
	}
	if StrLen("héllo") != 5 || CharAt("héllo", 1) != "é" {
		t.Error("StrLen/CharAt")
	}
}
