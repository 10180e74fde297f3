package rt

import (
	"context"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"
)

// Main runs body as the main task of a new loop (the generated main
// function is `rt.Main(run)`), then:
//   - waits until every task has finished (spec §8.1); when the body fails
//     (an error that is not its own cancellation), the tasks still running
//     are cancelled first, so only their cleanups are waited for (§6.5);
//   - reports on standard error each failure nobody observed, the body's
//     own error included, as `FILE:LINE: KIND error: MESSAGE` (spec §6.5;
//     `FILE:LINE: error: MESSAGE` for kind "error"),
//     with a second line for the failure of a cleanup joined to it;
//   - flushes standard output and exits with status 0, or 1 if anything
//     was reported.
//
// An invalid RUNA_MAX_DEPTH (not a positive integer) is reported, naming
// the variable and its value, and the program exits 2 without running.
//
// SIGINT cancels every task and lets their cleanups run, then exits 130
// (a second SIGINT exits at once). With RUNA_LEAKCHECK=1 it exits 3, with
// a message, if a goroutine rt started is still running at the end. Panics
// anywhere in tasks become errors; Go stack traces are shown only with
// RUNA_DEBUG=1.
//
// For generated code only.
func Main(body func(ctx context.Context) error) {
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt)
	report, code := runProgram(body, sig, os.Getenv("RUNA_LEAKCHECK") == "1")
	signal.Stop(sig)
	Flush()
	if report != "" {
		os.Stderr.WriteString(report)
	}
	os.Exit(code)
}

// leakGracePeriod is how long Main waits, with RUNA_LEAKCHECK=1, for the
// goroutines of finished tasks to return before calling them leaked.
var leakGracePeriod = 2 * time.Second

// runProgram is Main without the process: it returns what Main writes on
// standard error and the exit status. A value received on sig is a
// SIGINT.
func runProgram(body func(ctx context.Context) error, sig <-chan os.Signal, leakcheck bool) (string, int) {
	bufferDisplay()
	if maxDepthErr != "" {
		return maxDepthErr, 2
	}
	l := newLoop(context.Background(), newLockRegistry())
	spawn(l, l.root, l.root, func(ctx context.Context) (_ struct{}, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = taskPanic(r)
			}
			if err != nil && !Cancelled(ctx) {
				// The main program failed: cancel the tasks still
				// running; their cleanups run before the report (§6.5).
				l.cancelAll(errTaskCancelled, taskOf(ctx))
			}
		}()
		return struct{}{}, body(ctx)
	})
	interrupted := false
	defer resetInterrupted()
wait:
	for {
		select {
		case <-l.idle:
			break wait
		case <-sig:
			if interrupted {
				return "", 130
			}
			interrupted = true
			l.interrupt()
			setInterrupted() // after the tasks are cancelled: see Poll
		}
	}
	var b strings.Builder
	for _, err := range l.unobserved(nil) {
		writeReport(&b, err)
	}
	code := 0
	if b.Len() > 0 {
		code = 1
	}
	if interrupted {
		code = 130
	}
	if leakcheck {
		if n := waitGoroutines(l, leakGracePeriod); n > 0 {
			b.WriteString("runa: leak check: " + strconv.FormatInt(n, 10) +
				" goroutine(s) started by the runtime still running at exit\n")
			code = 3
		}
	}
	l.root.detach()
	return b.String(), code
}

// waitGoroutines waits up to grace for the loop's goroutines to return
// (a finished task's goroutine is still returning when the last task
// ends) and returns how many are left.
func waitGoroutines(l *loop, grace time.Duration) int64 {
	if l.gors.Load() == 0 {
		return 0
	}
	timer := time.NewTimer(grace)
	defer timer.Stop()
	for {
		n := l.gors.Load()
		if n == 0 {
			return 0
		}
		select {
		case <-l.gorsQuiet:
		case <-timer.C:
			return l.gors.Load()
		}
	}
}

// writeReport writes the §6.5 report of err: `FILE:LINE: KIND error:
// MESSAGE` (`FILE:LINE: error: MESSAGE` for kind "error"), and a second
// line for a cleanup failure joined to it.
func writeReport(b *strings.Builder, err error) {
	e := AsError(err)
	writePos(b, e)
	writeKindMessage(b, e)
	if e.Cleanup != nil {
		c := AsError(e.Cleanup)
		writePos(b, c)
		b.WriteString("cleanup also failed: ")
		writeKindMessage(b, c)
	}
}

// writeKindMessage writes `KIND error: MESSAGE` and a newline; for kind
// "error" the kind word is left out (`error: MESSAGE`, spec §6.5).
func writeKindMessage(b *strings.Builder, e *Error) {
	if e.Kind != KindError && e.Kind != "" {
		b.WriteString(e.Kind)
		b.WriteByte(' ')
	}
	b.WriteString("error: ")
	b.WriteString(e.Message)
	b.WriteByte('\n')
}

// writePos writes `FILE:LINE: ` when e has a Runa position. Positions in
// .go files (code built without //line directives, or rt itself) are left
// out unless RUNA_DEBUG=1.
func writePos(b *strings.Builder, e *Error) {
	if e.File == "" || e.Line <= 0 || (strings.HasSuffix(e.File, ".go") && !debugMode()) {
		return
	}
	b.WriteString(e.File)
	b.WriteByte(':')
	b.WriteString(strconv.Itoa(e.Line))
	b.WriteString(": ")
}

// Enter runs fn as a library entry point (DESIGN §4 "Library mode"). When
// ctx already carries a loop (called from Runa code) it just calls fn.
// Otherwise fn runs as the main task of a fresh loop whose tasks are
// cancelled when ctx is; Enter waits for every task fn started and joins
// their unobserved failures into the returned error (fn's error first,
// the others attached as Parts).
//
// For generated code only.
func Enter[T any](ctx context.Context, fn func(ctx context.Context) (T, error)) (T, error) {
	if taskOf(ctx) != nil {
		return fn(ctx)
	}
	l := newLoop(ctx, globalLocks)
	f := spawn(l, l.root, l.root, fn)
	<-l.idle
	l.root.detach()
	f.observe()
	err := f.err
	if others := l.unobserved(f.t); len(others) > 0 {
		if err == nil {
			err, others = others[0], others[1:]
		}
		if len(others) > 0 {
			e := AsError(err)
			e.Parts = append(e.Parts, others...)
			err = e
		}
	}
	return f.val, err
}
