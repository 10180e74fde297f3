package rt

import "fmt"

// Fault is the panic value of a run-time fault (index out of range, missing
// key, division by zero, a failed Any check, too deep a recursion). Faults
// cost nothing on the hot path: they unwind as Go panics and are recovered
// into ordinary errors at Try, task and main boundaries by Recover.
type Fault struct {
	Err *Error
}

// Error returns the fault's message.
func (f *Fault) Error() string { return f.Err.Message }

// Faultf panics with a fault of the given kind, positioned at the Runa
// line of the caller of the function that called Faultf (rt helpers call
// it on behalf of generated code, so skip 1 names the generated line).
func Faultf(kind, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	e := &Error{Kind: kind, Message: msg}
	e.File, e.Line = callerPos(2)
	panic(&Fault{Err: e})
}

// FaultAt panics with a fault positioned skip frames above its caller.
func FaultAt(skip int, kind, msg string) {
	e := &Error{Kind: kind, Message: msg}
	e.File, e.Line = callerPos(skip + 1)
	panic(&Fault{Err: e})
}

// Recover turns a recovered panic into an error stored in *errp. It must be
// called directly by a deferred function: `defer rt.Recover(&err)`. A
// *Fault becomes its *Error; any other panic (a bug in generated code or in
// Go code it calls) becomes an error of kind "error" describing it, so no Go
// stack trace reaches the user. An existing *errp is kept when non-nil.
func Recover(errp *error) {
	r := recover()
	if r == nil {
		return
	}
	err := PanicError(r)
	if *errp == nil {
		*errp = err
	}
}

// PanicError converts a recovered panic value into an error.
func PanicError(r any) error {
	switch v := r.(type) {
	case *Fault:
		return v.Err
	case error:
		return &Error{Kind: KindError, Message: "internal error: " + v.Error()}
	}
	return &Error{Kind: KindError, Message: fmt.Sprintf("internal error: %v", r)}
}
