// Package check resolves names, infers types and checks the async rules of
// a parsed Runa program.
package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
)

// Config selects checker behaviour.
type Config struct {
	// Strict adds a note for every place that fell back to Any and every
	// run-time Optional check (`check --strict`).
	Strict bool
	// Library is set for `gen --pkg`: exported processes, no main program.
	Library bool
}

// Program is a checked program, ready for code generation.
type Program struct {
	File *ast.File
}

// Check checks f. The returned Program is nil when diagnostics contain errors.
func Check(f *ast.File, cfg Config) (*Program, diag.List) {
	panic("check.Check: being written")
}
