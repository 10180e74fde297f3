package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
)

// asyncEachHint is the hint of every statement that tries to leave an
// Async For each body (level2.md §11.1).
const asyncEachHint = "collect the results in a list, or use parallel_await"

// asyncForEach walks an Async For each: its body runs as one task per
// element, so Continue ends that element's run and Break, Return and Yield
// cannot leave it.
func (s *structure) asyncForEach(st *ast.AsyncForEachStmt, sc scope) {
	s.expr(st.Iter, sc)
	in := sc
	in.loop = false
	in.asyncEach = true
	s.block(st.Body, in)
}

// leavesAsyncEach reports a Break (outside an inner loop), Return or Yield
// in an Async For each body and returns true; it returns false elsewhere.
func (s *structure) leavesAsyncEach(st ast.Stmt, sc scope) bool {
	if !sc.asyncEach {
		return false
	}
	switch st := st.(type) {
	case *ast.BreakStmt:
		if sc.loop {
			return false
		}
		s.diags.Errorf(st.Sp, diag.CodeAsyncEachLeave, asyncEachHint, "Break cannot leave an Async For each body")
	case *ast.ReturnStmt:
		s.diags.Errorf(st.Sp, diag.CodeAsyncEachLeave, asyncEachHint, "Return cannot leave an Async For each body")
	case *ast.YieldStmt:
		s.diags.Errorf(st.Sp, diag.CodeAsyncEachLeave, asyncEachHint, "Yield cannot leave an Async For each body")
	default:
		return false
	}
	return true
}
