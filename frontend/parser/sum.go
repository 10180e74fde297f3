package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// variants parses the indented `| NAME [with FIELD as TYPE {and FIELD as
// TYPE}]` lines of a sum type (level2.md §10.5), after the Newline of the
// `Type NAME is` header. `,` may replace `and`.
func (p *parser) variants() []*ast.Variant {
	p.skip(2) // Newline, Indent
	var out []*ast.Variant
	for p.kind(0) != lexer.Dedent && p.kind(0) != lexer.EOF {
		if p.kind(0) != lexer.Bar {
			p.fail(p.span(0), diag.CodeBlock, "start each variant line with \"|\", e.g. `| Pending`", "expected a \"|\" variant line")
		}
		start := p.next().Pos()
		v := &ast.Variant{Name: p.ident("a variant name"), Fields: []*ast.Field{}}
		if p.word(0, "with") {
			p.next()
			for {
				f := &ast.Field{Name: p.anyWord("a field name")}
				p.expectWord("as")
				f.Type = p.typeExpr()
				v.Fields = append(v.Fields, f)
				if p.word(0, "and") || p.kind(0) == lexer.Comma {
					p.next()
					continue
				}
				break
			}
		}
		v.Sp = p.from(start)
		p.endLine()
		out = append(out, v)
	}
	if p.kind(0) == lexer.Dedent {
		p.next()
	}
	if out == nil {
		out = []*ast.Variant{}
	}
	return out
}
