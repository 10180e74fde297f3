package driver

import (
	"bytes"
	"strings"
	"sync"
)

// Step is a stage of a build that misses the cache, reported to
// BuildOptions.Progress as it starts. Steps are reported in increasing
// order, each at most once; a step with nothing to do (the standard
// library already compiled in GOCACHE, a runtime already compiled) is not
// reported.
type Step int

const (
	// StepGenerate: parsing, checking and translating the Runa program.
	StepGenerate Step = iota + 1
	// StepVerify: type-checking the generated Go (BuildOptions.Verify).
	StepVerify
	// StepGoBuild: go build is starting (loading the packages, finding
	// what its cache lacks).
	StepGoBuild
	// StepStdlib: go build is compiling packages of the Go standard
	// library, which happens once per toolchain, GOCACHE and build flags
	// (the first build, or the first with --race).
	StepStdlib
	// StepRuntime: compiling the Runa runtime (package rt and its std).
	StepRuntime
	// StepProgram: compiling and linking the program itself.
	StepProgram
)

// String describes the step for a progress line, e.g. "compiling the Go
// standard library for the first build".
func (s Step) String() string {
	switch s {
	case StepGenerate:
		return "translating the Runa program into Go"
	case StepVerify:
		return "type-checking the generated Go"
	case StepGoBuild:
		return "starting the Go build"
	case StepStdlib:
		return "compiling the Go standard library for the first build"
	case StepRuntime:
		return "compiling the Runa runtime"
	case StepProgram:
		return "compiling and linking the program"
	}
	return "building"
}

// packageStep returns the step that go build -v is in when it prints the
// import path pkg, and whether pkg is one it reports.
func packageStep(pkg string) (Step, bool) {
	switch {
	case pkg == buildModule:
		return StepProgram, true
	case pkg == RuntimeModule || strings.HasPrefix(pkg, RuntimeModule+"/"):
		return StepRuntime, true
	}
	first, _, _ := strings.Cut(pkg, "/")
	if !strings.Contains(first, ".") {
		return StepStdlib, true
	}
	return 0, false
}

// isPackageLine reports whether line is one go build -v prints to name a
// package it compiles: an import path alone, which no compiler or
// toolchain message is (they have spaces or a position's colon).
func isPackageLine(line string) bool {
	if line == "" || strings.HasPrefix(line, "#") {
		return false
	}
	for _, r := range line {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_-./~+", r)) {
			return false
		}
	}
	return true
}

// progressWriter receives the combined output of go build -v: it reports
// the steps the package lines announce to report and keeps every other
// line in out, as the output would have been without -v.
type progressWriter struct {
	mu     sync.Mutex
	report func(Step)
	last   Step
	out    bytes.Buffer
	line   []byte // an incomplete last line
}

// newProgressWriter returns a progressWriter reporting to report, whose
// steps come after last (the steps already reported).
func newProgressWriter(report func(Step), last Step) *progressWriter {
	return &progressWriter{report: report, last: last}
}

func (w *progressWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.line = append(w.line, p...)
	for {
		i := bytes.IndexByte(w.line, '\n')
		if i < 0 {
			break
		}
		w.take(w.line[:i+1])
		w.line = w.line[i+1:]
	}
	return len(p), nil
}

// take handles one line, with its newline (or without, the last one).
func (w *progressWriter) take(line []byte) {
	text := strings.TrimRight(string(line), "\r\n")
	if isPackageLine(text) {
		if s, ok := packageStep(text); ok && s > w.last {
			w.last = s
			w.report(s)
		}
		return
	}
	w.out.Write(line)
}

// output returns what go build printed besides the package lines.
func (w *progressWriter) output() []byte {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.line) > 0 {
		w.take(w.line)
		w.line = nil
	}
	return w.out.Bytes()
}
