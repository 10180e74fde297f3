package rt

import (
	"fmt"
	"strings"
)

// Value is implemented by the rt collections (*List, *Dict), DateTime and
// the records of rt/std: display and deep equality of non-scalar values go
// through these methods. Generated record structs have no methods; rt
// reaches them through their RecordType (see RegisterRecord). rt never
// inspects values through reflection.
//
// For generated code only.
type Value interface {
	// AppendRepr appends the nested display text of the value (spec §6.4):
	// the form it has inside a collection, where strings are quoted.
	AppendRepr(b []byte) []byte
	// EqualValue reports deep equality with other (spec §6.3). other is
	// any dynamic value; a value of an unrelated type is simply unequal.
	EqualValue(other any) bool
}

// Indexer is implemented by values that `x[k]` and `Set x[k] to v` work on
// when x is an Any: *List (Integer positions) and *Dict (keys). Both
// methods fault (kind "index", "key" or "type") positioned at their caller.
//
// For generated code only.
type Indexer interface {
	IndexAny(k any) any
	SetIndexAny(k, v any)
}

// Fielder is implemented by the records of rt/std (generated records go
// through their RecordType) so that member access on an Any value, JSON
// and generic display work without reflection.
//
// FieldNames returns the Runa field names in declaration order; the slice
// is shared and must not be modified. FieldAny returns a field's value
// boxed as Any (an Optional scalar field boxes to nil when None) and false
// for an unknown name. SetFieldAny stores v into the field and returns
// false when there is no such field or v does not fit the field's type
// (generated code uses TryAs to check); it never faults.
//
// For generated code only.
type Fielder interface {
	FieldAny(name string) (any, bool)
	SetFieldAny(name string, v any) bool
	FieldNames() []string
}

// Typed is implemented by values whose Runa type name rt cannot determine
// on its own: rt/std records (their type name), the async types
// ("Awaitable[Integer]", "Generator[String]", "CancelToken") and the rt
// collections ("List[Integer]"). RunaType must work on a nil receiver, as
// rt calls it on zero values to name static types in error messages.
//
// For generated code only.
type Typed interface {
	RunaType() string
}

// Record is the full contract of a hand-written record type (rt/std):
// display and equality, field access by name and its type name. See
// AppendFields and EqualFields. Generated records use RecordType instead.
//
// For generated code only.
type Record interface {
	Value
	Fielder
	Typed
}

// reprer is the part of Value that display needs; async types that only
// need a fixed display text (`<awaitable>`) implement just this.
type reprer interface {
	AppendRepr(b []byte) []byte
}

// equaler is the part of Value that Equal needs.
type equaler interface {
	EqualValue(other any) bool
}

// boxer is implemented by Number and Opt: wrapper value types that are
// normalised to their plain dynamic value (int64, float64, nil, …) wherever
// rt meets them inside an Any.
type boxer interface {
	Box() any
}

// unbox normalises a Number or Opt held in an Any to its plain value;
// every other value is returned as is.
func unbox(x any) any {
	if bx, ok := x.(boxer); ok {
		return bx.Box()
	}
	return x
}

// TypeName returns the Runa type name of a dynamic value, as run-time type
// errors print it: "Integer", "Float", "String", "Boolean", "None",
// "List[Integer]", "Dictionary[String, Any]", a record's name, "Error",
// "DateTime", or what a Typed value reports. A Go func value (a process
// value) is "Process".
//
// For generated code only.
func TypeName(x any) string {
	switch v := x.(type) {
	case nil:
		return "None"
	case int64, int:
		return "Integer"
	case float64:
		return "Float"
	case string:
		return "String"
	case bool:
		return "Boolean"
	case Number:
		if v.IsFloat() {
			return "Float"
		}
		return "Integer"
	case Typed:
		return v.RunaType()
	case boxer:
		return TypeName(v.Box())
	case error:
		return "Error"
	}
	if d := recordOf(x); d != nil {
		return d.typeName()
	}
	if strings.HasPrefix(fmt.Sprintf("%T", x), "func(") {
		return "Process"
	}
	return fmt.Sprintf("%T", x)
}

// typeNameOf names the static Go type T in Runa terms ("Integer",
// "List[String]", "Optional[Float]", "Any", a record name, …). It is used
// only to build error messages.
func typeNameOf[T any]() string {
	var z T
	switch any(&z).(type) {
	case *int64:
		return "Integer"
	case *float64:
		return "Float"
	case *string:
		return "String"
	case *bool:
		return "Boolean"
	case *Number:
		return "Number"
	case *any:
		return "Any"
	case *error, **Error:
		return "Error"
	}
	if d := recordTypeOf[T](); d != nil {
		return d.typeName()
	}
	if s := sumTypeOf[T](); s != nil {
		return s.sumName()
	}
	if t, ok := any(z).(Typed); ok {
		return t.RunaType()
	}
	if o, ok := any(z).(optTyped); ok {
		return o.optTypeName()
	}
	return TypeName(any(z))
}
