package rt

// NotNone returns p, faulting with kind "type" when it is None: the
// run-time check of an Optional record or collection used where its value
// is needed (spec §5).
//
// For generated code only.
func NotNone[T any](p *T) *T {
	if p == nil {
		FaultAt(0, KindType, "value is None")
	}
	return p
}

// Rethrow turns an error into a fault panic value: generated code uses
// `panic(rt.Rethrow(err))` where a failure must unwind through a function
// that has no error result; the nearest Try, task or main recovers it.
//
// For generated code only.
func Rethrow(err error) any {
	return &Fault{Err: AsError(err)}
}

// IsNone implements `x is None` for an Any value.
//
// For generated code only.
func IsNone(x any) bool { return isNone(x) }
