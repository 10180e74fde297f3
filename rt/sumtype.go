package rt

import (
	"reflect"
)

// SumType describes a generated sum type to rt (level2.md §10.5): a Runa
// `Type Payment is` + `| Card with …` lines becomes a sealed Go interface
// Payment, and each variant a record (see RecordType, with Variant set)
// whose pointer implements it. Variants lists one typed nil pointer per
// variant, in declaration order:
//
//	func init() {
//		rt.RegisterSum(&rt.SumType[Payment]{
//			Name:     "Payment",
//			Variants: []Payment{(*Card)(nil), (*Cash)(nil), (*Voucher)(nil)},
//		})
//	}
//
// With it, `x as Payment` reads the JSON shapes of a variant back: the
// string `"Voucher"` for a variant without fields and `{"Card": {…}}` for
// one with fields (Convert).
//
// For generated code only.
type SumType[S any] struct {
	Name     string
	Variants []S
}

// sumDesc is a SumType seen without its type parameter.
type sumDesc interface {
	sumName() string
	// fromShape converts x from a variant's JSON shape; nil, "" when x
	// has neither shape.
	fromShape(x any) (any, string)
}

func (t *SumType[S]) sumName() string { return t.Name }

func (t *SumType[S]) variant(name string) recordDesc {
	for _, v := range t.Variants {
		if d := recordOf(any(v)); d != nil && d.typeName() == name {
			return d
		}
	}
	return nil
}

func (t *SumType[S]) fromShape(x any) (any, string) {
	switch x := resolveFwd(x).(type) {
	case string:
		d := t.variant(x)
		if d == nil || len(d.fieldNames()) > 0 {
			return nil, ""
		}
		return d.fromDict(NewDict[string, any]())
	case anyDict:
		if x.Len() != 1 {
			return nil, ""
		}
		name, ok := x.keysAny()[0].(string)
		if !ok {
			return nil, ""
		}
		d := t.variant(name)
		if d == nil {
			return nil, ""
		}
		fields, _ := x.lookupAny(name)
		r, why := d.fromDict(fields)
		if r == nil && why == "" {
			return nil, "cannot convert " + TypeOf(fields) + " to " + name
		}
		return r, why
	}
	return nil, ""
}

// sums maps a sum type's interface type to its SumType.
var sums registry[sumDesc]

// RegisterSum makes the sum type t known to rt. Registering a type twice
// keeps the first registration.
//
// For generated code only.
func RegisterSum[S any](t *SumType[S]) {
	sums.add(reflect.TypeFor[S](), t)
}

// sumTypeOf returns the SumType of the static type S, else nil.
func sumTypeOf[S any]() sumDesc {
	d, _ := sums.get(reflect.TypeFor[S]())
	return d
}

// NoneOf is the fault of a sum-typed value that holds no variant (a Go
// nil, which no Runa value of a sum type is, but a Go caller may pass):
// `panic(rt.NoneOf("Payment"))` ends a type switch over every variant.
//
// For generated code only.
func NoneOf(sum string) any {
	return &Fault{Err: NewErrorAt(0, KindType, "value is None, not a "+sum)}
}
