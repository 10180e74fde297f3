package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
)

// progressDelay is how long a build runs silently before its steps are
// shown: fast builds (most are cache hits or seconds) print nothing. (A
// variable for the tests.)
var progressDelay = time.Second

// stderrIsTerminal decides whether the standard error Main is given
// shows progress: isTerminal (a variable for the tests).
var stderrIsTerminal = isTerminal

// isTerminal reports whether w is a terminal (a character device that is
// not TERM=dumb), where progress lines help rather than clutter a log.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progress shows the steps of one build on w, once it has taken longer
// than its delay: from then on the current step and each later one, and
// at the end how long the build took. Its methods are safe for concurrent
// use.
type progress struct {
	w     io.Writer
	name  string // the program, as the steps name it
	start time.Time
	timer *time.Timer

	mu    sync.Mutex
	step  driver.Step // the current step (0 before the first)
	shown bool        // the delay has passed: steps are printed
	ended bool
}

// newProgress returns the progress of building name, shown on w after
// delay: at once when it is 0, never when it is negative (the caller calls
// show).
func newProgress(w io.Writer, name string, delay time.Duration) *progress {
	p := &progress{w: w, name: name, start: time.Now()}
	switch {
	case delay == 0:
		p.shown = true
	case delay > 0:
		p.timer = time.AfterFunc(delay, p.show)
	}
	return p
}

// report records that step s has started (driver.BuildOptions.Progress).
func (p *progress) report(s driver.Step) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.step = s
	if p.shown && !p.ended {
		p.print()
	}
}

// show starts showing the steps: the delay has passed.
func (p *progress) show() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown || p.ended {
		return
	}
	p.shown = true
	if p.step != 0 {
		p.print()
	}
}

// print writes the current step; p.mu is held.
func (p *progress) print() {
	switch p.step {
	case driver.StepProgram:
		fmt.Fprintf(p.w, "runa2go: compiling and linking %s…\n", p.name)
	default:
		fmt.Fprintf(p.w, "runa2go: %s…\n", p.step)
	}
}

// done ends the progress of a build (err is its outcome): a build whose
// steps were shown says that it finished and how long it took.
func (p *progress) done(err error) {
	if p.timer != nil {
		p.timer.Stop()
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ended {
		return
	}
	p.ended = true
	if p.shown && p.step != 0 && err == nil {
		fmt.Fprintf(p.w, "runa2go: built %s in %.1fs\n", p.name, time.Since(p.start).Seconds())
	}
}

// build runs driver.Build for the program file, showing its progress on
// standard error when that is a terminal and the build takes over a
// second.
func build(e *env, src *driver.Source, file string, opts driver.BuildOptions) (*driver.BuildResult, error) {
	if !e.terminal {
		return driver.Build(e.ctx, src, opts)
	}
	p := newProgress(e.stderr, driver.DefaultOutput(file, ""), progressDelay)
	opts.Progress = p.report
	res, err := driver.Build(e.ctx, src, opts)
	p.done(err)
	return res, err
}
