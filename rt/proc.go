package rt

// Proc is a process used as a value (spec §7): its Runa name, for display
// (`<process NAME>`) and equality, and its Go function, which generated
// code gives the canonical shape func(context.Context, A…) (R, error).
//
// For generated code only.
type Proc[F any] struct {
	Name string
	Call F
	// id is set for a Lambda: its identity (see NewLambda).
	id *procID
}

// procID is the identity of a Lambda value (not zero-sized, so that every
// one has its own address).
type procID struct{ _ byte }

// NewProc makes a process value.
//
// For generated code only.
func NewProc[F any](name string, call F) Proc[F] {
	return Proc[F]{Name: name, Call: call}
}

// NewLambda makes the value of a Lambda (level2.md §4.2), each time one is
// evaluated: it displays as <process lambda> and is equal only to itself
// (copies of it included).
//
// For generated code only.
func NewLambda[F any](call F) Proc[F] {
	return Proc[F]{Name: "lambda", Call: call, id: new(procID)}
}

// procFrom makes a process value of another shape with d's name and identity.
func procFrom[F any](d DynProc, call F) Proc[F] {
	return Proc[F]{Name: d.Name, Call: call, id: d.id}
}

// AppendRepr implements Value: `<process NAME>`.
//
// For generated code only.
func (p Proc[F]) AppendRepr(b []byte) []byte {
	b = append(b, "<process "...)
	b = append(b, p.Name...)
	return append(b, '>')
}

// EqualValue implements Value: two process values are equal when they
// name the same process (for Lambdas: are the same Lambda value).
//
// For generated code only.
func (p Proc[F]) EqualValue(other any) bool {
	o, ok := other.(Proc[F])
	return ok && o.Name == p.Name && o.id == p.id
}

// RunaType implements Typed.
//
// For generated code only.
func (Proc[F]) RunaType() string { return "Process" }
