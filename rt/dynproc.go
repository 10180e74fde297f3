package rt

import "context"

// DynProc is a process value held in an Any (a list mixing processes of
// different types, a parameter given different processes): its name and a
// call taking and giving Any values, checked at run time.
//
// For generated code only.
type DynProc struct {
	Name  string
	Arity int
	Call  func(ctx context.Context, args []any) (any, error)
	id    *procID // a Lambda's identity
}

// AppendRepr implements Value: `<process NAME>`.
//
// For generated code only.
func (p DynProc) AppendRepr(b []byte) []byte {
	b = append(b, "<process "...)
	b = append(b, p.Name...)
	return append(b, '>')
}

// EqualValue implements Value: process values are equal when they name
// the same process (for Lambdas: are the same Lambda value).
//
// For generated code only.
func (p DynProc) EqualValue(other any) bool {
	o, ok := other.(DynProc)
	return ok && o.Name == p.Name && o.id == p.id
}

// RunaType implements Typed.
//
// For generated code only.
func (DynProc) RunaType() string { return "Process" }

// CallAny calls the process held in the Any value v with args (kind
// "type" when v is not a process or the argument count is wrong).
//
// For generated code only.
func CallAny(ctx context.Context, v any, args ...any) (any, error) {
	p, ok := v.(DynProc)
	if !ok {
		FaultAt(0, KindType, "expected a process, got "+TypeName(v))
	}
	if len(args) != p.Arity {
		FaultAt(0, KindType, arityMessage(p.Arity, len(args)))
	}
	return p.Call(ctx, args)
}

// Dyn0 … Dyn4 box a typed process value as a DynProc.
//
// For generated code only.
func Dyn0[R any](p Proc[func(context.Context) (R, error)]) DynProc {
	return DynProc{Name: p.Name, id: p.id, Call: func(ctx context.Context, _ []any) (any, error) {
		return boxResult(p.Call(ctx))
	}}
}

// Dyn1 is Dyn0 for a process of one parameter.
//
// For generated code only.
func Dyn1[A, R any](p Proc[func(context.Context, A) (R, error)]) DynProc {
	return DynProc{Name: p.Name, id: p.id, Arity: 1, Call: func(ctx context.Context, a []any) (any, error) {
		return boxResult(p.Call(ctx, As[A](a[0])))
	}}
}

// Dyn2 is Dyn0 for a process of two parameters.
//
// For generated code only.
func Dyn2[A, B, R any](p Proc[func(context.Context, A, B) (R, error)]) DynProc {
	return DynProc{Name: p.Name, id: p.id, Arity: 2, Call: func(ctx context.Context, a []any) (any, error) {
		return boxResult(p.Call(ctx, As[A](a[0]), As[B](a[1])))
	}}
}

// Dyn3 is Dyn0 for a process of three parameters.
//
// For generated code only.
func Dyn3[A, B, C, R any](p Proc[func(context.Context, A, B, C) (R, error)]) DynProc {
	return DynProc{Name: p.Name, id: p.id, Arity: 3, Call: func(ctx context.Context, a []any) (any, error) {
		return boxResult(p.Call(ctx, As[A](a[0]), As[B](a[1]), As[C](a[2])))
	}}
}

// Dyn4 is Dyn0 for a process of four parameters.
//
// For generated code only.
func Dyn4[A, B, C, D, R any](p Proc[func(context.Context, A, B, C, D) (R, error)]) DynProc {
	return DynProc{Name: p.Name, id: p.id, Arity: 4, Call: func(ctx context.Context, a []any) (any, error) {
		return boxResult(p.Call(ctx, As[A](a[0]), As[B](a[1]), As[C](a[2]), As[D](a[3])))
	}}
}

// boxResult boxes a typed result as an Any (wrapper types unwrapped).
func boxResult[R any](v R, err error) (any, error) {
	return boxArg(v), err
}

// arityMessage is the message of a dynamic call with the wrong number of
// arguments (level2.md §14): "process takes 1 argument, but 2 were given".
func arityMessage(takes, given int) string {
	noun, verb := " arguments", " were given"
	if takes == 1 {
		noun = " argument"
	}
	if given == 1 {
		verb = " was given"
	}
	return "process takes " + itoa(int64(takes)) + noun + ", but " + itoa(int64(given)) + verb
}
