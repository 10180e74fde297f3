package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// skippedAwaits warns about await statements in a generator that come
// after a Yield in the same block (outside a Finally): when the consumer
// stops early the generator stops at that Yield, so they never run (the
// seed's stream_data closes its connection that way).
func (c *checker) skippedAwaits() {
	for _, p := range c.prog.Procs {
		if p.Kind == ast.AsyncGeneratorProc {
			c.awaitsAfterYield(p.Decl.Body.Stmts)
		}
	}
}

func (c *checker) awaitsAfterYield(stmts []ast.Stmt) {
	yielded := false
	for _, s := range stmts {
		if yielded && isAwaitStmt(s) {
			c.diags.Warnf(s.Span(), "W306",
				"move it into a Finally block or a context manager's cleanup so it runs however the loop ends",
				"this await is skipped when the consumer stops early: the generator stops at the Yield before it")
		}
		for _, b := range childBlocks(s) {
			c.awaitsAfterYield(b.Stmts)
		}
		if containsYield(s) {
			yielded = true
		}
	}
}

// isAwaitStmt reports whether s is a statement whose value is an await.
func isAwaitStmt(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ExprStmt:
		_, ok := s.X.(*ast.AwaitExpr)
		return ok
	case *ast.LetStmt:
		_, ok := s.Value.(*ast.AwaitExpr)
		return ok
	case *ast.SetStmt:
		_, ok := s.Value.(*ast.AwaitExpr)
		return ok
	}
	return false
}

// childBlocks lists the blocks nested in s where a skipped await matters
// (Finally blocks are cleanups: they always run).
func childBlocks(s ast.Stmt) []*ast.Block {
	out := ast.Blocks(s)
	if t, ok := s.(*ast.TryStmt); ok && t.Finally != nil {
		out = out[:len(out)-1]
	}
	return out
}

// containsYield reports whether s is or contains a Yield (outside Finally).
func containsYield(s ast.Stmt) bool {
	if _, ok := s.(*ast.YieldStmt); ok {
		return true
	}
	for _, b := range childBlocks(s) {
		for _, x := range b.Stmts {
			if containsYield(x) {
				return true
			}
		}
	}
	return false
}
