package lsp

import (
	"fmt"
	"time"

	"github.com/runa2go/runa2go/codegen"
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/load"
)

// analysis is what the frontend says about one version of a document.
type analysis struct {
	version int
	text    *text
	file    *ast.File
	diags   diag.List
	// parseErrors is set when the text did not parse (so was not checked).
	parseErrors bool
	// prog, idx and desc are set when the checker gave a program: today
	// only when the version checked without errors (check.Check returns no
	// program otherwise); the server uses a partial one as it is.
	prog *check.Program
	idx  *index
	desc *codegen.Describer
	// took is the time parsing and checking took.
	took time.Duration
	// indexed is closed when a background index has finished.
	indexed chan struct{}
}

// analyze parses and checks one version of a document; index completes
// it. A panic in the frontend becomes an error diagnostic at the top of the
// file: the server keeps running.
func analyze(name string, t *text, version int, read load.Reader) (a *analysis) {
	start := time.Now()
	a = &analysis{version: version, text: t}
	defer func() {
		if r := recover(); r != nil {
			a.prog, a.idx, a.desc = nil, nil, nil
			a.diags = append(a.diags, &diag.Diagnostic{
				Span:     ast.Span{Start: ast.Pos{Line: 1, Col: 1}, End: ast.Pos{Line: 1, Col: 1}},
				Severity: diag.Error,
				Code:     "E0000",
				Message:  fmt.Sprintf("internal error in runa2go: %v (please report this bug)", r),
			})
		}
		a.took = time.Since(start)
	}()
	// The files the document imports are read from beside it; the
	// document keeps the positions of ParseFile (load.LoadMainFirst).
	lp, diags := load.LoadMainFirst(name, []byte(t.s), check.BuiltinModule, read)
	f := lp.Main
	a.file = f
	diags = ownDiags(f, diags)
	if diags.HasErrors() {
		a.parseErrors = true
		// As `runa2go check`: not checked, but the Level 2 constructs are
		// still reported.
		a.diags = append(diags, check.Unsupported(f)...).Sorted()
		return a
	}
	prog, cdiags := check.Check(f, check.Config{Imports: lp.Modules})
	a.diags = append(diags, ownDiags(f, cdiags)...)
	a.prog = prog
	return a
}

// index builds what hover and navigation need of a checked analysis; a
// panic drops the program (the diagnostics stay).
func (a *analysis) index() {
	if a.prog == nil {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			a.prog, a.idx, a.desc = nil, nil, nil
		}
	}()
	a.idx = buildIndex(a.prog)
	a.desc = codegen.NewDescriber(a.prog)
}
