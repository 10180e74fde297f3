package rt

import (
	"math"
	"slices"
	"testing"
)

func TestAnyArithmetic(t *testing.T) {
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"int+int", AnyAdd(int64(2), int64(3)), int64(5)},
		{"int+float", AnyAdd(int64(2), 0.5), 2.5},
		{"float-int", AnySub(2.5, int64(1)), 1.5},
		{"int*int", AnyMul(int64(4), int64(3)), int64(12)},
		{"number", AnyAdd(Int(4), Float(1)), 5.0},
		{"div ints", AnyDiv(int64(7), int64(2)), 3.5},
		{"div exact", AnyDiv(int64(6), int64(3)), 2.0},
		{"mod", AnyMod(int64(-7), int64(3)), int64(2)},
		{"neg int", AnyNeg(int64(3)), int64(-3)},
		{"neg float", AnyNeg(2.5), -2.5},
		{"concat", AnyConcat("n=", int64(3)), "n=3"},
		{"wrap", AnyAdd(int64(math.MaxInt64), int64(1)), int64(math.MinInt64)},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %#v; want %#v", tt.name, tt.got, tt.want)
		}
	}
}

func TestAnyOpErrors(t *testing.T) {
	l := NewList[int64](1)
	tests := []struct {
		name string
		f    func()
		kind string
		msg  string
	}{
		{"add strings", func() { AnyAdd("a", "b") }, KindType, `cannot add String and String (use "followed by" to join text)`},
		{"add list int", func() { AnyAdd(l, int64(1)) }, KindType, "cannot add List[Integer] and Integer"},
		{"sub none", func() { AnySub(nil, int64(1)) }, KindType, "cannot subtract None and Integer"},
		{"mul bool", func() { AnyMul(true, 2.0) }, KindType, "cannot multiply Boolean and Float"},
		{"div string", func() { AnyDiv(int64(1), "2") }, KindType, "cannot divide Integer and String"},
		{"mod record", func() { AnyMod(&valSpan{}, int64(2)) }, KindType, "cannot take the modulo of Span and Integer"},
		{"neg string", func() { AnyNeg("x") }, KindType, "cannot negate String"},
		{"compare", func() { AnyCompare(l, int64(1)) }, KindType, "cannot compare List[Integer] and Integer"},
		{"compare str int", func() { AnyLess("a", int64(1)) }, KindType, "cannot compare String and Integer"},
		{"index int", func() { AnyIndex(int64(3), int64(0)) }, KindType, "cannot index Integer"},
		{"index list", func() { AnyIndex(l, int64(4)) }, KindIndex, "list index 4 out of range for length 1"},
		{"index list by string", func() { AnyIndex(l, "a") }, KindType, "list index must be Integer, got String"},
		{"index dict", func() { AnyIndex(NewDict[string, any](), "k") }, KindKey, `key "k" not found`},
		{"index string", func() { AnyIndex("héllo", int64(9)) }, KindIndex, "string index 9 out of range for length 5"},
		{"index record", func() { AnyIndex(&valSpan{}, "nope") }, KindKey, `Span has no field "nope"`},
		{"set index none", func() { AnySetIndex(nil, int64(0), int64(1)) }, KindType, "cannot set an element of None"},
		{"set index list type", func() { AnySetIndex(l, int64(0), "s") }, KindType, "cannot store String in List[Integer]"},
		{"field of int", func() { AnyField(int64(1), "x") }, KindKey, `Integer has no field "x"`},
		{"field of none", func() { AnyField(nil, "x") }, KindType, `cannot read field "x" of None`},
		{"field missing", func() { AnyField(&valSpan{}, "x") }, KindKey, `Span has no field "x"`},
		{"field dict", func() { AnyField(NewDict[string, int64](), "x") }, KindKey, `key "x" not found`},
		{"set field type", func() { AnySetField(&valSpan{}, "start", "s") }, KindType, `cannot set field "start" of Span to String`},
		{"set field missing", func() { AnySetField(&valSpan{}, "zz", int64(1)) }, KindKey, `Span has no field "zz"`},
		{"set field int", func() { AnySetField(int64(1), "zz", int64(1)) }, KindType, `cannot set field "zz" of Integer`},
		{"len", func() { AnyLen(int64(1)) }, KindType, "cannot take the length of Integer"},
		{"contains", func() { AnyContains(int64(1), int64(1)) }, KindType, "cannot look for Integer in Integer"},
		{"contains string", func() { AnyContains("abc", int64(1)) }, KindType, "cannot look for Integer in String"},
		{"iter", func() { AnyIter(2.5) }, KindType, "cannot iterate over Float"},
		{"iter record", func() { AnyIter(&valSpan{}) }, KindType, "cannot iterate over Span"},
		{"add to", func() { AnyAddTo(int64(1), int64(1)) }, KindType, "cannot add to Integer"},
		{"add to wrong", func() { AnyAddTo(l, "s") }, KindType, "cannot add String to List[Integer]"},
		{"remove", func() { AnyRemove(l, int64(42)) }, KindKey, "value not in list"},
		{"remove key", func() { AnyRemove(NewDict[string, int64](), "k") }, KindKey, `key "k" not found`},
		{"remove from", func() { AnyRemove("s", "s") }, KindType, "cannot remove from String"},
		{"as", func() { As[int64]("x") }, KindType, "expected Integer, got String"},
		{"as float", func() { As[float64]("x") }, KindType, "expected Float, got String"},
		{"as int from float", func() { As[int64](2.5) }, KindType, "expected Integer, got Float"},
		{"as none", func() { As[*List[int64]](nil) }, KindType, "expected List[Integer], got None"},
		{"as list", func() { As[*List[int64]](NewList[any](int64(1), "x")) }, KindType, "expected List[Integer], got List[Any] (item 1 is String)"},
		{"as record", func() { As[*valSpan](int64(1)) }, KindType, "expected Span, got Integer"},
		{"as opt", func() { As[Opt[int64]]("s") }, KindType, "expected Optional[Integer], got String"},
		{"as number", func() { As[Number](true) }, KindType, "expected Number, got Boolean"},
		{"as or nil", func() { AsOrNil[*valSpan]("s") }, KindType, "expected Span, got String"},
		{"opt get", func() { None[string]().Get() }, KindType, "value is None"},
		{"char at", func() { CharAt("ab", -1) }, KindIndex, "string index -1 out of range for length 2"},
	}
	for _, tt := range tests {
		err := valCatch(tt.f)
		if err == nil {
			t.Errorf("%s: no fault", tt.name)
			continue
		}
		if err.Kind != tt.kind || err.Message != tt.msg {
			t.Errorf("%s: fault %s %q; want %s %q", tt.name, err.Kind, err.Message, tt.kind, tt.msg)
		}
	}
}

// TestAnyFaultPositions checks that every exported Any helper reports the
// line of the code that called it.
func TestAnyFaultPositions(t *testing.T) {
	l := NewList[int64](1)
	checks := []func() (int, *Error){
		func() (int, *Error) { return valLine(), valCatch(func() { AnyAdd("a", int64(1)) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { AnyDiv(int64(1), int64(0)) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { AnyCompare("a", int64(1)) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { AnyLess("a", int64(1)) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { AnyIndex(l, int64(5)) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { AnySetIndex(l, int64(5), int64(1)) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { AnyField(&valSpan{}, "x") }) },
		func() (int, *Error) { return valLine(), valCatch(func() { AnySetField(&valSpan{}, "x", nil) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { AnyLen(nil) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { AnyContains(nil, nil) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { AnyIter(nil) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { AnyRemove(l, int64(7)) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { As[string](nil) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { AsOrNil[string](int64(1)) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { None[int64]().Get() }) },
		func() (int, *Error) { return valLine(), valCatch(func() { CharAt("", 0) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { ToInteger("x") }) },
		func() (int, *Error) { return valLine(), valCatch(func() { ToFloat("x") }) },
		func() (int, *Error) { return valLine(), valCatch(func() { ToIntegerAny(nil) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { ToFloatAny(nil) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { JSONParse("{") }) },
		func() (int, *Error) { return valLine(), valCatch(func() { JSONStringify(func() {}) }) },
		func() (int, *Error) { return valLine(), valCatch(func() { NewDict[string, int64]().Get("k") }) },
		func() (int, *Error) {
			return valLine(), valCatch(func() { NewDict[string, int64]().IndexAny(int64(1)) })
		},
		func() (int, *Error) {
			return valLine(), valCatch(func() { NewDict[string, int64]().SetIndexAny(int64(1), nil) })
		},
	}
	for i, c := range checks {
		line, err := c()
		if err == nil {
			t.Errorf("check %d: no fault", i)
			continue
		}
		if err.Line != line {
			t.Errorf("check %d (%q): line %d; want %d", i, err.Message, err.Line, line)
		}
	}
}

func TestAnyAccess(t *testing.T) {
	l := NewList[any](int64(1), "a")
	if AnyIndex(l, int64(1)) != "a" || AnyLen(l) != 2 || !AnyContains(l, 1.0) || AnyContains(l, "b") {
		t.Error("list access")
	}
	AnySetIndex(l, int64(0), 2.5)
	AnyAddTo(l, nil)
	if Text(l) != `[2.5, "a", None]` {
		t.Errorf("list = %s", Text(l))
	}
	AnyRemove(l, "a")
	if Text(l) != `[2.5, None]` {
		t.Errorf("after remove: %s", Text(l))
	}
	d := NewDict[string, any]()
	AnySetIndex(d, "k", int64(1))
	AnySetField(d, "m", "v")
	if AnyIndex(d, "k") != any(int64(1)) || AnyField(d, "m") != "v" || !AnyContains(d, "k") || AnyContains(d, "z") || AnyLen(d) != 2 {
		t.Error("dict access")
	}
	if got := AnyIter(d); !slices.Equal(got, []any{"k", "m"}) {
		t.Errorf("AnyIter(dict) = %v", got)
	}
	AnyRemove(d, "k")
	if Text(d) != `{"m": "v"}` {
		t.Errorf("dict = %s", Text(d))
	}
	if AnyIndex("héllo", int64(1)) != "é" || AnyLen("héllo") != 5 || !AnyContains("héllo", "ll") {
		t.Error("string access")
	}
	if got := AnyIter("hé!"); !slices.Equal(got, []any{"h", "é", "!"}) {
		t.Errorf("AnyIter(string) = %v", got)
	}
	if got := AnyIter(NewList[int64](3, 4)); !slices.Equal(got, []any{int64(3), int64(4)}) {
		t.Errorf("AnyIter(list) = %v", got)
	}
	r := &valSpan{Start: 1}
	AnySetField(r, "stop", int64(9))
	AnySetIndex(r, "start", int64(2))
	if AnyField(r, "stop") != any(int64(9)) || AnyIndex(r, "start") != any(int64(2)) {
		t.Error("record access")
	}
	AnySetField(r, "stop", nil)
	if r.Stop.Ok {
		t.Error("setting None into an Optional field")
	}
	e := NewError(KindHTTP, "down")
	if AnyField(e, "message") != "down" || AnyField(e, "kind") != "http" {
		t.Error("error fields")
	}
}

func TestAnyCompare(t *testing.T) {
	tests := []struct {
		a, b any
		want int
	}{
		{int64(1), int64(2), -1},
		{2.5, int64(2), 1},
		{int64(2), 2.0, 0},
		{"a", "b", -1},
		{"é", "z", 1}, // code point order
		{Int(3), Float(3), 0},
	}
	for _, tt := range tests {
		if got := AnyCompare(tt.a, tt.b); got != tt.want {
			t.Errorf("AnyCompare(%v, %v) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
	}
	if !AnyLess(int64(1), 1.5) || AnyLess(math.NaN(), 1.0) || !AnyLessEq("a", "a") || AnyLessEq(1.0, math.NaN()) {
		t.Error("AnyLess/AnyLessEq")
	}
}

func TestTruthy(t *testing.T) {
	falsy := []any{nil, false, int64(0), 0.0, "", NewList[int64](), NewDict[string, int64](), None[int64](), Int(0), Some[int64](0)}
	truthy := []any{true, int64(-1), 0.5, "x", NewList[int64](0), &valSpan{}, NewError(KindIO, ""), Some[int64](1), DateTime{}}
	for _, v := range falsy {
		if Truthy(v) {
			t.Errorf("Truthy(%s) = true", Text(v))
		}
	}
	for _, v := range truthy {
		if !Truthy(v) {
			t.Errorf("Truthy(%s) = false", Text(v))
		}
	}
}

func TestAs(t *testing.T) {
	if As[int64](int64(3)) != 3 || As[float64](int64(3)) != 3.0 || As[string]("s") != "s" {
		t.Error("scalars")
	}
	if n := As[Number](int64(3)); n.IsFloat() || n.Int64() != 3 {
		t.Error("Number from Integer")
	}
	if n := As[Number](2.5); !n.IsFloat() {
		t.Error("Number from Float")
	}
	if As[any](nil) != nil || As[any](int64(1)) != any(int64(1)) {
		t.Error("Any")
	}
	if o := As[Opt[int64]](nil); o.Ok {
		t.Error("Opt from None")
	}
	if o := As[Opt[float64]](int64(2)); !o.Ok || o.V != 2.0 {
		t.Error("Opt[Float] from Integer")
	}
	if As[float64](Int(4)) != 4.0 || As[int64](Some[int64](5)) != 5 {
		t.Error("Number and Opt inside an Any are unboxed")
	}
	l := NewList[int64]()
	if As[*List[int64]](l) != l {
		t.Error("list")
	}
	if AsOrNil[*List[int64]](nil) != nil || AsOrNil[*List[int64]](l) != l {
		t.Error("AsOrNil")
	}
	if v, ok := TryAs[int64]("x"); ok || v != 0 {
		t.Error("TryAs failure")
	}
	if v, ok := TryAsOrNil[*valSpan](nil); !ok || v != nil {
		t.Error("TryAsOrNil(None)")
	}
	if _, ok := TryAsOrNil[*valSpan](int64(1)); ok {
		t.Error("TryAsOrNil(Integer)")
	}
	if _, ok := TryAs[*valSpan](nil); ok {
		t.Error("TryAs must reject None for a pointer type")
	}
	if AsOrNil[Opt[string]](nil).Ok {
		t.Error("AsOrNil Opt")
	}
}

func BenchmarkAnyAdd(b *testing.B) {
	var x any = int64(3)
	var y any = int64(4)
	for b.Loop() {
		_ = AnyAdd(x, y)
	}
}
