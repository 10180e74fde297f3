package rt

import (
	"math"
	"testing"
	"time"
)

func TestEqual(t *testing.T) {
	d1 := NewDict[string, any]()
	d1.Set("a", int64(1))
	d1.Set("b", NewList[any]("x"))
	d2 := NewDict[string, any]()
	d2.Set("b", NewList[string]("x"))
	d2.Set("a", 1.0)
	d3 := NewDict[string, int64]()
	d3.Set("a", 1)
	err := NewError(KindIO, "x")
	now := time.Now()
	tests := []struct {
		name string
		a, b any
		want bool
	}{
		{"int int", int64(5), int64(5), true},
		{"int float", int64(5), 5.0, true},
		{"float int", 5.0, int64(5), true},
		{"int float unequal", int64(5), 5.5, false},
		{"exact int float", int64(1<<53 + 1), float64(1 << 53), false},
		{"nan", math.NaN(), math.NaN(), false},
		{"number int", Int(5), 5.0, true},
		{"number number", Int(5), Float(5), true},
		{"int number", int64(2), Float(2), true},
		{"string", "a", "a", true},
		{"string int", "5", int64(5), false},
		{"bool", true, true, true},
		{"bool int", true, int64(1), false},
		{"none none", nil, nil, true},
		{"none zero", nil, int64(0), false},
		{"zero none", int64(0), nil, false},
		{"opt none", None[int64](), nil, true},
		{"opt some", Some[int64](3), 3.0, true},
		{"lists across element types", NewList[int64](1, 2), NewList[any](1.0, int64(2)), true},
		{"lists of floats", NewList(1.0, 2.0), NewList[int64](1, 2), true},
		{"lists differ", NewList[int64](1, 2), NewList[int64](2, 1), false},
		{"lists length", NewList[int64](1), NewList[int64](1, 1), false},
		{"list vs dict", NewList[int64](), NewDict[string, int64](), false},
		{"empty lists", NewList[string](), NewList[any](), true},
		{"dicts any order", d1, d2, true},
		{"dicts differ", d1, d3, false},
		{"dict vs record", d3, &valSpan{Start: 1}, false},
		{"records", &valSpan{Start: 1, Tags: NewList("a")}, &valSpan{Start: 1, Tags: NewList("a")}, true},
		{"records differ", &valSpan{Start: 1}, &valSpan{Start: 1, Stop: Some[int64](2)}, false},
		{"error identity", err, err, true},
		{"errors distinct", err, NewError(KindIO, "x"), false},
		{"datetime", DateTime{T: now}, DateTime{T: now.UTC()}, true},
		{"funcs", func() {}, func() {}, false},
	}
	for _, tt := range tests {
		if got := Equal(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: Equal = %v; want %v", tt.name, got, tt.want)
		}
		if got := Equal(tt.b, tt.a); got != tt.want {
			t.Errorf("%s: Equal (swapped) = %v; want %v", tt.name, got, tt.want)
		}
		if NotEqual(tt.a, tt.b) == tt.want {
			t.Errorf("%s: NotEqual", tt.name)
		}
	}
}

func TestEqualDictSameTypeFastPath(t *testing.T) {
	a, b := NewDict[string, float64](), NewDict[string, float64]()
	a.Set("x", 1)
	a.Set("y", 2)
	b.Set("y", 2)
	b.Set("x", 1)
	if !Equal(a, b) {
		t.Fatal("equal dicts")
	}
	b.Set("x", 3)
	if Equal(a, b) {
		t.Fatal("unequal dicts")
	}
	if !Equal(a, a) {
		t.Fatal("self")
	}
}
