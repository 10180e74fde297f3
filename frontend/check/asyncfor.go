package check

import "github.com/runa2go/runa2go/frontend/ast"

// asyncForEach checks `Async For each` (level2.md §11.1): it belongs in
// async code. Its tasks are not translated yet, so in async code the
// statement is reported as not supported once its iterated expression is
// checked.
func (c *checker) asyncForEach(s *ast.AsyncForEachStmt) {
	at := ast.Span{Start: s.Sp.Start, End: s.Var.Sp.Start}
	at.End.Col-- // "Async For each", without the space before the name
	c.expr(s.Iter)
	if !c.asyncAllowed() && !c.waitInLambda(at) {
		c.errorf(at, CodeAsyncEachPlain, "make it an Async Process", "Async For each needs async code")
		return
	}
	c.errorf(at, CodeUnsupported, "", "Async For each is not supported yet")
}
