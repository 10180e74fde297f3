package parser

import "github.com/runa2go/runa2go/frontend/ast"

// asyncForEachStmt parses `Async For each NAME in E:` + block (level2.md
// §11.1); the cursor is on `Async`, followed by `For`.
func (p *parser) asyncForEachStmt() ast.Stmt {
	start := p.next().Pos()
	p.next() // For
	p.expectWord("each")
	s := &ast.AsyncForEachStmt{Var: p.ident("a loop variable name")}
	p.expectWord("in")
	s.Iter = p.headerExpr()
	s.Body = p.headerBlock("Async For each")
	s.Sp = p.from(start)
	return s
}
