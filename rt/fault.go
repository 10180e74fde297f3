package rt

import (
	"fmt"
	"runtime"
)

// Fault is the panic value of a run-time fault (index out of range, missing
// key, division by zero, a failed Any check, too deep a recursion). Faults
// cost nothing on the hot path: they unwind as Go panics and are recovered
// into ordinary errors at Try, task and main boundaries by Recover.
//
// For generated code only.
type Fault struct {
	Err *Error
}

// Error returns the fault's message.
//
// For generated code only.
func (f *Fault) Error() string { return f.Err.Message }

// Faultf panics with a fault of the given kind, positioned at the Runa
// line that called into rt (see callerPos).
//
// For generated code only.
func Faultf(kind, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	e := &Error{Kind: kind, Message: msg}
	e.File, e.Line = callerPos(0)
	panic(&Fault{Err: e})
}

// FaultAt panics with a fault positioned like NewErrorAt(skip, …): skip
// frames above the code that called into rt (rt frames never count).
//
// For generated code only.
func FaultAt(skip int, kind, msg string) {
	e := &Error{Kind: kind, Message: msg}
	e.File, e.Line = callerPos(skip)
	panic(&Fault{Err: e})
}

// Recover turns a recovered panic into an error stored in *errp. It must be
// called directly by a deferred function: `defer rt.Recover(&err)`. A
// *Fault becomes its *Error; any other panic (a bug in generated code or in
// Go code it calls) becomes an error of kind "error" describing it, so no Go
// stack trace reaches the user. An existing *errp is kept when non-nil.
//
// For generated code only.
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
//
// For generated code only.
func PanicError(r any) error {
	switch v := r.(type) {
	case *Fault:
		return v.Err
	case *lateFault:
		e := &Error{Kind: v.kind, Message: v.msg}
		e.File, e.Line = v.pos()
		return e
	case error:
		return &Error{Kind: KindError, Message: "internal error: " + v.Error()}
	}
	return &Error{Kind: KindError, Message: fmt.Sprintf("internal error: %v", r)}
}

// lateFault is the panic value of a fault raised by an inlinable helper
// (ModInt): a call of Faultf would put the helper over the inliner's
// budget, a panic does not. Its position is found when it is recovered
// (PanicError, called from a deferred function, so the panicking frames
// are still on the stack): the frame that called fn.
type lateFault struct{ kind, msg, fn string }

func (f *lateFault) Error() string { return f.msg }

var faultModByZero = &lateFault{KindArithmetic, "modulo by zero", rtPath + "ModInt"}

// rtPath prefixes the function names of this package in stack frames.
const rtPath = "github.com/runa2go/runa2go/rt."

// pos returns the position of the caller of f.fn on the panicking stack.
func (f *lateFault) pos() (string, int) {
	var pcs [64]uintptr
	n := runtime.Callers(2, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	found := false
	for {
		fr, more := frames.Next()
		if found {
			return fr.File, fr.Line
		}
		found = fr.Function == f.fn
		if !more {
			return "", 0
		}
	}
}
