package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// matchStmt parses `Match E:` followed by an indented list of `When
// PATTERN:` arms. A When whose pattern is not Level 1 (a literal, `_` or
// a binding name) makes the whole Match a Level 2 construct.
func (p *parser) matchStmt() ast.Stmt {
	start := p.next().Pos()
	s := &ast.MatchStmt{Subject: p.headerExpr()}
	s.Sp = p.from(start)
	switch p.kind(0) {
	case lexer.Colon:
		p.next()
		if p.kind(0) != lexer.Newline {
			p.fail(p.span(0), diag.CodeBlock, "put each \"When\" arm on its own line, indented", "a block body cannot start on the line of its Match header")
		}
		p.next()
	case lexer.Newline:
		at := p.prevEnd()
		p.errorf(ast.Span{Start: at, End: at}, diag.CodeMissingColon, "add \":\" at the end of the line", "missing \":\" at the end of the Match header")
		p.next()
	default:
		p.unexpected(0, "\":\"")
	}
	if p.toks[p.pos].Kind != lexer.Indent {
		p.fail(p.span(0), diag.CodeBlock, "add indented \"When PATTERN:\" arms", "expected \"When\" arms after the Match header")
	}
	p.next()
	for p.toks[p.pos].Kind != lexer.Dedent && p.toks[p.pos].Kind != lexer.EOF {
		if p.toks[p.pos].Kind == lexer.Newline {
			p.next()
			continue
		}
		if !p.word(0, "When") {
			p.fail(p.span(0), diag.CodeSyntax, "a Match block holds only \"When PATTERN:\" arms", "expected \"When\", found %s", p.describe(0))
		}
		s.Arms = append(s.Arms, p.whenClause())
	}
	if p.toks[p.pos].Kind == lexer.Dedent {
		p.next()
	}
	s.Sp = p.from(start)
	return s
}

// whenClause parses one `When PATTERN:` arm.
func (p *parser) whenClause() *ast.WhenClause {
	start := p.next().Pos()
	c := &ast.WhenClause{}
	patStart := p.pos
	c.Pattern = p.pattern()
	if p.kind(0) != lexer.Colon && !p.atEOL(0) {
		// Anything more than a Level 1 pattern before the ':' is a richer pattern.
		end := p.pos
		for !p.atEOL(end - p.pos) {
			end++
		}
		if end > patStart && p.toks[end-1].Kind == lexer.Colon {
			panic(level2{"richer Match pattern", ast.Span{Start: p.toks[patStart].Pos(), End: p.toks[end-2].End()}})
		}
		p.unexpected(0, "\":\"")
	}
	c.Sp = p.from(start)
	c.Body = p.headerBlock("When")
	return c
}

// pattern parses a Level 1 pattern: a literal (a number may be negative),
// `_`, or a binding name.
func (p *parser) pattern() ast.Pattern {
	switch p.kind(0) {
	case lexer.Int, lexer.Float, lexer.String:
		return &ast.LiteralPattern{Value: p.literal()}
	case lexer.Minus:
		if k := p.kind(1); k == lexer.Int || k == lexer.Float {
			minus := p.next()
			lit := p.literal()
			negate(lit, minus.Pos())
			return &ast.LiteralPattern{Value: lit}
		}
	case lexer.Word:
		w := p.text(0)
		if lit := p.wordLiteral(); lit != nil {
			return &ast.LiteralPattern{Value: lit}
		}
		if w == "_" {
			return &ast.WildcardPattern{Sp: p.next().Span()}
		}
		if isName(w) {
			return &ast.BindPattern{Name: p.ident("a pattern")}
		}
	}
	// Not a Level 1 pattern: a richer one if the line is a When header.
	if p.lineEndsWithColon() {
		panic(level2{"richer Match pattern", p.span(0)})
	}
	p.unexpected(0, "a pattern (a literal, \"_\" or a name)")
	return nil
}

// lineEndsWithColon reports whether the logical line ends with ':'.
func (p *parser) lineEndsWithColon() bool {
	j := p.pos
	for !p.atEOL(j - p.pos) {
		j++
	}
	return j > p.pos && p.toks[j-1].Kind == lexer.Colon
}

// negate turns a number literal into its negative (a `-` written before it
// at pos), keeping Raw as written.
func negate(lit *ast.BasicLit, pos ast.Pos) {
	lit.Sp.Start = pos
	lit.Raw = "-" + lit.Raw
	lit.Int = -lit.Int
	lit.Float = -lit.Float
}

// tryStmt parses `Try:` with `Catch NAME:` and `Finally:` clauses.
func (p *parser) tryStmt() ast.Stmt {
	start := p.next().Pos()
	s := &ast.TryStmt{}
	s.Body = p.headerBlock("Try")
	if p.word(0, "Catch") {
		ct := p.next()
		if p.kind(0) != lexer.Word {
			p.fail(ct.Span(), diag.CodeSyntax, "write \"Catch e:\" to bind the error to e", "expected a name after \"Catch\"")
		}
		s.CatchName = p.ident("the caught error's name")
		s.Catch = p.headerBlock("Catch")
	}
	if p.word(0, "Finally") {
		p.next()
		s.Finally = p.headerBlock("Finally")
	}
	if s.Catch == nil && s.Finally == nil {
		p.errorf(ast.Span{Start: start, End: ast.Pos{Line: start.Line, Col: start.Col + 3}}, diag.CodeSyntax,
			"add \"Catch NAME:\" or \"Finally:\" after the Try block", "\"Try\" without \"Catch\" or \"Finally\"")
	}
	s.Sp = p.from(start)
	return s
}
