package rt

import (
	"reflect"
)

// RecordType describes a generated record type to rt: a Runa record
// `Type Span is Dictionary with: start as Integer, stop as Integer`
// becomes a plain Go struct used by pointer (*Span) with no methods, and
// rt displays, compares and reads or writes fields of it by name (for Any
// values and JSON) through its RecordType. Generated code registers one
// per record type from an init function:
//
//	func init() {
//		rt.RegisterRecord(&rt.RecordType[Span]{
//			Name:   "Span",
//			Fields: spanFields,
//			Repr: func(b []byte, r *Span) []byte {
//				return rt.AppendRecord(b, spanFields, r.Start, r.Stop)
//			},
//			Equal: func(r, p *Span) bool { return r.Start == p.Start && r.Stop == p.Stop },
//			Field: func(r *Span, name string) (any, bool) { … },
//			SetField: func(r *Span, name string, v any) bool { … },
//		})
//	}
//
// rt handles nil pointers (None) and values met again inside themselves
// before calling Repr and Equal, so those see two non-nil records. Field
// returns a field's value boxed as Any (an Optional scalar boxes to nil
// when None) and false for an unknown name; SetField stores v and returns
// false for an unknown name or a value that does not fit (leaving the field
// unchanged). Fields are the Runa field names in declaration order, shared
// and never modified.
//
// A variant of a sum type (level2.md §10.5) sets Variant: its display text
// is prefixed by its name (`Cash {"amount": 4.5}`, and `Pending` alone for
// a variant without fields) and its JSON is wrapped in its name
// (`{"Cash": {"amount": 4.5}}`, `"Pending"`); Repr gives the braces part
// as for any record.
//
// For generated code only.
type RecordType[T any] struct {
	Name     string
	Fields   []string
	Variant  bool
	Repr     func(b []byte, r *T) []byte
	Equal    func(r, p *T) bool
	Field    func(r *T, name string) (any, bool)
	SetField func(r *T, name string, v any) bool
}

// recordDesc is a RecordType seen without its type parameter: the
// operations on a *T held in an Any.
type recordDesc interface {
	typeName() string
	fieldNames() []string
	isNil(x any) bool
	appendRepr(b []byte, x any) []byte
	equalValue(x, other any) bool
	fieldAny(x any, name string) (any, bool)
	setFieldAny(x any, name string, v any) bool
	copyValue(x any) any
	fromDict(x any) (any, string)
	isVariant() bool
}

func (t *RecordType[T]) isVariant() bool { return t.Variant }

func (t *RecordType[T]) typeName() string     { return t.Name }
func (t *RecordType[T]) fieldNames() []string { return t.Fields }

func (t *RecordType[T]) isNil(x any) bool {
	r, _ := x.(*T)
	return r == nil
}

func (t *RecordType[T]) appendRepr(b []byte, x any) []byte {
	r, _ := x.(*T)
	if r == nil {
		return append(b, "None"...)
	}
	if t.Variant {
		b = append(b, t.Name...)
		if len(t.Fields) == 0 {
			return b
		}
		b = append(b, ' ')
	}
	return t.Repr(b, r)
}

func (t *RecordType[T]) equalValue(x, other any) bool {
	r, _ := x.(*T)
	p, ok := other.(*T)
	if !ok {
		return t.equalInstance(r, other)
	}
	return r != nil && p != nil && (r == p || t.Equal(r, p))
}

// equalInstance compares r with a record of another Go type: two
// instances of one generic record (Box[Integer] and Box[Number], level2.md
// §10.4) are equal when their fields are, by name.
func (t *RecordType[T]) equalInstance(r *T, other any) bool {
	d := recordOf(other)
	if r == nil || d == nil || d.isNil(other) || d.typeName() != t.Name || len(d.fieldNames()) != len(t.Fields) {
		return false
	}
	for _, name := range t.Fields {
		a, _ := t.Field(r, name)
		b, ok := d.fieldAny(other, name)
		if !ok || !Equal(a, b) {
			return false
		}
	}
	return true
}

func (t *RecordType[T]) fieldAny(x any, name string) (any, bool) {
	r, _ := x.(*T)
	if r == nil {
		return nil, false
	}
	return t.Field(r, name)
}

func (t *RecordType[T]) copyValue(x any) any {
	r, _ := x.(*T)
	c := *r
	return &c
}

func (t *RecordType[T]) setFieldAny(x any, name string, v any) bool {
	r, _ := x.(*T)
	if r == nil {
		return false
	}
	return t.SetField(r, name, v)
}

// records maps *T to the RecordType of T.
var records registry[recordDesc]

// RegisterRecord makes the record type t known to rt. Registering a type
// twice keeps the first registration.
//
// For generated code only.
func RegisterRecord[T any](t *RecordType[T]) {
	records.add(reflect.TypeFor[*T](), t)
}

// recordOf returns the RecordType of x's dynamic type when x is a
// registered record (nil or not), else nil.
func recordOf(x any) recordDesc {
	d, _ := records.get(reflect.TypeOf(x))
	return d
}

// recordTypeOf returns the RecordType of the static type T (a *R of a
// registered record R), else nil.
func recordTypeOf[T any]() recordDesc {
	d, _ := records.get(reflect.TypeFor[T]())
	return d
}

// RecordRegistered reports whether the record type T is registered: the
// registration of a generic record's instance, made when a generic body
// builds one, is then skipped.
//
// For generated code only.
func RecordRegistered[T any]() bool {
	_, ok := records.get(reflect.TypeFor[*T]())
	return ok
}
