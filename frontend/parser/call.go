package parser

import (
	"fmt"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// afterNameWith decides what `NAME with` means (spec §4.3) and parses it:
// a record literal `TypeName with:`, a named call (inline, block form or
// `f with` alone), or just NAME when the `with` belongs to an enclosing
// call (inside an argument value, only processes and builtins nest).
func (p *parser) afterNameWith(id *ast.Ident) ast.Expr {
	if p.ctx.reduce > 0 && p.word(1, "initial") && !p.word(2, "as") {
		return id // the initial value of the open Reduce
	}
	if p.records[id.Name] && p.kind(1) == lexer.Colon && p.kind(2) == lexer.Newline && !p.ctx.header {
		return p.recordLit(id)
	}
	if p.ctx.argDepth > 0 && !p.callable(id.Name) {
		return id
	}
	switch {
	case p.namedArgAt(1):
		return p.namedCall(id)
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
	case p.callable(id.Name) && p.startsValue(1) && !p.word(1, "message"):
		p.positionalWith(id)
	}
	return id
}

// startsValue reports whether token i can start an argument value.
func (p *parser) startsValue(i int) bool {
	switch p.kind(i) {
	case lexer.Int, lexer.Float, lexer.String, lexer.LParen, lexer.Minus, lexer.Word:
		return true
	}
	return false
}

// positionalWith reports `f with VALUE`, a value without its parameter
// name, with a hint that shows the named form (spec §4.3) using the
// parameter names of f when they are known. It abandons the statement.
func (p *parser) positionalWith(id *ast.Ident) {
	params, ok := p.procs[id.Name]
	if !ok {
		params = builtins[id.Name]
	}
	value := "…"
	if p.kind(2) == lexer.Newline || p.kind(2) == lexer.EOF || p.kind(2) == stop || p.kind(2) == lexer.Comma || p.kind(2) == lexer.RParen {
		value = p.text(1)
	}
	var hint string
	switch {
	case len(params) == 0:
		hint = fmt.Sprintf("%q takes no named arguments: write \"%s()\" or pass values in parentheses", id.Name, id.Name)
	case params[0] == anyParams:
		hint = fmt.Sprintf("name each argument: \"%s with NAME as %s\"", id.Name, value)
	default:
		var b strings.Builder
		fmt.Fprintf(&b, "name each argument: \"%s with %s as %s", id.Name, params[0], value)
		for _, q := range params[1:] {
			if q != anyParams {
				fmt.Fprintf(&b, " and %s as …", q)
			}
		}
		b.WriteString("\"")
		hint = b.String()
	}
	p.fail(p.span(1), diag.CodeSyntax, hint, "arguments after \"with\" are named: %s is missing its parameter name", p.describe(1))
}

// noArgEnd reports whether token i ends a `f with` call without arguments.
func (p *parser) noArgEnd(i int) bool {
	switch p.kind(i) {
	case lexer.Newline, lexer.EOF, stop, lexer.RParen, lexer.RBrack, lexer.Comma:
		return true
	}
	return false
}

// namedCall parses `f with a as X and b as Y` / `f with a as X with b as Y`.
// Each value extends as far right as it can; a following `and NAME as` or
// `with NAME as` continues this call only when this call is the innermost
// open call whose callee declares NAME.
func (p *parser) namedCall(id *ast.Ident) ast.Expr {
	call := &ast.CallExpr{Fun: id, Style: ast.NamedCall}
	oc := &openCall{name: id.Name}
	p.ctx.calls = append(p.ctx.calls, oc)
	n := len(p.ctx.calls)
	p.next() // with
	for {
		call.Args = append(call.Args, p.namedArg())
		if !p.lineEnded && (p.word(0, "and") || p.word(0, "with")) && p.namedArgAt(1) && p.owner(p.text(1)) == oc {
			p.next()
			continue
		}
		break
	}
	p.ctx.calls = p.ctx.calls[:n-1]
	call.Sp = sp(id.Sp.Start, p.prevEnd())
	return call
}

// namedArg parses one `NAME as VALUE`.
func (p *parser) namedArg() *ast.Arg {
	name := p.anyWord("an argument name")
	p.expectWord("as")
	p.ctx.argDepth++
	v := p.expr()
	p.ctx.argDepth--
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
			if !p.lineEnded && (p.word(0, "and") || p.word(0, "with")) && p.namedArgAt(1) && p.owner(p.text(1)) == oc {
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
