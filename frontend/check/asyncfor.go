package check

import "github.com/runa2go/runa2go/frontend/ast"

// asyncForEach checks `Async For each NAME in E:` (level2.md §11.1). E is
// iterated as by For each, in the enclosing process. The body is a process
// of its own (Proc.AsyncEach), nested in the enclosing one like a Lambda:
// NAME is its parameter, typed by E's elements, and the names it declares
// with Let (For each, Catch, Match) are its locals, so each element's task
// has its own; other names are the enclosing process's (Set assigns them).
// The statement belongs in async code.
func (c *checker) asyncForEach(s *ast.AsyncForEachStmt) {
	p, ok := c.prog.AsyncEach[s]
	if !ok {
		p = &Proc{Name: "Async For each", AsyncEach: s, Kind: ast.AsyncProc, Parent: c.proc, scope: map[string]*Var{}, calls: map[*Proc]bool{}}
		p.Result = c.newTVar("result of an Async For each body", s.Sp.Start)
		p.Func = &Func{Result: p.Result, Kind: ast.AsyncProc}
		v := &Var{Name: s.Var.Name, Param: true, Loop: true, Owner: p, Decl: s.Var.Sp, Blocks: []ast.Span{s.Body.Sp}, iterated: true}
		v.Slot = c.newTVar("variable "+quote(v.Name), s.Var.Sp.Start)
		c.hidesForm(s.Var.Sp, v.Name)
		p.scope[v.Name] = v
		p.Params = []*Var{v}
		c.prog.Defs[s.Var] = v
		c.scanLocals(p, s.Body.Stmts, false)
		c.prog.AsyncEach[s] = p
	}
	c.iterate(s.Iter, p.Params[0])
	at := ast.Span{Start: s.Sp.Start, End: s.Var.Sp.Start}
	at.End.Col-- // "Async For each", without the space before the name
	if !c.asyncAllowed() && !c.waitInLambda(at) {
		c.errorf(at, CodeAsyncEachPlain, "make it an Async Process", "Async For each needs async code")
	}
	if c.proc != nil {
		c.proc.NeedsTask = true
	}
	c.walkProc(p, s.Body.Stmts)
}
