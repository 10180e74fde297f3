package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// stmtList parses statements up to the Dedent closing the current block
// (not consumed) or the end of the file. An indented line that no header
// opened is reported once and its statements kept.
func (p *parser) stmtList(top bool) []ast.Stmt {
	var out []ast.Stmt
	stray := 0 // open stray indentations, whose statements join this list
	for {
		switch p.toks[p.pos].Kind {
		case lexer.EOF:
			return out
		case lexer.Dedent:
			if !top && stray == 0 {
				return out
			}
			if stray > 0 {
				stray--
			}
			p.next()
			continue
		case lexer.Newline:
			p.next()
			continue
		case lexer.Indent:
			p.errorf(p.toks[p.pos+1].Span(), diag.CodeIndent, "indent a line only inside a block opened by a line ending in \":\"",
				"unexpected indentation")
			p.next()
			stray++
			continue
		}
		before, synth := p.pos, p.synth
		out = append(out, p.stmt())
		if top {
			p.sizes = append(p.sizes, p.pos-before+p.synth-synth)
		}
	}
}

// block parses an indented statement block; the current token is its Indent.
func (p *parser) block() *ast.Block {
	savedLimit, savedCtx := p.limit, p.ctx
	p.limit = len(p.toks) - 1
	p.ctx = ctx{}
	start := p.toks[p.pos].Pos()
	p.next()
	p.enterBlock()
	stmts := p.stmtList(false)
	if p.toks[p.pos].Kind == lexer.Dedent {
		p.next()
	}
	b := &ast.Block{Sp: ast.Span{Start: start, End: p.prevEnd()}, Stmts: stmts}
	p.limit, p.ctx = savedLimit, savedCtx
	return b
}

// headerBlock parses the ':' that ends a block header named what, the line
// break and the indented block. A missing ':' is reported at the header
// line (with a hint) and the block is parsed anyway.
func (p *parser) headerBlock(what string) *ast.Block {
	switch p.kind(0) {
	case lexer.Colon:
		colon := p.next()
		switch p.kind(0) {
		case lexer.Newline:
			p.next()
			if p.toks[p.pos].Kind == lexer.Indent {
				return p.block()
			}
		case lexer.EOF:
		default:
			p.fail(p.span(0), diag.CodeBlock, "put the body on the following lines, indented",
				"a block body cannot start on the line of its %s header", what)
		}
		p.errorf(colon.Span(), diag.CodeBlock, "indent the body on the lines after the header",
			"expected an indented block after the %s header", what)
		return &ast.Block{Sp: ast.Span{Start: colon.End(), End: colon.End()}}
	case lexer.Newline, lexer.EOF:
		at := p.prevEnd()
		p.errorf(ast.Span{Start: at, End: at}, diag.CodeMissingColon, "add \":\" at the end of the line",
			"missing \":\" at the end of the %s header", what)
		if p.kind(0) == lexer.Newline {
			p.next()
		}
		if p.toks[p.pos].Kind == lexer.Indent {
			return p.block()
		}
		return &ast.Block{Sp: ast.Span{Start: at, End: at}}
	}
	p.unexpected(0, "\":\"")
	return nil
}

// stmt parses one statement with its block. On a syntax error it reports
// once, skips the statement and its block, and returns a BadStmt; a Level 2
// construct becomes an Unsupported statement.
func (p *parser) stmt() (s ast.Stmt) {
	start := p.tok(0).Pos()
	d := p.depth
	saved, nest := p.ctx, p.nest
	clauses := p.word(0, "If") || p.word(0, "Try")
	p.limit = len(p.toks) - 1
	p.lineEnded = false
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		p.ctx, p.nest = saved, nest
		switch r := r.(type) {
		case bailout:
			p.skipStmt(d, clauses)
			s = &ast.BadStmt{Sp: p.from(start)}
		case level2:
			p.skipStmt(d, clauses)
			s = &ast.Unsupported{Sp: p.from(start), At: r.at, Construct: r.construct}
		default:
			panic(r)
		}
		p.limit = len(p.toks) - 1
		p.lineEnded = false
	}()
	s = p.stmtInner()
	p.limit = len(p.toks) - 1
	p.lineEnded = false
	return s
}

func (p *parser) stmtInner() ast.Stmt {
	if p.kind(0) == lexer.Word {
		switch p.text(0) {
		case "Let":
			return p.letStmt()
		case "Set":
			return p.setStmt()
		case "If":
			return p.ifStmt()
		case "While":
			return p.whileStmt()
		case "For":
			return p.forEachStmt()
		case "Break", "Continue":
			return p.jumpStmt()
		case "Return":
			return p.returnStmt()
		case "Display":
			return p.displayStmt()
		case "Add":
			return p.addStmt()
		case "Remove":
			return p.removeStmt()
		case "Match":
			return p.matchStmt()
		case "Try":
			return p.tryStmt()
		case "Throw":
			return p.throwStmt()
		case "With":
			return p.withStmt()
		case "Yield":
			return p.yieldStmt()
		case "Resolve", "Reject":
			return p.settleStmt()
		case "Type":
			return p.typeDecl()
		case "Process", "Async":
			if p.text(0) == "Async" && p.word(1, "For") {
				return p.asyncForEachStmt()
			}
			return p.procDecl()
		case "Import":
			panic(level2{"Import", p.span(0)})
		case "Memoized":
			if p.word(1, "Process") || p.word(1, "Async") {
				return p.procDecl()
			}
		case "End":
			if p.kind(1) == lexer.Word && isUpper(p.text(1)[0]) || p.atEOL(1) {
				p.dialect(ast.Span{Start: p.tok(0).Pos(), End: p.tok(1).End()}, "\"End "+p.text(1)+"\"",
					"blocks end where the indentation returns; delete this line")
			}
		case "Note":
			if p.kind(1) == lexer.Colon {
				p.dialect(ast.Span{Start: p.tok(0).Pos(), End: p.tok(1).End()}, "a \"Note:\" comment",
					"write comments with \"#\"")
			}
		case "Otherwise":
			p.fail(p.span(0), diag.CodeSyntax, "", "\"Otherwise\" without a matching \"If\"")
		case "Else", "Elif", "ElseIf", "Elsif", "else", "elif":
			if p.kind(1) == lexer.Colon || p.word(1, "if") || p.word(1, "If") || p.text(0) != "Else" && p.text(0) != "else" {
				hint := "write \"Otherwise:\""
				if p.kind(1) != lexer.Colon {
					hint = "write \"Otherwise if CONDITION:\""
				}
				p.fail(p.span(0), diag.CodeSyntax, hint, "%q is not a Runa keyword", p.text(0))
			}
		case "Noop":
			return p.noopStmt()
		case "When":
			if p.word(1, "main") && p.word(2, "is") && p.word(3, "called") {
				return p.mainStmt()
			}
			p.fail(p.span(0), diag.CodeSyntax, "", "\"When\" outside a \"Match\" block")
		case "Catch", "Finally":
			p.fail(p.span(0), diag.CodeSyntax, "", "%q without a matching \"Try\"", p.text(0))
		}
	}
	x := p.expr()
	p.endLine()
	return &ast.ExprStmt{X: x}
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
