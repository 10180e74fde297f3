// Package std holds the I/O builtins of Runa (spec §9) that generated
// programs call: http_get, http_post, http_request, read_file, read_lines,
// write_file, list_files, file_exists, sleep_until, random_integer,
// log_event, args and env. It is a separate package so that a program that
// calls none of them (hello world) does not link net/http; a program that
// calls any of them links net/http too, since it is one package.
// It imports only package rt and the standard library.
//
// The blocking part of every asynchronous builtin runs off the event loop
// through rt.Offload, so other tasks proceed meanwhile. Failures are
// *rt.Error values of kind "http" or "io" positioned at the generated line
// that called the builtin; a cancelled or timed-out task gets its
// cancellation error instead.
package std

import (
	"context"

	"github.com/runa2go/runa2go/rt"
)

// callerPos returns the position of the generated code that called the
// exported builtin (through //line directives, a Runa line): rt.CallerPos,
// which skips every frame of rt and rt/std.
func callerPos() (string, int) { return rt.CallerPos() }

// BuiltinError returns an error of kind positioned at file:line, or the
// task's cancellation error when ctx was cancelled meanwhile (the failure
// is then a consequence of the cancellation).
func BuiltinError(ctx context.Context, kind, msg, file string, line int) error {
	if err := rt.Check(ctx); err != nil {
		return err
	}
	return &rt.Error{Kind: kind, Message: msg, File: file, Line: line}
}
