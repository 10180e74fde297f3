package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// newAwaitable parses `new awaitable that resolves when:` + block.
func (p *parser) newAwaitable() ast.Expr {
	start := p.tok(0).Pos()
	p.skip(2)
	p.expectWord("that")
	p.expectWord("resolves")
	p.expectWord("when")
	p.blockStart("new awaitable")
	body := p.block()
	p.endByBlock()
	return &ast.NewAwaitable{Sp: sp(start, p.prevEnd()), Body: body}
}

// eachExpr parses `parallel_await for each X in L:` or `race_await for each
// X in L:` followed by one indented expression.
func (p *parser) eachExpr() ast.Expr {
	t := p.next()
	e := &ast.EachExpr{Kind: ast.ParallelEach}
	what := "parallel_await for each"
	if t.Text(p.src) == "race_await" {
		e.Kind, what = ast.RaceEach, "race_await for each"
	}
	p.skip(2)
	e.Var = p.ident("a loop variable name")
	p.expectWord("in")
	if p.ctx.header {
		p.fail(t.Span(), diag.CodeBlock, "assign it with Let on its own line, then use the variable in the header",
			"%s needs its own block and cannot appear in a block header", what)
	}
	saved := p.ctx
	p.ctx.header = true
	e.Iter = p.expr()
	p.ctx = saved
	p.blockStart(what)
	p.limit = len(p.toks) - 1
	p.next() // Indent
	p.ctx = ctx{}
	e.Body = p.expr()
	p.endLine()
	p.limit = len(p.toks) - 1
	if p.toks[p.pos].Kind != lexer.Dedent && p.toks[p.pos].Kind != lexer.EOF {
		p.fail(p.span(0), diag.CodeBlock, "compute the value in a process and call it here",
			"the block of %s holds exactly one expression", what)
	}
	p.next()
	p.ctx = saved
	p.endByBlock()
	e.Sp = sp(t.Pos(), p.prevEnd())
	return e
}

// parenOrCallback parses `( E )`, or a callback literal `(a, b):` + block.
func (p *parser) parenOrCallback() ast.Expr {
	if p.callbackAhead() {
		return p.callbackLit()
	}
	start := p.next().Pos()
	x := p.nested()
	end := p.expect(lexer.RParen, "\")\"").End()
	return &ast.ParenExpr{Sp: sp(start, end), X: x}
}

// callbackAhead reports whether a callback literal starts here: a
// parenthesised list of names (each optionally `as TYPE`), then ':' at the
// end of the line.
func (p *parser) callbackAhead() bool {
	i := 1
	if p.kind(i) != lexer.RParen {
		for {
			if p.kind(i) != lexer.Word {
				return false
			}
			i++
			if p.word(i, "as") {
				i++
				depth := 0
				for p.kind(i) == lexer.Word || p.kind(i) == lexer.LBrack || p.kind(i) == lexer.RBrack && depth > 0 || p.kind(i) == lexer.Comma && depth > 0 {
					switch p.kind(i) {
					case lexer.LBrack:
						depth++
					case lexer.RBrack:
						depth--
					}
					i++
				}
			}
			if p.kind(i) != lexer.Comma {
				break
			}
			i++
		}
	}
	return p.kind(i) == lexer.RParen && p.kind(i+1) == lexer.Colon && p.kind(i+2) == lexer.Newline
}

// callbackLit parses `(a, b):` + indented block, an anonymous process.
func (p *parser) callbackLit() ast.Expr {
	start := p.next().Pos()
	c := &ast.CallbackLit{}
	for p.kind(0) != lexer.RParen {
		c.Params = append(c.Params, p.param())
		if p.kind(0) != lexer.Comma {
			break
		}
		p.next()
	}
	p.expect(lexer.RParen, "\")\"")
	p.blockStart("a callback")
	c.Body = p.block()
	p.endByBlock()
	c.Sp = sp(start, p.prevEnd())
	return c
}
