package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// afterNameWith decides what `NAME with` means (spec §4.3, Level 2 §3.1,
// §3.4) and parses it: a record literal `TypeName with:`, a call (named
// and positional items, block form or `f with` alone), or just NAME when
// the `with` belongs to an enclosing call or starts a Display part.
func (p *parser) afterNameWith(id *ast.Ident) ast.Expr {
	if id.Name == "input" && p.word(1, "prompt") && !p.word(2, "as") && !p.lineEndAt(2) {
		// `input with prompt P` (level2.md §7.2): the argument name without "as".
		return p.inputPrompt(id)
	}
	if p.withAddedAt(0) {
		return id // `id with V added` (level2.md §5.2)
	}
	if p.ctx.reduce > 0 && p.word(1, "initial") && !p.word(2, "as") {
		return id // the initial value of the open Reduce
	}
	if p.records[id.Name] && p.kind(1) == lexer.Colon && p.kind(2) == lexer.Newline && !p.ctx.header {
		return p.recordLit(id)
	}
	if p.records[id.Name] && (p.namedArgAt(1) || p.positionalAt(1)) {
		return p.inlineRecord(id)
	}
	if p.ctx.argDepth > 0 && !p.processValued(id.Name) {
		return id
	}
	if p.ctx.argDepth == 0 && p.inDisplay() && p.displayPartAt(0) && !p.processValued(id.Name) {
		return id // the Display head ends: `Display city with people as n`
	}
	switch {
	case p.namedArgAt(1):
		return p.withCall(id)
	case p.kind(1) == lexer.Colon:
		if p.ctx.header {
			// The ':' ends the header: `f with` alone, a call without arguments.
			p.next()
			return &ast.CallExpr{Sp: sp(id.Sp.Start, p.prevEnd()), Fun: id, Style: ast.NamedCall}
		}
		return p.blockCall(id)
	case p.noArgEnd(1):
		p.next()
		return &ast.CallExpr{Sp: sp(id.Sp.Start, p.prevEnd()), Fun: id, Style: ast.NamedCall}
	case p.positionalAt(1):
		return p.withCall(id)
	}
	return id
}

// noArgEnd reports whether token i ends a `f with` call without arguments.
func (p *parser) noArgEnd(i int) bool {
	switch p.kind(i) {
	case lexer.Newline, lexer.EOF, stop, lexer.RParen, lexer.RBrack, lexer.Comma:
		return true
	}
	return false
}

// namedArg parses one `NAME as VALUE`.
func (p *parser) namedArg() *ast.Arg {
	name := p.anyWord("an argument name")
	p.expectWord("as")
	saved := p.ctx.positional
	p.ctx.argDepth++
	p.ctx.positional = false
	v := p.expr()
	p.ctx.argDepth--
	p.ctx.positional = saved
	return &ast.Arg{Name: name, Value: v}
}

// blockCall parses the block form `f with:` + indented `a as X` lines.
func (p *parser) blockCall(id *ast.Ident) ast.Expr {
	call := &ast.CallExpr{Fun: id, Style: ast.NamedCall}
	oc := &openCall{name: id.Name}
	p.next() // with
	p.blockLines("named arguments", func() {
		p.ctx = ctx{argDepth: 0, calls: []*openCall{oc}}
		for {
			call.Args = append(call.Args, p.namedArg())
			if !p.lineEnded && (p.word(0, "and") || p.word(0, "with")) && p.namedArgAt(1) && p.owner(p.text(1), p.word(0, "with")) == oc {
				p.next()
				continue
			}
			break
		}
	})
	call.Sp = sp(id.Sp.Start, p.prevEnd())
	return call
}

// recordLit parses `TypeName with:` + indented `field as VALUE` lines.
func (p *parser) recordLit(id *ast.Ident) ast.Expr {
	r := &ast.RecordLit{Type: id}
	p.next() // with
	p.blockLines("record fields", func() {
		f := &ast.FieldInit{Name: p.anyWord("a field name")}
		p.expectWord("as")
		f.Value = p.expr()
		r.Fields = append(r.Fields, f)
	})
	r.Sp = sp(id.Sp.Start, p.prevEnd())
	return r
}

// blockStart consumes the ':' and line break that open the block of a
// block-taking expression, and checks that an indented block follows.
func (p *parser) blockStart(what string) {
	if p.ctx.header {
		p.fail(p.span(0), diag.CodeBlock, "assign it with Let on its own line, then use the variable in the header",
			"%s needs its own block and cannot appear in a block header", what)
	}
	colon := p.expect(lexer.Colon, "\":\"")
	if p.kind(0) != lexer.Newline {
		p.fail(p.span(0), diag.CodeBlock, "put the block on the following lines, indented", "the block of %s must start on the next line", what)
	}
	if p.tok(1).Kind != lexer.Indent {
		p.fail(colon.Span(), diag.CodeBlock, "indent the block on the lines after this one", "expected an indented block for %s", what)
	}
	p.next() // Newline
}

// blockLines parses the ':' and the indented lines of an expression block
// (named arguments, record fields, dictionary entries), calling line for
// each line; it then marks the logical line as complete.
func (p *parser) blockLines(what string, line func()) {
	p.blockStart(what)
	p.indentedLines(line)
}

// indentedLines parses the indented lines that follow the Newline at the
// cursor, calling line for each.
func (p *parser) indentedLines(line func()) {
	saved := p.ctx
	p.limit = len(p.toks) - 1
	p.next() // Indent
	for {
		k := p.toks[p.pos].Kind
		if k == lexer.Dedent || k == lexer.EOF {
			break
		}
		if k == lexer.Newline {
			p.next()
			continue
		}
		p.ctx = ctx{}
		line()
		if p.itemLines > 0 && p.kind(0) == lexer.Comma && p.lineEndAt(1) {
			p.next() // a `,` ending an item line (level2.md §5.3)
		}
		p.endLine()
		p.limit = len(p.toks) - 1
	}
	if p.toks[p.pos].Kind == lexer.Dedent {
		p.next()
	}
	p.ctx = saved
	p.endByBlock()
}

// inputPrompt parses `input with prompt P` (level2.md §7.2), the one call
// whose argument name is not followed by "as": a named call of input
// with the argument prompt.
func (p *parser) inputPrompt(id *ast.Ident) ast.Expr {
	p.next() // with
	t := p.next()
	name := &ast.Ident{Sp: t.Span(), Name: "prompt"}
	p.ctx.argDepth++
	v := p.expr()
	p.ctx.argDepth--
	return &ast.CallExpr{Sp: sp(id.Sp.Start, v.Span().End), Fun: id, Style: ast.NamedCall, Args: []*ast.Arg{{Name: name, Value: v}}}
}
