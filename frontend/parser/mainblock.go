package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
)

// noopStmt parses `Noop` (level2.md §11.2).
func (p *parser) noopStmt() ast.Stmt {
	t := p.next()
	p.endLine()
	return &ast.NoopStmt{Sp: t.Span()}
}

// mainStmt parses `When main is called:` and its block (level2.md §11.3).
func (p *parser) mainStmt() ast.Stmt {
	start := p.next().Pos()
	p.next() // main
	p.next() // is
	p.next() // called
	s := &ast.MainStmt{Body: p.headerBlock("When main is called")}
	s.Sp = p.from(start)
	return s
}

// mainStmt reports a `When main is called:` block that is not the first
// one at the top level of the file, and walks its block as the main
// program's statements.
func (s *structure) mainStmt(st *ast.MainStmt, sc scope) {
	if st != s.mainBlock {
		s.diags.Errorf(ast.Span{Start: st.Sp.Start, End: st.Body.Sp.Start}, diag.CodeMainPlace, "",
			"\"When main is called:\" must appear once, at the top level")
	}
	s.block(st.Body, sc)
}

// firstMain returns the first `When main is called:` block among the
// file's own statements.
func firstMain(stmts []ast.Stmt) *ast.MainStmt {
	for _, st := range stmts {
		if m, ok := st.(*ast.MainStmt); ok {
			return m
		}
	}
	return nil
}
