package check

import (
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Type is a Runa static type (spec §5). Composite types refer to their
// element types through *TVar cells so that every alias of a collection
// shares one element type (collections are invariant).
type Type interface {
	String() string
}

// BasicKind enumerates the scalar and opaque built-in types.
type BasicKind int

const (
	KUnknown BasicKind = iota // nothing flowed here (yet)
	KInteger
	KFloat
	KNumber // Integer ⊔ Float
	KString
	KBoolean
	KNone
	KAny
	KDateTime
	KError
	KCancelToken
)

// Basic is a scalar or opaque built-in type.
type Basic struct{ Kind BasicKind }

var basicNames = [...]string{
	KUnknown: "Unknown", KInteger: "Integer", KFloat: "Float", KNumber: "Number",
	KString: "String", KBoolean: "Boolean", KNone: "None", KAny: "Any",
	KDateTime: "DateTime", KError: "Error", KCancelToken: "CancelToken",
}

func (b *Basic) String() string { return basicNames[b.Kind] }

// The basic types (singletons: compare with ==).
var (
	Unknown     = &Basic{KUnknown}
	Integer     = &Basic{KInteger}
	Float       = &Basic{KFloat}
	Number      = &Basic{KNumber}
	String      = &Basic{KString}
	Boolean     = &Basic{KBoolean}
	NoneType    = &Basic{KNone}
	AnyType     = &Basic{KAny}
	DateTime    = &Basic{KDateTime}
	ErrorType   = &Basic{KError}
	CancelToken = &Basic{KCancelToken}
)

// List is List[Elem].
type List struct{ Elem *TVar }

func (t *List) String() string { return "List[" + t.Elem.Type().String() + "]" }

// Dict is Dictionary[Key, Val].
type Dict struct{ Key, Val *TVar }

func (t *Dict) String() string {
	return "Dictionary[" + t.Key.Type().String() + ", " + t.Val.Type().String() + "]"
}

// Record is a declared record type (`Type N is Dictionary with:`) or a
// built-in one (HttpResponse).
type Record struct {
	// Name is the record's key (modules.go): its name as declared, after
	// "MODULE." when an imported file declares it.
	Name string
	// Module is the path of the imported file that declares it ("" for
	// the program file and built-in records).
	Module  string
	Fields  []*Field
	Decl    *ast.TypeDecl // nil for built-in records and variants
	Builtin bool
	// Sum is the sum type of a variant (level2.md §10.5), else nil;
	// Variant is then the variant's line of the sum's declaration.
	Sum     *Sum
	Variant *ast.Variant
	// Params are the type parameters of a generic record declaration
	// (level2.md §10.4).
	Params []*TypeParam
	// Generic is the generic record type this one instantiates with Args
	// (level2.md §10.4); nil for a record that is not an instance. The
	// Args are inference cells: instances join argument-wise.
	Generic *Record
	Args    []*TVar
}

// Field is a record field.
type Field struct {
	Name string
	Type Type
}

func (t *Record) String() string {
	if t.Generic != nil {
		return instanceString(t)
	}
	return t.Name
}

// AllFields are the record's fields in declaration order; an instance's
// have its current type arguments substituted.
func (t *Record) AllFields() []*Field {
	if t.Generic != nil {
		return instanceFields(t)
	}
	return t.Fields
}

// Field returns the field called name, or nil.
func (t *Record) Field(name string) *Field {
	for _, f := range t.AllFields() {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Optional is Optional[Elem]; Elem is never None, Any, Unknown or Optional.
type Optional struct{ Elem Type }

func (t *Optional) String() string { return "Optional[" + t.Elem.String() + "]" }

// Awaitable is Awaitable[Elem]: an un-awaited async call, a promise, ….
type Awaitable struct{ Elem *TVar }

func (t *Awaitable) String() string { return "Awaitable[" + t.Elem.Type().String() + "]" }

// Generator is Generator[Elem], the value of an async generator call.
type Generator struct{ Elem *TVar }

func (t *Generator) String() string { return "Generator[" + t.Elem.Type().String() + "]" }

// Manager is the value of an async context manager call, consumed by With.
type Manager struct {
	Elem *TVar
}

func (t *Manager) String() string { return "ContextManager[" + t.Elem.Type().String() + "]" }

// Func is a process type: parameter names and types in order, result type,
// and the kind of process (structural, spec §5).
type Func struct {
	Names  []string
	Params []*TVar
	Result *TVar
	Kind   ast.ProcKind
	// Named is set for the type of a declared process or a Lambda: two
	// different such processes in one slot make it Any (each keeps its
	// own type), while call-site and callback types unify with them.
	Named bool
	// NoNames is set for a process type written as a function type
	// (level2.md §4.4): calls through it must pass arguments in order.
	NoNames bool
	// Placeholder is set for the type made at a call site whose arguments
	// are (some of them) positional: its names are placeholders, and the
	// first process type with real names that joins it gives its names.
	Placeholder bool
}

func (t *Func) String() string {
	return funcString(t, 0)
}

// funcString spells a process type; nesting is cut off (types are finite
// after breakCycles, but diagnostics may be asked for one before).
func funcString(t *Func, depth int) string {
	if depth > 4 {
		return "Process(…)"
	}
	var b strings.Builder
	b.WriteString(t.Kind.String())
	b.WriteString("(")
	for i, p := range t.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		if !t.NoNames {
			b.WriteString(t.Names[i])
			b.WriteString(" ")
		}
		b.WriteString(typeString(p.Type(), depth+1))
	}
	b.WriteString(") ")
	b.WriteString(typeString(t.Result.Type(), depth+1))
	return b.String()
}

// typeString spells t, cutting off deeply nested process types.
func typeString(t Type, depth int) string {
	if f, ok := t.(*Func); ok {
		return funcString(f, depth)
	}
	if depth > 8 {
		return "…"
	}
	return t.String()
}

// TVar is an inference cell: the join of every type that flowed into a
// slot (a variable, a parameter, a result, a collection's element type).
// Cells are unified (union-find) when collections alias each other.
type TVar struct {
	parent *TVar
	t      Type
	// sawAny records that an Any value flowed in; per spec §5 it does not
	// widen the slot (the value is checked at run time), unless nothing
	// else ever flows in.
	sawAny bool
	// fixed slots carry a trusted annotation: flows never change them.
	fixed bool
	// Name and Pos describe the slot for `check --strict`.
	Name string
	Pos  ast.Pos
	// The marks of breakCycles' walk, valid while visit equals the
	// walk's generation: onPath while the cell is being visited, height
	// once done.
	visit  uint32
	onPath bool
	height int32
}

// slotKey identifies a named inference slot across checker runs (see forced).
type slotKey struct {
	name string
	pos  ast.Pos
}

// newTVar makes a named inference cell. A slot that an earlier run found
// to hold processes of different shapes starts as a fixed Any (see Check).
func (c *checker) newTVar(name string, pos ast.Pos) *TVar {
	v := &TVar{t: Unknown, Name: name, Pos: pos}
	if c.forced[slotKey{name, pos}] {
		v.t, v.fixed = AnyType, true
	}
	c.slots = append(c.slots, v)
	return v
}

func (v *TVar) find() *TVar {
	for v.parent != nil {
		if v.parent.parent != nil {
			v.parent = v.parent.parent
		}
		v = v.parent
	}
	return v
}

// Type returns the slot's current type: Any when only Any values flowed
// in, Unknown when nothing did.
func (v *TVar) Type() Type {
	r := v.find()
	if r.sawAny && (r.t == Unknown || r.t == NoneType) {
		// Only Any (and maybe None) flowed in: the slot is Any.
		return AnyType
	}
	return r.t
}

// isNumeric reports whether t is Integer, Float or Number.
func isNumeric(t Type) bool { return t == Integer || t == Float || t == Number }

// unwrapOpt returns the element of an Optional, or t itself.
func unwrapOpt(t Type) Type {
	if o, ok := t.(*Optional); ok {
		return o.Elem
	}
	return t
}
