package check

import "github.com/runa2go/runa2go/frontend/ast"

// fallsOff reports whether control may reach the end of a process body
// without a Return or Throw (the process then gives None, spec §7). It is
// ast.Returns extended to the blocks that run their body to its end or
// not at all: a Try whose body and Catch both end (or whose Finally
// does), and a With whose body ends.
func fallsOff(stmts []ast.Stmt) bool { return !ends(stmts) }

// ends reports whether every path through stmts ends in Return or Throw.
func ends(stmts []ast.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.BreakStmt, *ast.ContinueStmt:
			return false
		case *ast.IfStmt:
			if s.Clauses[len(s.Clauses)-1].Cond == nil {
				all := true
				for _, cl := range s.Clauses {
					all = all && ends(cl.Body.Stmts)
				}
				if all {
					return true
				}
			}
		case *ast.TryStmt:
			if s.Finally != nil && ends(s.Finally.Stmts) {
				return true
			}
			if ends(s.Body.Stmts) && (s.Catch == nil || ends(s.Catch.Stmts)) {
				return true
			}
		case *ast.WithStmt:
			if ends(s.Body.Stmts) {
				return true
			}
		}
		if ast.Returns([]ast.Stmt{s}) {
			return true
		}
	}
	return false
}
