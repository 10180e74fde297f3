package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// The inline conditional `If C Then A Otherwise B` (level2.md §8, §12).
//
// It is an operand (recognised by `If` where an operand is expected; at the
// start of a statement `If` always opens an If statement). C ends before
// `Then` and A before the matching `Otherwise` (inline Ifs nested in A pair
// innermost first): both are delimited, so they are parsed like bracketed
// parts, outside the argument context around the If. B extends as far right
// as its context allows (§12.2): it is parsed in the surrounding context, so
// it stops where an argument value there stops (`and NAME as` of an open
// call, `with message`, a closing bracket, the end of the line). Inside
// parentheses the form may span lines (the lexer joins them).

func init() {
	// level2.md §1: `Then` is reserved, so C and A always end before it.
	reserved["Then"] = true
}

// inlineIf parses `If C Then A Otherwise B`; the current token is `If`.
func (p *parser) inlineIf() ast.Expr {
	ifTok := p.next()
	saved := p.ctx
	p.ctx = ctx{header: saved.header}
	cond := p.expr()
	if !p.word(0, "Then") {
		if p.lineEnded {
			p.fail(ifTok.Span(), diag.CodeSyntax, "", "expected \"Then\" after the condition of an inline If")
		}
		p.unexpected(0, "\"Then\"")
	}
	thenSp := p.next().Span()
	then := p.expr()
	p.ctx = saved
	if !p.word(0, "Otherwise") {
		if p.lineEnded || p.valueEnd(0) || p.kind(0) == lexer.Pipe {
			p.fail(ifTok.Span(), diag.CodeSyntax, "add \"Otherwise\" and the value to use when the condition is false",
				"an inline If needs \"Otherwise\"")
		}
		p.unexpected(0, "\"Otherwise\"")
	}
	elseSp := p.next().Span()
	// B ends before `|>` (level2.md §6): the pipeline takes the whole If.
	savedPipe := p.ctx.noPipe
	p.ctx.noPipe = true
	els := p.expr()
	p.ctx.noPipe = savedPipe
	return &ast.IfExpr{Sp: sp(ifTok.Pos(), p.prevEnd()), Cond: cond, ThenSp: thenSp, Then: then, ElseSp: elseSp, Else: els}
}

// inlineIfStmt reports `If C Then …` written as a statement (level2.md §8,
// §15): the If statement's header ended at `Then` instead of ':'.
func (p *parser) inlineIfStmt(ifSp ast.Span) {
	p.fail(ifSp, diag.CodeSyntax, "use it as a value, e.g. \"Let x be If c Then a Otherwise b\"",
		"an inline If is an expression; an If statement ends with \":\"")
}
