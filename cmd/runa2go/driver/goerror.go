package driver

import (
	"errors"
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
// code of src (in build directory dir) into an error for the user: messages
// positioned in src (through //line directives) become E900 diagnostics in a
// *DiagError; all others (positions in .go files, module errors) are
// gathered in an *InternalError with paths relative to dir. Both are joined
// when both occur. The raw output is never returned as such.
func GoError(src *Source, dir string, out []byte) error {
	var diags diag.List
	var other []string
	for _, m := range ParseGoOutput(out) {
		if m.File != "" && isSourceFile(m.File, src.Name) {
			col := max(m.Col, 1)
			sp := ast.Span{Start: ast.Pos{Line: m.Line, Col: col}, End: ast.Pos{Line: m.Line, Col: col + 1}}
			diags.Errorf(sp, CodeInternal, internalHint, "internal compiler error: %s", oneLine(m.Text))
			continue
		}
		text := m.Text
		if m.File != "" {
			name := m.File
			if rel, err := filepath.Rel(dir, m.File); err == nil && filepath.IsAbs(m.File) && !strings.HasPrefix(rel, "..") {
				name = filepath.ToSlash(rel)
			}
			text = name + ":" + strconv.Itoa(m.Line)
			if m.Col > 0 {
				text += ":" + strconv.Itoa(m.Col)
			}
			text += ": " + m.Text
		}
		other = append(other, text)
	}
	var errs []error
	if len(diags) > 0 {
		errs = append(errs, &DiagError{Source: src, Diags: diags})
	}
	if len(other) > 0 || len(diags) == 0 {
		msg := "the generated Go code does not compile"
		if len(other) > 0 {
			msg += ":\n\t" + strings.Join(other, "\n\t")
		}
		errs = append(errs, &InternalError{Msg: msg})
	}
	return errors.Join(errs...)
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
