package rt

import "context"

// ProcOf0 … ProcOf4 convert an Any holding a process value to the typed
// process value of their shape (for generated code: a typed parameter or
// variable receiving a process through an Any). A Proc of exactly that
// shape is returned as it is; a DynProc of the same arity (a process boxed
// by Dyn0 … Dyn4, or a parameter that received processes of different
// shapes) is wrapped so that its arguments are boxed and its result is
// checked at run time (kind "type" when it does not fit). Anything else
// is a fault of kind "type", positioned at the caller.
//
// For generated code only.
func ProcOf0[R any](v any) Proc[func(context.Context) (R, error)] {
	if p, ok := v.(Proc[func(context.Context) (R, error)]); ok {
		return p
	}
	d := dynOf(v, 0)
	return procFrom(d, func(ctx context.Context) (R, error) {
		return unboxResult[R](d.Call(ctx, nil))
	})
}

// ProcOf1 is ProcOf0 for a process of one parameter.
//
// For generated code only.
func ProcOf1[A, R any](v any) Proc[func(context.Context, A) (R, error)] {
	if p, ok := v.(Proc[func(context.Context, A) (R, error)]); ok {
		return p
	}
	d := dynOf(v, 1)
	return procFrom(d, func(ctx context.Context, a A) (R, error) {
		return unboxResult[R](d.Call(ctx, []any{boxArg(a)}))
	})
}

// ProcOf2 is ProcOf0 for a process of two parameters.
//
// For generated code only.
func ProcOf2[A, B, R any](v any) Proc[func(context.Context, A, B) (R, error)] {
	if p, ok := v.(Proc[func(context.Context, A, B) (R, error)]); ok {
		return p
	}
	d := dynOf(v, 2)
	return procFrom(d, func(ctx context.Context, a A, b B) (R, error) {
		return unboxResult[R](d.Call(ctx, []any{boxArg(a), boxArg(b)}))
	})
}

// ProcOf3 is ProcOf0 for a process of three parameters.
//
// For generated code only.
func ProcOf3[A, B, C, R any](v any) Proc[func(context.Context, A, B, C) (R, error)] {
	if p, ok := v.(Proc[func(context.Context, A, B, C) (R, error)]); ok {
		return p
	}
	d := dynOf(v, 3)
	return procFrom(d, func(ctx context.Context, a A, b B, c C) (R, error) {
		return unboxResult[R](d.Call(ctx, []any{boxArg(a), boxArg(b), boxArg(c)}))
	})
}

// ProcOf4 is ProcOf0 for a process of four parameters.
//
// For generated code only.
func ProcOf4[A, B, C, D, R any](v any) Proc[func(context.Context, A, B, C, D) (R, error)] {
	if p, ok := v.(Proc[func(context.Context, A, B, C, D) (R, error)]); ok {
		return p
	}
	d := dynOf(v, 4)
	return procFrom(d, func(ctx context.Context, a A, b B, c C, e D) (R, error) {
		return unboxResult[R](d.Call(ctx, []any{boxArg(a), boxArg(b), boxArg(c), boxArg(e)}))
	})
}

// dynOf returns v as a DynProc taking n arguments, or faults (kind "type")
// at the generated code that asked for the conversion.
func dynOf(v any, n int) DynProc {
	d, ok := v.(DynProc)
	if !ok {
		FaultAt(0, KindType, "expected a process, got "+TypeName(v))
	}
	if d.Arity != n {
		FaultAt(0, KindType, "process "+d.Name+" takes "+itoa(int64(d.Arity))+" arguments, expected one taking "+itoa(int64(n)))
	}
	return d
}

// boxArg boxes a typed value as an Any (wrapper types unwrapped: a
// Number or Opt becomes its plain value).
func boxArg[A any](a A) any {
	x := any(a)
	if b, ok := x.(boxer); ok {
		x = b.Box()
	}
	return x
}

// unboxResult checks the Any result of a dynamic call against R.
func unboxResult[R any](v any, err error) (R, error) {
	if err != nil {
		var zero R
		return zero, err
	}
	return As[R](v), nil
}
