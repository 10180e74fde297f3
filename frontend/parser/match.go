package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// matchStmt parses `Match E:` followed by an indented list of `When
// PATTERN:` arms.
func (p *parser) matchStmt() ast.Stmt {
	start := p.next().Pos()
	s := &ast.MatchStmt{}
	if p.words(0, "list", "containing") {
		s.Subject = p.matchListSubject()
	} else {
		s.Subject = p.headerExpr()
	}
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

// whenClause parses one `When PATTERN [GUARD]:` arm (level2.md §9).
func (p *parser) whenClause() *ast.WhenClause {
	start := p.next().Pos()
	c := &ast.WhenClause{}
	c.Pattern = p.pattern()
	if p.guardWord(0) {
		p.next()
		c.Guard = p.headerExpr()
	}
	if p.kind(0) != lexer.Colon && !p.atEOL(0) {
		p.unexpected(0, "\":\"")
	}
	c.Sp = p.from(start)
	c.Body = p.headerBlock("When")
	return c
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
