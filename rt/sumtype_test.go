package rt

import "testing"

// testReply is a sum type as runa2go generates it: a sealed interface, one
// record per variant (RecordType with Variant set) and a SumType.
type testReply interface{ isTestReply() }

type testAccepted struct{ Code int64 }
type testPending struct{}

func (*testAccepted) isTestReply() {}
func (*testPending) isTestReply()  {}

var testAcceptedFields = []string{"code"}

func init() {
	RegisterRecord(&RecordType[testAccepted]{
		Name:    "Accepted",
		Fields:  testAcceptedFields,
		Variant: true,
		Repr: func(b []byte, r *testAccepted) []byte {
			return AppendRecord(b, testAcceptedFields, r.Code)
		},
		Equal: func(r, p *testAccepted) bool { return r.Code == p.Code },
		Field: func(r *testAccepted, name string) (any, bool) {
			if name == "code" {
				return r.Code, true
			}
			return nil, false
		},
		SetField: func(r *testAccepted, name string, v any) bool {
			x, ok := TryAs[int64](v)
			if ok && name == "code" {
				r.Code = x
				return true
			}
			return false
		},
	})
	RegisterRecord(&RecordType[testPending]{
		Name:     "Pending",
		Fields:   []string{},
		Variant:  true,
		Repr:     func(b []byte, _ *testPending) []byte { return AppendRecord(b, nil) },
		Equal:    func(_, _ *testPending) bool { return true },
		Field:    func(_ *testPending, _ string) (any, bool) { return nil, false },
		SetField: func(_ *testPending, _ string, _ any) bool { return false },
	})
	RegisterSum(&SumType[testReply]{
		Name:     "Reply",
		Variants: []testReply{(*testAccepted)(nil), (*testPending)(nil)},
	})
}

// Variants display and serialise with their names (level2.md §10.5) and
// convert back from both JSON shapes.
func TestSumType(t *testing.T) {
	var a, p testReply = &testAccepted{Code: 201}, &testPending{}
	for _, c := range []struct{ got, want string }{
		{Text(a), `Accepted {"code": 201}`},
		{Text(p), `Pending`},
		{Text(NewList[testReply](a, p)), `[Accepted {"code": 201}, Pending]`},
		{JSONStringify(a), `{"Accepted": {"code": 201}}`},
		{JSONStringify(p), `"Pending"`},
		{TypeOf(a), "Accepted"},
		{typeNameOf[testReply](), "Reply"},
	} {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
	for _, src := range []string{`{"Accepted": {"code": 201}}`, `"Pending"`} {
		back, why := convertTo[testReply](JSONParse(src))
		if why != "" || JSONStringify(back) != src {
			t.Errorf("%s: got %v (%s)", src, back, why)
		}
	}
	for src, want := range map[string]string{
		`{"Accepted": {}}`:       `cannot convert Dictionary to Accepted: missing field "code"`,
		`{"Accepted": 3}`:        `cannot convert Integer to Accepted`,
		`{"Refused": {}}`:        `cannot convert Dictionary to Reply`,
		`"Accepted"`:             `cannot convert String to Reply`,
		`{"a": 1, "Pending": 2}`: `cannot convert Dictionary to Reply`,
	} {
		if _, why := convertTo[testReply](JSONParse(src)); why != want {
			t.Errorf("%s: got %q, want %q", src, why, want)
		}
	}
	if !Equal(a, &testAccepted{Code: 201}) || Equal(a, p) || Equal(p, &testAccepted{}) {
		t.Error("variant equality")
	}
}
