package rt

import "testing"

// testPoint is a record as runa2go generates it: a struct with no methods
// and a registered RecordType.
type testPoint struct {
	X    int64
	Next *testPoint
}

var testPointFields = []string{"x", "next"}

func init() {
	RegisterRecord(&RecordType[testPoint]{
		Name:   "Point",
		Fields: testPointFields,
		Repr: func(b []byte, r *testPoint) []byte {
			return AppendRecord(b, testPointFields, r.X, BoxPtr(r.Next))
		},
		Equal: func(r, p *testPoint) bool { return r.X == p.X && Equal(BoxPtr(r.Next), BoxPtr(p.Next)) },
		Field: func(r *testPoint, name string) (any, bool) {
			switch name {
			case "x":
				return r.X, true
			case "next":
				return BoxPtr(r.Next), true
			}
			return nil, false
		},
		SetField: func(r *testPoint, name string, v any) bool {
			switch name {
			case "x":
				x, ok := TryAs[int64](v)
				if ok {
					r.X = x
				}
				return ok
			case "next":
				x, ok := TryAs[*testPoint](v)
				if ok {
					r.Next = x
				}
				return ok
			}
			return false
		},
	})
}

func TestRecordType(t *testing.T) {
	p := &testPoint{X: 1, Next: &testPoint{X: 2}}
	if got := Text(p); got != `{"x": 1, "next": {"x": 2, "next": None}}` {
		t.Errorf("Text = %s", got)
	}
	if got := TypeName(p); got != "Point" {
		t.Errorf("TypeName = %s", got)
	}
	if got := typeNameOf[*testPoint](); got != "Point" {
		t.Errorf("typeNameOf = %s", got)
	}
	if got := typeNameOf[*List[*testPoint]](); got != "List[Point]" {
		t.Errorf("typeNameOf list = %s", got)
	}
	q := &testPoint{X: 1, Next: &testPoint{X: 2}}
	if !Equal(p, q) || !Equal(p, p) {
		t.Error("equal records compare unequal")
	}
	q.Next.X = 3
	if Equal(p, q) || Equal(p, "x") || Equal(p, nil) {
		t.Error("unequal records compare equal")
	}
	var none *testPoint
	if !IsNone(none) || IsNone(p) || !Equal(none, nil) || Text(none) != "None" {
		t.Error("a nil record is not None")
	}
	if got := AnyField(p, "x"); got != int64(1) {
		t.Errorf("AnyField = %v", got)
	}
	AnySetField(p, "x", int64(5))
	AnySetIndex(p, "next", &testPoint{X: 6})
	if p.X != 5 || p.Next.X != 6 || AnyIndex(p, "x") != int64(5) {
		t.Errorf("after sets: %+v", p)
	}
	if s := JSONStringify(p); s != `{"x": 5, "next": {"x": 6, "next": null}}` {
		t.Errorf("JSON = %s", s)
	}
	valExpectFault(t, valCatch(func() { AnyField(p, "y") }), KindKey, `Point has no field "y"`, 0)
	valExpectFault(t, valCatch(func() { AnySetField(p, "x", "a") }), KindType, `cannot set field "x" of Point to String`, 0)
	valExpectFault(t, valCatch(func() { AnySetField(p, "y", int64(1)) }), KindKey, `Point has no field "y"`, 0)
	valExpectFault(t, valCatch(func() { AnyField(none, "x") }), KindType, `cannot read field "x" of None`, 0)
	valExpectFault(t, valCatch(func() { AnyIndex(p, int64(0)) }), KindType, `cannot index Point with Integer`, 0)

	// A record that contains itself displays as {...} and faults on equality.
	c := &testPoint{X: 7}
	c.Next = c
	if got := Text(c); got != `{"x": 7, "next": {...}}` {
		t.Errorf("cyclic Text = %s", got)
	}
	d := &testPoint{X: 7}
	d.Next = d
	valExpectFault(t, valCatch(func() { Equal(c, d) }), KindRecursion, "cannot compare values that contain themselves", 0)
}

// Registering a type twice keeps the first registration.
func TestRegisterRecordTwice(t *testing.T) {
	RegisterRecord(&RecordType[testPoint]{Name: "Other"})
	if got := TypeName(&testPoint{}); got != "Point" {
		t.Errorf("TypeName after a second registration = %s", got)
	}
}

func BenchmarkRecordText(b *testing.B) {
	var x any = &testPoint{X: 1}
	for b.Loop() {
		_ = Text(x)
	}
}
