package rt

// Opt is an Optional scalar (Optional[Integer], Optional[String], …): Ok is
// false for None. Optional records and collections are nil pointers
// instead. The zero Opt is None.
//
// For generated code only.
type Opt[T any] struct {
	V  T
	Ok bool
}

// Some returns an Opt holding v.
func Some[T any](v T) Opt[T] { return Opt[T]{V: v, Ok: true} }

// None returns the empty Opt.
func None[T any]() Opt[T] { return Opt[T]{} }

// Get returns the value; on None it faults (kind "type", "value is None")
// positioned at the caller, the run-time check of spec §5.
//
// For generated code only.
func (o Opt[T]) Get() T {
	if !o.Ok {
		Faultf(KindType, "value is None")
	}
	return o.V
}

// Box returns the value as an Any: nil for None.
//
// For generated code only.
func (o Opt[T]) Box() any {
	if !o.Ok {
		return nil
	}
	return any(o.V)
}

// optTyped lets rt name an Opt type without reflection.
type optTyped interface {
	optTypeName() string
	fromAny(x any) (any, bool)
}

func (o Opt[T]) optTypeName() string { return "Optional[" + typeNameOf[T]() + "]" }

// fromAny converts an Any to this Opt type: nil is None, a value that
// converts to T is Some. The result is an Opt[T] boxed as any.
func (Opt[T]) fromAny(x any) (any, bool) {
	if x == nil {
		return Opt[T]{}, true
	}
	v, ok := TryAs[T](x)
	if !ok {
		return nil, false
	}
	return Opt[T]{V: v, Ok: true}, true
}

// BoxPtr boxes an Optional record or collection (a pointer) as an Any:
// nil for None, so that the Any holds no typed nil pointer.
//
// For generated code only.
func BoxPtr[P comparable](p P) any {
	var zero P
	if p == zero {
		return nil
	}
	return p
}

// isNone reports whether an Any is None: nil, an empty Opt, or a nil rt
// collection pointer.
func isNone(x any) bool {
	switch v := x.(type) {
	case nil:
		return true
	case interface{ isNil() bool }:
		return v.isNil()
	case boxer:
		return v.Box() == nil
	}
	if d := recordOf(x); d != nil {
		return d.isNil(x)
	}
	return false
}

// OptNil converts an Optional record, collection or Any (nil for None)
// to an Opt: a generic record's Optional[T] field or a generic process's
// Optional[T] parameter holds an Opt[T] whatever T is.
//
// For generated code only.
func OptNil[P comparable](p P) Opt[P] {
	var zero P
	return Opt[P]{V: p, Ok: p != zero}
}
