// Package diag holds compile-time diagnostics and renders them as
// `FILE:LINE:COL: error[CODE]: message`, the source line, a caret under the
// span and an optional `hint:` line (spec §10).
package diag

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// Severity of a diagnostic.
type Severity int

const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem found in a Runa program.
type Diagnostic struct {
	Span     ast.Span
	Severity Severity
	Code     string // e.g. "E0101"; stable, documented in codes.go
	Message  string // names quoted with double quotes
	Hint     string // optional fix suggestion
}

// List is the diagnostics of one run, in the order they were reported.
type List []*Diagnostic

// Add appends an error diagnostic.
func (l *List) Errorf(sp ast.Span, code, hint, format string, args ...any) {
	*l = append(*l, &Diagnostic{Span: sp, Severity: Error, Code: code, Hint: hint, Message: sprintf(format, args...)})
}

// Warnf appends a warning diagnostic.
func (l *List) Warnf(sp ast.Span, code, hint, format string, args ...any) {
	*l = append(*l, &Diagnostic{Span: sp, Severity: Warning, Code: code, Hint: hint, Message: sprintf(format, args...)})
}

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}
