package driver

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
)

// CodeInternal is the diagnostic code of Go compiler errors reported at a
// Runa position: problems the frontend should have caught.
const CodeInternal = "E900"

// internalHint is the hint of every E900 diagnostic.
const internalHint = "the Runa frontend should have caught this: it is a bug in runa2go, please report it at " + BugURL

// goPosLine matches `FILE:LINE:COL: MESSAGE` and `FILE:LINE: MESSAGE`.
var goPosLine = regexp.MustCompile(`^(.+?):(\d+)(?::(\d+))?: (.*)$`)

// GoMessage is one message of Go tool output (go build, go vet, a type
// checker), with its position when it has one.
type GoMessage struct {
	File      string // as printed; "" when the message has no position
	Line, Col int    // 1-based; Col is 0 when not printed
	Text      string // continuation lines joined with "\n"
	// Package is the import path from the preceding "# path" header line,
	// when there was one.
	Package string
}

// ParseGoOutput splits the output of a go command into messages. Header
// lines "# pkg" set Package for the messages that follow; lines starting
// with a tab continue the previous message; "too many errors" lines are
// dropped.
func ParseGoOutput(out []byte) []GoMessage {
	var msgs []GoMessage
	pkg := ""
	for _, line := range strings.Split(strings.ReplaceAll(string(out), "\r\n", "\n"), "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			continue
		case strings.HasPrefix(line, "# "):
			// "# pkg" from go build and go vet; "# [pkg]" from go vet.
			pkg = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(line, "# "), "["), "]")
			continue
		case strings.HasPrefix(line, "\t") && len(msgs) > 0:
			msgs[len(msgs)-1].Text += "\n" + line
			continue
		case strings.HasSuffix(line, "too many errors"):
			continue
		}
		line = strings.TrimPrefix(line, "vet: ")
		m := GoMessage{Text: line, Package: pkg}
		if sub := goPosLine.FindStringSubmatch(line); sub != nil {
			m.File = sub[1]
			m.Line, _ = strconv.Atoi(sub[2])
			if sub[3] != "" {
				m.Col, _ = strconv.Atoi(sub[3])
			}
			m.Text = sub[4]
		}
		msgs = append(msgs, m)
	}
	return msgs
}

// GoError turns the output of a failed go command run on the generated
// code of src (in build directory dir) into an error for the user. Compile
// errors in the generated code have positions: those in src (through
// //line directives) become E900 diagnostics in a *DiagError; those in .go
// files an *InternalError with paths relative to dir. Messages without a
// position (an unusable GOCACHE or GOTMPDIR, a missing C compiler for
// -race, a full disk) are failures of the Go toolchain or its environment,
// not of the generated code: when nothing else was reported they make a
// *ToolchainError, otherwise they are added to the *InternalError as
// context. An exception are complaints about the generated module itself
// (see moduleProblem), which are internal. The errors are joined when several occur. The raw output is
// never returned as such.
func GoError(src *Source, dir string, out []byte) error {
	var diags diag.List
	var other, unpositioned []string
	for _, m := range ParseGoOutput(out) {
		if m.File == "" {
			if moduleProblem(m.Text) {
				other = append(other, m.Text)
			} else {
				unpositioned = append(unpositioned, m.Text)
			}
			continue
		}
		if isSourceFile(m.File, src.Name) {
			col := max(m.Col, 1)
			sp := ast.Span{Start: ast.Pos{Line: m.Line, Col: col}, End: ast.Pos{Line: m.Line, Col: col + 1}}
			diags.Errorf(sp, CodeInternal, internalHint, "internal compiler error: %s", oneLine(m.Text))
			continue
		}
		name := m.File
		if rel, err := filepath.Rel(dir, m.File); err == nil && filepath.IsAbs(m.File) && !strings.HasPrefix(rel, "..") {
			name = filepath.ToSlash(rel)
		}
		text := name + ":" + strconv.Itoa(m.Line)
		if m.Col > 0 {
			text += ":" + strconv.Itoa(m.Col)
		}
		other = append(other, text+": "+m.Text)
	}
	if len(diags) == 0 && len(other) == 0 {
		return &ToolchainError{Messages: unpositioned}
	}
	other = append(other, unpositioned...)
	var errs []error
	if len(diags) > 0 {
		errs = append(errs, &DiagError{Source: src, Diags: diags})
	}
	if len(other) > 0 {
		errs = append(errs, &InternalError{Msg: "the generated Go code does not compile:\n\t" + strings.Join(other, "\n\t")})
	}
	return errors.Join(errs...)
}

// osFailures are the words of operating system errors: a message that
// ends with one is about the environment, whatever file it names.
var osFailures = []string{"permission denied", "no such file or directory", "not a directory",
	"is a directory", "no space left on device", "read-only file system", "disk quota exceeded",
	"too many open files", "cannot allocate memory", "input/output error", "file exists",
	"executable file not found in $PATH", "operation not permitted", "file name too long"}

// moduleProblem reports whether the unpositioned go message text is a
// complaint about the module runa2go generated (its go.mod or go.sum, the
// runtime module, missing packages) rather than an operating system
// failure.
func moduleProblem(text string) bool {
	lower := strings.ToLower(text)
	for _, f := range osFailures {
		if strings.Contains(lower, f) {
			return false
		}
	}
	for _, w := range []string{"go.mod", "go.sum", RuntimeModule, buildModule, "module", "package"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// ToolchainError is a failure of the Go toolchain or of its environment
// while it built or checked generated code that has no compile error: the
// program is fine and runa2go is not at fault, so it is reported as what
// it is, with the toolchain's own words (which name the paths involved) and
// the settings they point to.
type ToolchainError struct {
	// Messages are the toolchain's messages (empty when it said nothing).
	Messages []string
}

// toolchainSettings are the environment variables a toolchain failure may
// be about, with words that point to them when the message does not name
// them or their value.
var toolchainSettings = []struct{ name, about string }{
	{"GOCACHE", "build cache"},
	{"GOTMPDIR", "work dir"},
	{"GOROOT", ""},
	{"GOMODCACHE", ""},
	{"GOPATH", ""},
	{"CC", "C compiler"},
}

// Error returns the messages, then the settings they concern, as
// "check GOTMPDIR=/path".
func (e *ToolchainError) Error() string {
	msg := "the Go toolchain failed (a problem with the Go installation or its environment, not with the program)"
	if len(e.Messages) == 0 {
		return msg + " without saying why"
	}
	text := strings.Join(e.Messages, "\n")
	msg += ":\n\t" + strings.Join(e.Messages, "\n\t")
	var check []string
	for _, s := range toolchainSettings {
		v := os.Getenv(s.name)
		if v == "" {
			continue
		}
		if strings.Contains(text, s.name) || strings.Contains(text, v) || (s.about != "" && strings.Contains(text, s.about)) {
			check = append(check, s.name+"="+v)
		}
	}
	if len(check) > 0 {
		msg += "\n\tcheck " + strings.Join(check, ", ")
	}
	return msg
}

// isSourceFile reports whether file, as printed by a Go tool, is the Runa
// source named name in //line directives.
func isSourceFile(file, name string) bool {
	if file == name || filepath.ToSlash(file) == name {
		return true
	}
	// Tools may print the //line name made absolute or relative to
	// another directory; the Runa file is the only .runa file involved.
	return strings.HasSuffix(file, ".runa")
}

// oneLine joins a multi-line Go message into one line.
func oneLine(s string) string {
	fields := strings.Split(s, "\n")
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	return strings.Join(fields, " ")
}
