package rt

import (
	"context"
	"errors"
	"runtime"
	"strings"
)

// Error kinds (spec §6.5).
const (
	KindError      = "error"
	KindTimeout    = "timeout"
	KindCancelled  = "cancelled"
	KindIO         = "io"
	KindHTTP       = "http"
	KindKey        = "key"
	KindIndex      = "index"
	KindType       = "type"
	KindArithmetic = "arithmetic"
	KindAggregate  = "aggregate"
	KindRecursion  = "recursion"
	KindLock       = "lock"
)

// Error is a Runa error value: a message and a kind, plus the Runa source
// position where it was raised (File and Line come from the //line
// directives of the generated code; Line is 0 when unknown).
//
// Parts holds the other failures attached to it (parallel_await siblings,
// race losers, or the parts of an "aggregate" error); Cleanup holds the
// error of a With cleanup that failed after the body had already failed.
//
// For generated code only.
type Error struct {
	Kind    string
	Message string
	File    string
	Line    int
	Parts   []error
	Cleanup error
	// Value is the original thrown value when Throw was given a non-error
	// (its display text is Message). Nil otherwise.
	Value any

	interrupt bool // raised by Poll after SIGINT (IsInterrupt)
	// ctxErr is context.Canceled or context.DeadlineExceeded when the error
	// is a cancellation or a passed deadline, so that Go callers can test
	// errors.Is(err, context.Canceled) as they do for any Go API.
	ctxErr error
}

// Error returns the message, as `Display e` prints it.
func (e *Error) Error() string { return e.Message }

// Unwrap exposes the attached failures to errors.Is / errors.As, and for
// a cancellation or a passed deadline the context error it stands for
// (context.Canceled or context.DeadlineExceeded).
func (e *Error) Unwrap() []error {
	if e.Cleanup == nil && e.ctxErr == nil {
		return e.Parts
	}
	out := append([]error(nil), e.Parts...)
	if e.Cleanup != nil {
		out = append(out, e.Cleanup)
	}
	if e.ctxErr != nil {
		out = append(out, e.ctxErr)
	}
	return out
}

// NewError makes an error of the given kind positioned at the Runa line
// that called into rt (see callerPos).
//
// For generated code only.
func NewError(kind, message string) *Error {
	e := &Error{Kind: kind, Message: message}
	e.File, e.Line = callerPos(0)
	return e
}

// NewErrorAt makes an error positioned at the caller skip frames above the
// innermost frame outside rt (skip 0 is the code that called into rt: the
// frames of rt and rt/std are never counted).
//
// For generated code only.
func NewErrorAt(skip int, kind, message string) *Error {
	e := &Error{Kind: kind, Message: message}
	e.File, e.Line = callerPos(skip)
	return e
}

// callerPos returns the file and line (through //line directives: a Runa
// position in generated code) of the innermost frame on the calling
// goroutine's stack that is not code of rt or rt/std, then skip frames
// further up. Every position rt gives an error or a fault comes from
// here: the frame selection does not depend on how many rt frames, inlined
// or not, sit between the generated code and the raise. Test files of rt
// count as callers. ("", 0) when there is no such frame.
func callerPos(skip int) (string, int) {
	var pcs [64]uintptr
	n := runtime.Callers(2, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := frames.Next()
		if !inRuntime(fr) {
			if skip == 0 {
				return fr.File, fr.Line
			}
			skip--
		}
		if !more {
			return "", 0
		}
	}
}

// CallerPos returns the position of the code that called into rt, as
// every error rt raises is positioned: the innermost frame outside rt and
// rt/std (a Runa line, through the //line directives of generated code).
// For rt/std, whose builtins position their errors the same way.
//
// For generated code only.
func CallerPos() (file string, line int) { return callerPos(0) }

// rtDir is the directory of rt's source files, as frames report it.
var rtDir = func() string {
	_, file, _, _ := runtime.Caller(0)
	if i := strings.LastIndexByte(file, '/'); i >= 0 {
		return file[:i+1]
	}
	return ""
}()

// inRuntime reports whether fr is code of rt or rt/std (not of their
// tests) or of Go's runtime. The file decides, not the function name: a
// closure of rt inlined into generated code is named after the generated
// function ("main.run.(*Generator[...]).All.func3") but keeps rt's file.
func inRuntime(fr runtime.Frame) bool {
	if strings.HasPrefix(fr.Function, "runtime.") {
		return true
	}
	f := fr.File
	if rtDir == "" || !strings.HasPrefix(f, rtDir) || strings.HasSuffix(f, "_test.go") {
		return false
	}
	rest := f[len(rtDir):]
	return !strings.Contains(rest, "/") || strings.HasPrefix(rest, "std/") // rt, rt/std and its packages
}

// Throw implements `Throw V` and `Reject with V`: an error value is returned
// unchanged; any other value becomes a kind "error" error whose message is
// its display text, positioned at the caller.
//
// For generated code only.
func Throw(v any) error {
	if err, ok := v.(error); ok && err != nil {
		return err
	}
	e := &Error{Kind: KindError, Message: Text(v), Value: v}
	e.File, e.Line = callerPos(0)
	return e
}

// ThrowString is Throw for a String value (no interface conversion).
//
// For generated code only.
func ThrowString(msg string) error {
	e := &Error{Kind: KindError, Message: msg}
	e.File, e.Line = callerPos(0)
	return e
}

// AsError converts any Go error into a *Error: a *Error (possibly wrapped)
// is returned as is; context cancellation becomes kind "cancelled" and a
// passed deadline kind "timeout"; anything else kind "error" with the
// error's text. AsError(nil) is nil.
//
// For generated code only.
func AsError(err error) *Error {
	if e, ok := err.(*Error); ok { // the common case, without errors.As
		return e
	}
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return &Error{Kind: KindTimeout, Message: "operation timed out", ctxErr: context.DeadlineExceeded}
	case errors.Is(err, context.Canceled):
		return &Error{Kind: KindCancelled, Message: "operation was cancelled", ctxErr: context.Canceled}
	}
	return &Error{Kind: KindError, Message: err.Error()}
}

// ErrorKind returns the kind of err as `e.kind` reads it.
//
// For generated code only.
func ErrorKind(err error) string { return AsError(err).Kind }

// ErrorMessage returns the message of err as `e.message` reads it.
//
// For generated code only.
func ErrorMessage(err error) string { return AsError(err).Message }

// Aggregate builds the "aggregate" error of race_await when every task
// failed: `all N tasks failed: m1; m2; …`, parts in input order.
//
// For generated code only.
func Aggregate(parts []error) *Error {
	var b strings.Builder
	b.WriteString("all ")
	b.WriteString(itoa(int64(len(parts))))
	b.WriteString(" tasks failed: ")
	for i, p := range parts {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(ErrorMessage(p))
	}
	return &Error{Kind: KindAggregate, Message: b.String(), Parts: parts}
}

// JoinCleanup attaches a cleanup failure to the body's failure (body first,
// spec §8.7): with no body error the cleanup error is returned as is.
//
// For generated code only.
func JoinCleanup(body, cleanup error) error {
	if cleanup == nil {
		return body
	}
	if body == nil {
		return cleanup
	}
	e := AsError(body)
	if e.Cleanup == nil {
		e.Cleanup = cleanup
	} else {
		e.Parts = append(e.Parts, cleanup)
	}
	return e
}
