package rt

import (
	"runtime"
	"testing"
)

// valCatch runs f and returns the fault it raised (nil when none).
func valCatch(f func()) (err *Error) {
	defer func() {
		if r := recover(); r != nil {
			switch r.(type) {
			case *Fault, *lateFault: // as every rt boundary does (PanicError)
				err = PanicError(r).(*Error)
			default:
				panic(r)
			}
		}
	}()
	f()
	return nil
}

// valLine returns the line of its caller.
func valLine() int {
	_, _, line, _ := runtime.Caller(1)
	return line
}

// valExpectFault checks that err is a fault of the given kind and message
// positioned at line.
func valExpectFault(t *testing.T, err *Error, kind, msg string, line int) {
	t.Helper()
	if err == nil {
		t.Fatalf("no fault; want %s %q", kind, msg)
	}
	if err.Kind != kind || err.Message != msg {
		t.Errorf("fault = %s %q; want %s %q", err.Kind, err.Message, kind, msg)
	}
	if line != 0 && err.Line != line {
		t.Errorf("fault %q at line %d; want line %d (the caller's)", err.Message, err.Line, line)
	}
}

// valSpan is a record as the compiler generates it.
type valSpan struct {
	Start int64
	Stop  Opt[int64]
	Tags  *List[string]
}

var valSpanFields = []string{"start", "stop", "tags"}

func (*valSpan) RunaType() string     { return "Span" }
func (*valSpan) FieldNames() []string { return valSpanFields }
func (r *valSpan) AppendRepr(b []byte) []byte {
	return AppendRecord(b, valSpanFields, r.Start, r.Stop.Box(), r.Tags)
}
func (r *valSpan) EqualValue(o any) bool {
	p, ok := o.(*valSpan)
	return ok && p != nil && (p == r || r.Start == p.Start && r.Stop == p.Stop && Equal(r.Tags, p.Tags))
}
func (r *valSpan) FieldAny(name string) (any, bool) {
	switch name {
	case "start":
		return r.Start, true
	case "stop":
		return r.Stop.Box(), true
	case "tags":
		return r.Tags, true
	}
	return nil, false
}
func (r *valSpan) SetFieldAny(name string, v any) bool {
	switch name {
	case "start":
		x, ok := TryAs[int64](v)
		if ok {
			r.Start = x
		}
		return ok
	case "stop":
		x, ok := TryAs[Opt[int64]](v)
		if ok {
			r.Stop = x
		}
		return ok
	case "tags":
		x, ok := TryAs[*List[string]](v)
		if ok {
			r.Tags = x
		}
		return ok
	}
	return false
}

var _ Record = (*valSpan)(nil)
var _ Value = (*List[int64])(nil)
var _ Value = (*Dict[string, any])(nil)
var _ Indexer = (*List[int64])(nil)
var _ Indexer = (*Dict[string, any])(nil)
var _ Value = DateTime{}

func TestTypeName(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{int64(1), "Integer"},
		{1.5, "Float"},
		{"s", "String"},
		{true, "Boolean"},
		{nil, "None"},
		{Int(3), "Integer"},
		{Float(3), "Float"},
		{NewList[int64](), "List[Integer]"},
		{NewList[any](), "List[Any]"},
		{NewList[*List[string]](), "List[List[String]]"},
		{NewDict[string, float64](), "Dictionary[String, Float]"},
		{NewDict[string, Opt[int64]](), "Dictionary[String, Optional[Integer]]"},
		{&valSpan{}, "Span"},
		{NewList[*valSpan](), "List[Span]"},
		{NewError(KindIO, "x"), "Error"},
		{DateTime{}, "DateTime"},
		{func() {}, "Process"},
		{Some[int64](2), "Integer"},
	}
	for _, tt := range tests {
		if got := TypeName(tt.v); got != tt.want {
			t.Errorf("TypeName(%#v) = %q; want %q", tt.v, got, tt.want)
		}
	}
}
