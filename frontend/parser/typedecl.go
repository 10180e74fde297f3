package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// typeDecl parses `Type NAME is Dictionary with:` + `field as TYPE` lines
// (a record), `Type NAME is` + `| VARIANT …` lines (a sum type) and `Type
// NAME is TYPE` (an alias), each optionally with type parameters.
func (p *parser) typeDecl() ast.Stmt {
	start := p.next().Pos()
	s := &ast.TypeDecl{Name: p.ident("a type name")}
	if p.kind(0) == lexer.LBrack {
		s.Params = p.typeParamList()
	}
	p.expectWord("is")
	switch {
	case p.words(0, "Dictionary", "with"):
		p.skip(2)
		p.withTypeParams(s.Params, func() { s.Fields = p.recordFields() })
		if s.Fields == nil {
			s.Fields = []*ast.Field{}
		}
		s.Sp = p.from(start)
		return s
	case p.kind(0) == lexer.Newline && p.tok(1).Kind == lexer.Indent && p.tok(2).Kind == lexer.Bar:
		p.withTypeParams(s.Params, func() { s.Variants = p.variants() })
		s.Sp = p.from(start)
		return s
	}
	p.withTypeParams(s.Params, func() { s.Alias = p.typeExpr() })
	p.endLine()
	s.Sp = p.from(start)
	return s
}

// recordFields parses the ':' and the indented `field as TYPE` lines of a
// record declaration.
func (p *parser) recordFields() []*ast.Field {
	if p.kind(0) != lexer.Colon {
		if p.kind(0) == lexer.Newline || p.kind(0) == lexer.EOF {
			at := p.prevEnd()
			p.errorf(ast.Span{Start: at, End: at}, diag.CodeMissingColon, "add \":\" at the end of the line", "missing \":\" at the end of the Type header")
		} else {
			p.unexpected(0, "\":\"")
		}
	} else {
		p.next()
	}
	if p.kind(0) != lexer.Newline || p.tok(1).Kind != lexer.Indent {
		p.fail(p.span(0), diag.CodeBlock, "list the fields on the following lines, one \"name as TYPE\" per line", "expected indented record fields")
	}
	p.skip(2)
	var fields []*ast.Field
	for p.toks[p.pos].Kind != lexer.Dedent && p.toks[p.pos].Kind != lexer.EOF {
		f := &ast.Field{Name: p.anyWord("a field name")}
		p.expectWord("as")
		f.Type = p.typeExpr()
		p.endLine()
		fields = append(fields, f)
	}
	if p.toks[p.pos].Kind == lexer.Dedent {
		p.next()
	}
	return fields
}
