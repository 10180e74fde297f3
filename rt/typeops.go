package rt

import (
	"strconv"
	"strings"
)

// The type operations of level2.md §10.6 and §10.7: `type of`, `is of
// type` and `as` conversions.

// TypeOf is `type of x`: the name of x's dynamic type without type
// arguments ("Integer", "List", "Dictionary", a record's name, "Process",
// …); a Number gives the kind it holds.
//
// For generated code only.
func TypeOf(x any) string {
	n := TypeName(x)
	if i := strings.IndexByte(n, '['); i >= 0 {
		n = n[:i]
	}
	switch n {
	case "Future", "Promise":
		return "Awaitable"
	}
	return n
}

// IsOfType is `x is of type A` (or a union of names, `is of type (A OR
// B)`): whether x's dynamic type is one of names. "Number" matches an
// Integer or a Float, "Any" every value.
//
// For generated code only.
func IsOfType(x any, names ...string) bool {
	t := TypeOf(x)
	for _, n := range names {
		switch {
		case n == t, n == "Any":
			return true
		case n == "Number" && (t == "Integer" || t == "Float"):
			return true
		}
	}
	return false
}

// Literals are the members of a literal union (level2.md §10.2).
//
// For generated code only.
type Literals[T comparable] struct {
	Name   string
	Values []T
}

// Has reports whether v is a member.
//
// For generated code only.
func (l *Literals[T]) Has(v T) bool {
	for _, m := range l.Values {
		if m == v {
			return true
		}
	}
	return false
}

// Check returns v when it is a member and faults otherwise (kind "type":
// `"urgent" is not a Level`).
//
// For generated code only.
func (l *Literals[T]) Check(v T) T {
	if !l.Has(v) {
		FaultAt(0, KindType, l.notMember(v))
	}
	return v
}

// IsMember is `x is of type L` for an Any x.
//
// For generated code only.
func (l *Literals[T]) IsMember(x any) bool {
	v, ok := unbox(x).(T)
	return ok && l.Has(v)
}

func (l *Literals[T]) notMember(v T) string {
	return string(AppendRepr(nil, v)) + " is not a " + l.Name
}

// Convert is `x as T` from an Any value (level2.md §10.7): a T is returned
// as is; an Integer converts to Float, a Dictionary to a record (field by
// field, each converted by these rules), a List or Dictionary element by
// element into a new collection. Anything else faults (kind "type",
// `cannot convert Float to Integer`,
// `cannot convert Dictionary to Book: missing field "title"`).
//
// For generated code only.
func Convert[T any](x any) T {
	v, why := convertTo[T](x)
	if why != "" {
		FaultAt(0, KindType, why)
	}
	return v
}

// converter is implemented (on nil receivers too) by *List[T] and
// *Dict[K, V]: the element-wise conversion of x to that type.
type converter interface {
	convertFrom(x any) (v any, ok bool, why string)
}

func convertTo[T any](x any) (T, string) {
	if v, ok := x.(T); ok {
		return v, ""
	}
	var z T
	x = unbox(x)
	if s := sumTypeOf[T](); s != nil {
		r, why := s.fromShape(x)
		if why != "" {
			return z, why
		}
		if r != nil {
			if v, ok := r.(T); ok {
				return v, ""
			}
		}
	} else if d := recordTypeOf[T](); d != nil {
		r, why := d.fromDict(x)
		if why != "" {
			return z, why
		}
		if r != nil {
			return r.(T), ""
		}
	} else if c, ok := any(z).(converter); ok {
		v, ok, why := c.convertFrom(x)
		if why != "" {
			return z, why
		}
		if ok {
			return v.(T), ""
		}
	} else if v, ok := tryAsSlow[T](x); ok {
		return v, ""
	}
	return z, "cannot convert " + TypeOf(x) + " to " + typeNameOf[T]()
}

func (*List[T]) convertFrom(x any) (any, bool, string) {
	if l, ok := x.(*List[T]); ok {
		return l, true, ""
	}
	src, ok := resolveFwd(x).(anyList)
	if !ok {
		return nil, false, ""
	}
	items := src.elemsAny()
	out := make([]T, len(items))
	for i, it := range items {
		v, why := convertTo[T](it)
		if why != "" {
			return nil, false, why + " (item " + strconv.Itoa(i) + ")"
		}
		out[i] = v
	}
	return NewList(out...), true, ""
}

func (*Dict[K, V]) convertFrom(x any) (any, bool, string) {
	if d, ok := x.(*Dict[K, V]); ok {
		return d, true, ""
	}
	src, ok := resolveFwd(x).(anyDict)
	if !ok {
		return nil, false, ""
	}
	keys := src.keysAny()
	out := NewDictCap[K, V](len(keys))
	for _, k := range keys {
		key, why := convertTo[K](k)
		if why != "" {
			return nil, false, why + " (key " + string(AppendRepr(nil, k)) + ")"
		}
		val, _ := src.lookupAny(k)
		v, why := convertTo[V](val)
		if why != "" {
			return nil, false, why + " (key " + string(AppendRepr(nil, k)) + ")"
		}
		out.Set(key, v)
	}
	return out, true, ""
}

// fromDict builds a new record from the entries of a dictionary x with the
// same names as its fields; nil, "" when x is not a dictionary.
func (t *RecordType[T]) fromDict(x any) (any, string) {
	d, ok := resolveFwd(x).(anyDict)
	if !ok {
		return nil, ""
	}
	r := new(T)
	for _, name := range t.Fields {
		v, present := d.lookupAny(name)
		if !present {
			if !t.SetField(r, name, nil) {
				return nil, "cannot convert Dictionary to " + t.Name + ": missing field " + strconv.Quote(name)
			}
			continue
		}
		if !t.SetField(r, name, v) {
			return nil, "cannot convert Dictionary to " + t.Name + ": field " + strconv.Quote(name) + " cannot hold " + TypeOf(v)
		}
	}
	return r, ""
}

// MemberOf returns the Any value x when its dynamic type is one of names,
// the members of the type union called union, and faults otherwise (kind
// "type": `Boolean is not a member of Reading`).
//
// For generated code only.
func MemberOf(x any, union string, names ...string) any {
	if !IsOfType(x, names...) {
		FaultAt(0, KindType, TypeOf(x)+" is not a member of "+union)
	}
	return x
}

// AsOperand is As for the Any operand of a Level 2 operation: a value that
// is no T faults naming the operation (kind "type": `split by needs a
// String, not Integer`).
//
// For generated code only.
func AsOperand[T any](x any, op string) T {
	if v, ok := TryAs[T](x); ok {
		return v
	}
	want := typeNameOf[T]()
	article := "a "
	if strings.ContainsRune("AEIOU", rune(want[0])) {
		article = "an "
	}
	FaultAt(0, KindType, op+" needs "+article+want+", not "+TypeName(x))
	var zero T
	return zero
}

// Predicate is the result of a Filter predicate held as an Any: it must be
// a Boolean (kind "type": `Filter predicate gave Integer, not a Boolean`).
//
// For generated code only.
func Predicate(x any) bool {
	v, ok := unbox(x).(bool)
	if !ok {
		FaultAt(0, KindType, "Filter predicate gave "+TypeName(x)+", not a Boolean")
	}
	return v
}
