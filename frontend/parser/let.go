package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// letStmt parses `Let NAME be E`, `Let NAME as TYPE be E` and
// `Let NAME (TYPE) be E`.
func (p *parser) letStmt() ast.Stmt {
	start := p.next().Pos()
	s := &ast.LetStmt{Name: p.ident("a variable name")}
	switch {
	case p.word(0, "as"):
		p.next()
		s.Type = p.typeExpr()
	case p.kind(0) == lexer.LParen:
		p.next()
		s.Type = p.typeExpr()
		p.expect(lexer.RParen, "\")\"")
	}
	p.expectWord("be")
	s.Value = p.expr()
	p.endLine()
	s.Sp = p.from(start)
	return s
}

// setStmt parses `Set TARGET to E` where TARGET is a name, an index or a
// member access.
func (p *parser) setStmt() ast.Stmt {
	start := p.next().Pos()
	target := p.target()
	p.expectWord("to")
	s := &ast.SetStmt{Target: target, Value: p.expr()}
	p.endLine()
	s.Sp = p.from(start)
	return s
}

// target parses an assignable place: NAME followed by any [E] and .field.
func (p *parser) target() ast.Expr {
	var x ast.Expr = p.ident("a variable name")
	for {
		switch p.kind(0) {
		case lexer.LBrack:
			x = p.index(x)
			continue
		case lexer.Dot:
			p.next()
			name := p.anyWord("a field name")
			x = &ast.MemberExpr{Sp: ast.Span{Start: x.Span().Start, End: name.Sp.End}, X: x, Name: name}
			continue
		}
		return x
	}
}
