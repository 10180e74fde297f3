package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
)

// mainStmt emits the block of `When main is called:` at its place: the
// file being compiled is the program (level2.md §11.3). Runa's names are
// function-wide, so the block needs no Go scope of its own.
func (f *fnGen) mainStmt(b *[]jen.Code, s *ast.MainStmt) {
	f.stmts(b, s.Body.Stmts)
}
