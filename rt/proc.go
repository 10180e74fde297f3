package rt

// Proc is a process used as a value (spec §7): its Runa name, for display
// (`<process NAME>`) and equality, and its Go function, which generated
// code gives the canonical shape func(context.Context, A…) (R, error).
//
// For generated code only.
type Proc[F any] struct {
	Name string
	Call F
}

// NewProc makes a process value.
//
// For generated code only.
func NewProc[F any](name string, call F) Proc[F] {
	return Proc[F]{Name: name, Call: call}
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
// name the same process.
//
// For generated code only.
func (p Proc[F]) EqualValue(other any) bool {
	o, ok := other.(Proc[F])
	return ok && o.Name == p.Name
}

// RunaType implements Typed.
//
// For generated code only.
func (Proc[F]) RunaType() string { return "Process" }
