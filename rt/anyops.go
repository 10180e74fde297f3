package rt

import (
	"strings"
	"unicode/utf8"
)

// This file implements the operators on Any values (spec §5): each checks
// the dynamic types at run time and faults with kind "type" naming both
// operand types, positioned at the generated line that called it.
// Number and Opt values met inside an Any are treated as the value they
// hold.

// AnyAdd implements `a plus b` on Any operands (numbers only; text is
// joined with `followed by`).
//
// For generated code only.
func AnyAdd(a, b any) any {
	if r, ok := numOp(a, b, opAdd); ok {
		return r
	}
	FaultAt(0, KindType, binaryMsg("add", a, b))
	return nil
}

// AnySub implements `a minus b` on Any operands.
//
// For generated code only.
func AnySub(a, b any) any {
	if r, ok := numOp(a, b, opSub); ok {
		return r
	}
	FaultAt(0, KindType, binaryMsg("subtract", a, b))
	return nil
}

// AnyMul implements `a multiplied by b` on Any operands.
//
// For generated code only.
func AnyMul(a, b any) any {
	if r, ok := numOp(a, b, opMul); ok {
		return r
	}
	FaultAt(0, KindType, binaryMsg("multiply", a, b))
	return nil
}

// AnyDiv implements `a divided by b` on Any operands: always a Float; a
// zero divisor faults (kind "arithmetic", "division by zero").
//
// For generated code only.
func AnyDiv(a, b any) any {
	x, xok := toNumber(a)
	y, yok := toNumber(b)
	if !xok || !yok {
		FaultAt(0, KindType, binaryMsg("divide", a, b))
	}
	d := y.Float64()
	if d == 0 {
		FaultAt(0, KindArithmetic, "division by zero")
	}
	return x.Float64() / d
}

// AnyMod implements `a modulo b` on Any operands (Python sign-of-divisor
// modulo); a zero divisor faults (kind "arithmetic", "modulo by zero").
//
// For generated code only.
func AnyMod(a, b any) any {
	x, xok := toNumber(a)
	y, yok := toNumber(b)
	if !xok || !yok {
		FaultAt(0, KindType, binaryMsg("take the modulo of", a, b))
	}
	if y.Float64() == 0 {
		FaultAt(0, KindArithmetic, "modulo by zero")
	}
	if !x.IsFloat() && !y.IsFloat() {
		return modInt(x.Int64(), y.Int64())
	}
	return modFloat(x.Float64(), y.Float64())
}

// AnyNeg implements unary minus on an Any operand.
//
// For generated code only.
func AnyNeg(a any) any {
	switch x := unbox(a).(type) {
	case int64:
		return -x
	case float64:
		return -x
	}
	FaultAt(0, KindType, "cannot negate "+TypeName(a))
	return nil
}

// AnyConcat implements `a followed by b` on Any operands: the display
// texts joined.
//
// For generated code only.
func AnyConcat(a, b any) string { return Text(a) + Text(b) }

// AnyCompare orders two Any values for `is less than` and friends:
// numbers by value (exactly across Integer and Float), strings by code
// point, DateTimes by instant; -1, 0 or +1. Other operands fault (kind
// "type", "cannot compare List[Integer] and Integer"). A NaN operand
// compares as 0; AnyLess and AnyLessEq give Python's false for NaN.
//
// For generated code only.
func AnyCompare(a, b any) int {
	c, _, f := anyCmp(a, b)
	if f.kind != "" {
		FaultAt(0, f.kind, f.msg)
	}
	return c
}

// AnyLess reports a < b for Any operands (see AnyCompare).
//
// For generated code only.
func AnyLess(a, b any) bool {
	c, ok, f := anyCmp(a, b)
	if f.kind != "" {
		FaultAt(0, f.kind, f.msg)
	}
	return ok && c < 0
}

// AnyLessEq reports a <= b for Any operands (see AnyCompare).
//
// For generated code only.
func AnyLessEq(a, b any) bool {
	c, ok, f := anyCmp(a, b)
	if f.kind != "" {
		FaultAt(0, f.kind, f.msg)
	}
	return ok && c <= 0
}

func anyCmp(a, b any) (int, bool, opFailure) {
	if x, ok := toNumber(a); ok {
		if y, ok := toNumber(b); ok {
			c, ok := x.cmp(y)
			return c, ok, opFailure{}
		}
	}
	switch x := a.(type) {
	case string:
		if y, ok := b.(string); ok {
			return strings.Compare(x, y), true, opFailure{}
		}
	case DateTime:
		if y, ok := b.(DateTime); ok {
			return x.T.Compare(y.T), true, opFailure{}
		}
	}
	return 0, false, opFailure{KindType, binaryMsg("compare", a, b)}
}

// AnyIndex implements `x[k]` on an Any x: a list position, a dictionary
// key, a record field (a String key) or a character of a string.
//
// For generated code only.
func AnyIndex(x, k any) any {
	switch c := x.(type) {
	case anyList:
		v, f := c.indexAny(k)
		if f.kind != "" {
			FaultAt(0, f.kind, f.msg)
		}
		return v
	case anyDict:
		v, f := c.indexAny(k)
		if f.kind != "" {
			FaultAt(0, f.kind, f.msg)
		}
		return v
	case string:
		i, ok := indexKey(k)
		if !ok {
			FaultAt(0, KindType, "string index must be Integer, got "+TypeName(k))
		}
		ch, ok := charAt(c, i)
		if !ok {
			FaultAt(0, KindIndex, "string index "+itoa(i)+" out of range for length "+itoa(int64(utf8.RuneCountInString(c))))
		}
		return ch
	case Fielder:
		name, ok := k.(string)
		if !ok {
			FaultAt(0, KindType, "cannot index "+TypeName(x)+" with "+TypeName(k))
		}
		v, ok := c.FieldAny(name)
		if !ok {
			FaultAt(0, KindKey, noField(x, name))
		}
		return v
	case Indexer:
		return c.IndexAny(k)
	}
	if d := recordOf(x); d != nil {
		name, ok := k.(string)
		if !ok {
			FaultAt(0, KindType, "cannot index "+TypeName(x)+" with "+TypeName(k))
		}
		return recordField(d, x, name)
	}
	FaultAt(0, KindType, "cannot index "+TypeName(x))
	return nil
}

// AnySetIndex implements `Set x[k] to v` on an Any x (a list, dictionary
// or record).
//
// For generated code only.
func AnySetIndex(x, k, v any) {
	switch c := x.(type) {
	case anyList:
		if f := c.setIndexAny(k, v); f.kind != "" {
			FaultAt(0, f.kind, f.msg)
		}
		return
	case anyDict:
		if f := c.setIndexAny(k, v); f.kind != "" {
			FaultAt(0, f.kind, f.msg)
		}
		return
	case Fielder:
		name, ok := k.(string)
		if !ok {
			FaultAt(0, KindType, "cannot index "+TypeName(x)+" with "+TypeName(k))
		}
		if f := setField(c, name, v); f.kind != "" {
			FaultAt(0, f.kind, f.msg)
		}
		return
	case Indexer:
		c.SetIndexAny(k, v)
		return
	}
	if d := recordOf(x); d != nil {
		name, ok := k.(string)
		if !ok {
			FaultAt(0, KindType, "cannot index "+TypeName(x)+" with "+TypeName(k))
		}
		setRecordField(d, x, name, v)
		return
	}
	FaultAt(0, KindType, "cannot set an element of "+TypeName(x))
}

// AnyField implements `x.name` on an Any x: a record field, an error's
// `message` or `kind`, or the entry of a dictionary with String keys.
//
// For generated code only.
func AnyField(x any, name string) any {
	switch c := x.(type) {
	case Fielder:
		if v, ok := c.FieldAny(name); ok {
			return v
		}
	case *Error:
		switch name {
		case "message":
			return c.Message
		case "kind":
			return c.Kind
		}
	case error:
		switch name {
		case "message":
			return ErrorMessage(c)
		case "kind":
			return ErrorKind(c)
		}
	case anyDict:
		if v, ok := c.lookupAny(name); ok {
			return v
		}
		FaultAt(0, KindKey, missingKey(name))
	case nil:
		FaultAt(0, KindType, "cannot read field \""+name+"\" of None")
	}
	if d := recordOf(x); d != nil {
		return recordField(d, x, name)
	}
	FaultAt(0, KindKey, noField(x, name))
	return nil
}

// AnySetField implements `Set x.name to v` on an Any x (a record, or a
// dictionary with String keys).
//
// For generated code only.
func AnySetField(x any, name string, v any) {
	switch c := x.(type) {
	case Fielder:
		if f := setField(c, name, v); f.kind != "" {
			FaultAt(0, f.kind, f.msg)
		}
		return
	case anyDict:
		if f := c.setIndexAny(name, v); f.kind != "" {
			FaultAt(0, f.kind, f.msg)
		}
		return
	}
	if d := recordOf(x); d != nil {
		setRecordField(d, x, name, v)
		return
	}
	FaultAt(0, KindType, "cannot set field \""+name+"\" of "+TypeName(x))
}

func setField(r Fielder, name string, v any) opFailure {
	if r.SetFieldAny(name, v) {
		return opFailure{}
	}
	for _, n := range r.FieldNames() {
		if n == name {
			return opFailure{KindType, "cannot set field \"" + name + "\" of " + TypeName(r) + " to " + TypeName(v)}
		}
	}
	return opFailure{KindKey, noField(r, name)}
}

// recordField is x.name of a generated record x (None faults).
func recordField(d recordDesc, x any, name string) any {
	if d.isNil(x) {
		FaultAt(0, KindType, "cannot read field \""+name+"\" of None")
	}
	v, ok := d.fieldAny(x, name)
	if !ok {
		FaultAt(0, KindKey, noField(x, name))
	}
	return v
}

// setRecordField is `Set x.name to v` of a generated record x.
func setRecordField(d recordDesc, x any, name string, v any) {
	if d.isNil(x) {
		FaultAt(0, KindType, "cannot set field \""+name+"\" of None")
	}
	if d.setFieldAny(x, name, v) {
		return
	}
	for _, n := range d.fieldNames() {
		if n == name {
			FaultAt(0, KindType, "cannot set field \""+name+"\" of "+TypeName(x)+" to "+TypeName(v))
		}
	}
	FaultAt(0, KindKey, noField(x, name))
}

func noField(x any, name string) string {
	return TypeName(x) + " has no field \"" + name + "\""
}

// AnyLen implements `length of x` on an Any x: characters of a string,
// items of a list, entries of a dictionary.
//
// For generated code only.
func AnyLen(x any) int64 {
	switch c := x.(type) {
	case string:
		return int64(utf8.RuneCountInString(c))
	case anyList:
		return c.Len()
	case anyDict:
		return c.Len()
	}
	FaultAt(0, KindType, "cannot take the length of "+TypeName(x))
	return 0
}

// AnyContains implements `x contains v` on an Any x: a deep-equal element
// of a list, a key of a dictionary, a substring of a string.
//
// For generated code only.
func AnyContains(x, v any) bool {
	switch c := x.(type) {
	case anyList:
		return c.containsAny(unbox(v))
	case anyDict:
		_, ok := c.lookupAny(unbox(v))
		return ok
	case string:
		s, ok := v.(string)
		if !ok {
			FaultAt(0, KindType, "cannot look for "+TypeName(v)+" in String")
		}
		return strings.Contains(c, s)
	}
	FaultAt(0, KindType, "cannot look for "+TypeName(v)+" in "+TypeName(x))
	return false
}

// AnyAddTo implements `Add v to x` on an Any x, which must be a list whose
// element type accepts v.
//
// For generated code only.
func AnyAddTo(x, v any) {
	c, ok := x.(anyList)
	if !ok {
		FaultAt(0, KindType, "cannot add to "+TypeName(x))
	}
	if !c.addAny(v) {
		FaultAt(0, KindType, "cannot add "+TypeName(v)+" to "+TypeName(x))
	}
}

// AnyRemove implements `Remove v from x` on an Any x: the first equal
// element of a list or a key of a dictionary; a missing one faults (kind
// "key").
//
// For generated code only.
func AnyRemove(x, v any) {
	switch c := x.(type) {
	case anyList:
		if !c.removeAny(unbox(v)) {
			FaultAt(0, KindKey, "value not in list")
		}
		return
	case anyDict:
		if !c.deleteAny(unbox(v)) {
			FaultAt(0, KindKey, missingKey(v))
		}
		return
	}
	FaultAt(0, KindType, "cannot remove from "+TypeName(x))
}

// Truthy is the truth of an Any value used as a condition (spec §6.3):
// None, false, 0, 0.0, "" and empty collections are false; everything else
// is true.
//
// For generated code only.
func Truthy(x any) bool {
	switch v := x.(type) {
	case nil:
		return false
	case bool:
		return v
	case int64:
		return v != 0
	case float64:
		return v != 0
	case string:
		return v != ""
	case anyList:
		return v.Len() != 0
	case anyDict:
		return v.Len() != 0
	case boxer:
		return Truthy(v.Box())
	case int:
		return v != 0
	}
	return true
}

// AnyIter returns what `For each` over an Any value visits: the elements
// of a list, the keys of a dictionary (insertion order) or the characters
// of a string, as a snapshot. Other values fault (kind "type").
//
// For generated code only.
func AnyIter(x any) []any {
	switch c := x.(type) {
	case anyList:
		return c.elemsAny()
	case anyDict:
		return c.keysAny()
	case string:
		out := make([]any, 0, len(c))
		for _, ch := range Chars(c) {
			out = append(out, ch)
		}
		return out
	}
	FaultAt(0, KindType, "cannot iterate over "+TypeName(x))
	return nil
}

// As converts an Any value to the static type T (the run-time check of
// spec §5): a value of type T is returned as is; an Integer converts to
// Float; an Integer or Float to Number; None or a fitting value to an
// Optional scalar (Opt); a List[Any] or a Dictionary with Any values to a
// typed collection whose every element fits, sharing its items (see
// typedview.go). Anything else faults (kind "type", "expected Integer, got
// String") at the caller. None converts only to Any and Opt:
// use AsOrNil for an Optional record or collection.
//
// For generated code only.
func As[T any](x any) T {
	if v, ok := x.(T); ok {
		return v
	}
	v, ok := tryAsSlow[T](x)
	if !ok {
		faultExpected[T](x)
	}
	return v
}

// faultExpected faults for a failed As: "expected List[String], got
// List[Any]", with the element that did not fit when x is a collection.
func faultExpected[T any](x any) {
	msg := expectedMsg[T](x)
	var zero T
	if c, ok := any(zero).(collTyped); ok {
		if _, _, why := c.collFromAny(x, true); why != "" {
			msg += " (" + why + ")"
		}
	}
	FaultAt(0, KindType, msg)
}

// AsOrNil is As for an Optional record or collection (a nil pointer for
// None): None gives the zero T.
//
// For generated code only.
func AsOrNil[T any](x any) T {
	if v, ok := x.(T); ok {
		return v
	}
	if isNone(x) {
		var zero T
		return zero
	}
	v, ok := tryAsSlow[T](x)
	if !ok {
		faultExpected[T](x)
	}
	return v
}

// TryAs is As without the fault: it reports whether x converts to T.
// Generated SetFieldAny methods use it.
//
// For generated code only.
func TryAs[T any](x any) (T, bool) {
	if v, ok := x.(T); ok {
		return v, true
	}
	return tryAsSlow[T](x)
}

// TryAsOrNil is TryAs for an Optional record or collection field: None
// converts to the zero T (a nil pointer). Generated SetFieldAny methods
// use it for Optional fields that are pointers.
//
// For generated code only.
func TryAsOrNil[T any](x any) (T, bool) {
	if v, ok := x.(T); ok {
		return v, true
	}
	if isNone(x) {
		var zero T
		return zero, true
	}
	return tryAsSlow[T](x)
}

func tryAsSlow[T any](x any) (T, bool) {
	var z T
	x = unbox(x)
	switch p := any(&z).(type) {
	case *any:
		*p = x
		return z, true
	case *float64:
		if i, ok := x.(int64); ok {
			*p = float64(i)
			return z, true
		}
	case *Number:
		switch v := x.(type) {
		case int64:
			*p = Int(v)
			return z, true
		case float64:
			*p = Float(v)
			return z, true
		}
	case *int64:
		if i, ok := x.(int); ok {
			*p = int64(i)
			return z, true
		}
	}
	if v, ok := x.(T); ok {
		return v, true
	}
	if o, ok := any(z).(optTyped); ok {
		if v, ok := o.fromAny(x); ok {
			return v.(T), true
		}
	}
	if c, ok := any(z).(collTyped); ok {
		v, ok, _ := convertColl[T](c, x)
		return v, ok
	}
	// A record or sum type converts from a dictionary or a variant's JSON
	// shape, as collections convert element-wise above: a record field of
	// such a type, set from a dictionary that `as` converts, takes one
	// (level2.md §10.7 rule 4).
	if s := sumTypeOf[T](); s != nil {
		if r, _ := s.fromShape(x); r != nil {
			v, ok := r.(T)
			return v, ok
		}
	} else if d := recordTypeOf[T](); d != nil {
		if r, _ := d.fromDict(x); r != nil {
			v, ok := r.(T)
			return v, ok
		}
	}
	return z, false
}

func expectedMsg[T any](x any) string {
	return "expected " + typeNameOf[T]() + ", got " + TypeName(x)
}

// toNumber reads an Any as a number.
func toNumber(x any) (Number, bool) {
	switch v := x.(type) {
	case int64:
		return Int(v), true
	case float64:
		return Float(v), true
	case Number:
		return v, true
	case int:
		return Int(int64(v)), true
	}
	return Number{}, false
}

type numOpKind uint8

const (
	opAdd numOpKind = iota
	opSub
	opMul
)

func numOp(a, b any, op numOpKind) (any, bool) {
	if x, ok := a.(int64); ok {
		if y, ok := b.(int64); ok {
			switch op {
			case opAdd:
				return x + y, true
			case opSub:
				return x - y, true
			}
			return x * y, true
		}
	}
	x, xok := toNumber(a)
	y, yok := toNumber(b)
	if !xok || !yok {
		return nil, false
	}
	switch op {
	case opAdd:
		return x.Add(y).Box(), true
	case opSub:
		return x.Sub(y).Box(), true
	}
	return x.Mul(y).Box(), true
}

func binaryMsg(verb string, a, b any) string {
	msg := "cannot " + verb + " " + TypeName(a) + " and " + TypeName(b)
	if verb == "add" {
		_, as := a.(string)
		_, bs := b.(string)
		if as || bs {
			msg += " (use \"followed by\" to join text)"
		}
	}
	return msg
}
