package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// lambdaAhead reports whether a Lambda starts at the cursor: `Lambda` or
// `Async Lambda` (level2.md §4.1).
func (p *parser) lambdaAhead() bool {
	return p.word(0, "Lambda") || p.words(0, "Async", "Lambda")
}

// lambda parses `Lambda PARAMS: E` or `Lambda PARAMS:` followed by an
// indented block, optionally prefixed by `Async` (level2.md §4.1). PARAMS
// are zero or more parameters separated by `and` or `,`, each `name`,
// `name as TYPE` or `name (TYPE)`.
//
// An expression body is an argument value (§12.2): it extends as far right
// as the expression can and stops where the enclosing context stops it (a
// `,`, a closing bracket, `and NAME as` of an open call, the `:` of a
// block header). It is stored as a block of one Return.
func (p *parser) lambda() ast.Expr {
	start := p.tok(0).Pos()
	l := &ast.LambdaLit{}
	if p.word(0, "Async") {
		l.Async = true
		p.next()
	}
	p.next() // Lambda
	for p.kind(0) != lexer.Colon {
		l.Params = append(l.Params, p.param())
		if p.kind(0) == lexer.Comma || p.word(0, "and") {
			p.next()
			if p.kind(0) == lexer.Colon {
				p.unexpected(0, "a parameter name")
			}
			continue
		}
		if p.kind(0) != lexer.Colon {
			p.unexpected(0, "\":\", \"and\" or \",\" after a Lambda parameter")
		}
	}
	if p.kind(1) == lexer.Newline || p.kind(1) == lexer.EOF || p.kind(1) == stop {
		p.blockStart("a Lambda")
		l.Body = p.block()
		p.endByBlock()
		l.Sp = sp(start, p.prevEnd())
		return l
	}
	p.next() // :
	p.enter()
	x := p.expr()
	p.leave()
	l.Expr = true
	l.Body = &ast.Block{Sp: x.Span(), Stmts: []ast.Stmt{&ast.ReturnStmt{Sp: x.Span(), Value: x}}}
	l.Sp = sp(start, x.Span().End)
	return l
}

// parenType parses a type that starts with "(": a type in parentheses, or
// a function type `(A, B) -> R` / `() -> R` (level2.md §4.4), which is
// the type Function[A, B, R].
func (p *parser) parenType() *ast.TypeExpr {
	start := p.next().Pos() // (
	var params []*ast.TypeExpr
	for p.kind(0) != lexer.RParen {
		params = append(params, p.typeExpr())
		if p.kind(0) != lexer.Comma {
			break
		}
		p.next()
	}
	p.expect(lexer.RParen, "\")\" or \",\"")
	if p.kind(0) != lexer.Arrow {
		if len(params) != 1 {
			p.unexpected(0, "\"->\" after the parameter types of a function type")
		}
		return params[0]
	}
	p.next() // ->
	res := p.typeExpr()
	return &ast.TypeExpr{Sp: sp(start, res.Sp.End), Name: "Function", Args: append(params, res), Arrow: true}
}
