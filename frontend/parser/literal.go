package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// valueEnd reports whether token i ends a value list (a `list containing`
// item list or an inline dictionary): the end of the line, a closing
// bracket, ',', ':', the `to`/`from` of Add/Remove, the `Then`/`Otherwise`
// of an inline If, `with message`, or the next named argument.
func (p *parser) valueEnd(i int) bool {
	switch p.kind(i) {
	case lexer.Newline, lexer.EOF, stop, lexer.RParen, lexer.RBrack, lexer.Comma, lexer.Colon, lexer.Pipe:
		return true
	case lexer.Word:
		switch p.text(i) {
		case "to", "from", "Then", "Otherwise":
			return true
		case "and", "with":
			return p.namedArgAt(i+1) || p.word(i+1, "message")
		}
	}
	return false
}

// listLit parses `list containing A, B, …`; with nothing after it, the
// empty list.
func (p *parser) listLit() ast.Expr {
	start := p.tok(0).Pos()
	p.skip(2)
	l := &ast.ListLit{}
	if p.kind(0) == lexer.Newline && p.tok(1).Kind == lexer.Indent && !p.ctx.header {
		// Item lines (level2.md §5.3): one item per deeper line.
		l.ItemLines = true
		p.itemLines++
		p.next() // Newline
		p.indentedLines(func() {
			l.Items = append(l.Items, p.expr())
		})
		p.itemLines--
	} else if !p.valueEnd(0) {
		for {
			l.Items = append(l.Items, p.expr())
			if p.lineEnded || p.kind(0) != lexer.Comma {
				break
			}
			p.next()
		}
	}
	l.Sp = sp(start, p.prevEnd())
	return l
}

// dictLit parses `dictionary with:` + indented `KEY as VALUE` lines, the
// inline `dictionary with: "a" as 1, "b" as 2`, or `dictionary with` alone
// (an empty dictionary).
func (p *parser) dictLit() ast.Expr {
	start := p.tok(0).Pos()
	p.skip(2)
	d := &ast.DictLit{}
	switch {
	case p.kind(0) == lexer.Colon && !p.ctx.header && (p.kind(1) == lexer.EOF || p.kind(1) == lexer.Newline && p.tok(2).Kind != lexer.Indent):
		p.fail(sp(start, p.tok(0).End()), diag.CodeBlock, "for an empty dictionary write \"dictionary with\" (without \":\"); or indent \"KEY as VALUE\" lines below",
			"\"dictionary with:\" has no entries")
	case p.kind(0) == lexer.Colon && p.kind(1) == lexer.Newline && !p.ctx.header:
		p.blockLines("dictionary entries", func() {
			d.Entries = append(d.Entries, p.dictEntry())
		})
	case p.kind(0) == lexer.Colon && !p.valueEnd(1):
		p.next()
		for {
			d.Entries = append(d.Entries, p.dictEntry())
			if p.lineEnded || p.kind(0) != lexer.Comma {
				break
			}
			p.next()
		}
	case p.noArgEnd(0) || p.ctx.header && p.kind(0) == lexer.Colon:
	default:
		p.unexpected(0, "\":\"")
	}
	d.Sp = sp(start, p.prevEnd())
	return d
}

// dictEntry parses `KEY as VALUE`; KEY is a string literal or any word.
func (p *parser) dictEntry() *ast.DictEntry {
	e := &ast.DictEntry{}
	switch p.kind(0) {
	case lexer.String:
		lit := p.literal()
		e.KeySp, e.Key = lit.Sp, lit.Str
	case lexer.Word:
		t := p.next()
		e.KeySp, e.Key = t.Span(), t.Text(p.src)
	default:
		p.unexpected(0, "a dictionary key")
	}
	p.expectWord("as")
	e.Value = p.expr()
	return e
}

// lineEndAt reports whether token i ends the line (or a block).
func (p *parser) lineEndAt(i int) bool {
	switch p.kind(i) {
	case lexer.Newline, lexer.EOF, lexer.Dedent, stop:
		return true
	}
	return false
}
