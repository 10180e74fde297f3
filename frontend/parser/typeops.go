package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// Type expressions with unions and literals (level2.md §10.1) and the type
// operations `type of`, `is of type` and `as` (§10.6, §10.7).

// builtinTypeNames are the built-in type names (runa.md §5, plus Number and
// the Level 2 Union and Function).
var builtinTypeNames = map[string]bool{
	"Integer": true, "Int": true, "Float": true, "Number": true, "String": true,
	"Boolean": true, "Bool": true, "None": true, "Any": true, "DateTime": true,
	"Error": true, "CancelToken": true, "List": true, "Dictionary": true,
	"Optional": true, "Awaitable": true, "Generator": true, "Function": true,
	"Union": true, "Process": true,
}

// typeName reports whether w names a type: a built-in type, a type the
// file declares (`Type W …`, a variant `| W`), or a type parameter in scope.
func (p *parser) typeName(w string) bool {
	if builtinTypeNames[w] || p.typeParams[w] {
		return true
	}
	if p.typeNames == nil {
		p.typeNames = map[string]bool{}
		for i := 0; i+1 < len(p.toks); i++ {
			t, n := p.toks[i], p.toks[i+1]
			if n.Kind != lexer.Word {
				continue
			}
			if t.Kind == lexer.Word && t.Text(p.src) == "Type" || t.Kind == lexer.Bar {
				p.typeNames[n.Text(p.src)] = true
			}
		}
	}
	return p.typeNames[w] || p.importedTypes[w]
}

// typeExpr parses a written type (level2.md §10.1): TERM { OR TERM }.
// Inside a type expression `or` is `OR`, except after `as` (typeAfterAs),
// where a lowercase `or` is the Boolean operator.
func (p *parser) typeExpr() *ast.TypeExpr {
	p.enter()
	defer p.leave()
	first := p.typeTerm()
	if !p.typeOrAt(0) {
		return first
	}
	u := &ast.TypeExpr{Sp: first.Sp, Name: "Union", Args: []*ast.TypeExpr{first}, Or: true}
	for p.typeOrAt(0) {
		p.next()
		m := p.typeTerm()
		u.Args = append(u.Args, m)
		u.Sp.End = m.Sp.End
	}
	return u
}

// typeOrAt reports whether token i joins union members.
func (p *parser) typeOrAt(i int) bool {
	return p.word(i, "OR") || p.word(i, "or") && !p.upperOrOnly
}

// typeTerm parses one member: NAME or NAME[T, …], a literal, one in
// parentheses, or a function type (A, B) -> R.
func (p *parser) typeTerm() *ast.TypeExpr {
	switch p.kind(0) {
	case lexer.LParen:
		saved := p.upperOrOnly
		p.upperOrOnly = false
		defer func() { p.upperOrOnly = saved }()
		return p.parenType()
	case lexer.String, lexer.Int:
		lit := p.literal()
		return &ast.TypeExpr{Sp: lit.Sp, Lit: lit}
	case lexer.Minus:
		if p.tok(1).Kind == lexer.Int {
			start := p.next().Pos()
			lit := p.literal()
			lit.Int, lit.Raw = -lit.Int, "-"+lit.Raw
			lit.Sp.Start = start
			return &ast.TypeExpr{Sp: lit.Sp, Lit: lit}
		}
	}
	name := p.anyWord("a type")
	if _, ok := p.modules[name.Name]; ok && p.kind(0) == lexer.Dot && p.kind(1) == lexer.Word {
		name = p.qualified(name) // `Q.T`, a type of an imported file (level2.md §11.4)
	}
	t := &ast.TypeExpr{Sp: name.Sp, Name: name.Name}
	if p.kind(0) == lexer.LBrack {
		p.next()
		saved := p.upperOrOnly
		p.upperOrOnly = false
		for {
			t.Args = append(t.Args, p.typeExpr())
			if p.kind(0) != lexer.Comma {
				break
			}
			p.next()
		}
		p.upperOrOnly = saved
		t.Sp.End = p.expect(lexer.RBrack, "\"]\"").End()
	}
	return t
}

// typeParamList parses `[T, U]`: the type parameters of a generic type or
// process (level2.md §10.4).
func (p *parser) typeParamList() []*ast.Ident {
	p.expect(lexer.LBrack, "\"[\"")
	var out []*ast.Ident
	for {
		out = append(out, p.ident("a type parameter"))
		if p.kind(0) != lexer.Comma {
			break
		}
		p.next()
	}
	p.expect(lexer.RBrack, "\"]\"")
	return out
}

// withTypeParams makes the type parameters known while f parses.
func (p *parser) withTypeParams(ps []*ast.Ident, f func()) {
	saved := p.typeParams
	if len(ps) > 0 {
		p.typeParams = map[string]bool{}
		for k, v := range saved {
			p.typeParams[k] = v
		}
		for _, id := range ps {
			p.typeParams[id.Name] = true
		}
	}
	f()
	p.typeParams = saved
}

// typeOfExpr parses `type of E` (level 8).
func (p *parser) typeOfExpr() ast.Expr {
	start := p.tok(0).Pos()
	p.skip(2)
	p.enter()
	x := p.unaryExpr()
	p.leave()
	return &ast.TypeOfExpr{Sp: sp(start, x.Span().End), X: x}
}

// isTypeAt reports whether `is of type` or `is not of type` starts at the
// cursor.
func (p *parser) isTypeAt() bool {
	return p.words(0, "is", "of", "type") || p.words(0, "is", "not", "of", "type")
}

// isType parses `is [not] of type T` after x (level 5).
func (p *parser) isType(x ast.Expr) ast.Expr {
	not := p.word(1, "not")
	n := 3
	if not {
		n = 4
	}
	opSp := p.opSpan(n)
	p.skip(n)
	saved := p.upperOrOnly
	p.upperOrOnly = true
	t := p.typeExpr()
	p.upperOrOnly = saved
	return &ast.IsTypeExpr{Sp: sp(x.Span().Start, t.Sp.End), OpSp: opSp, X: x, T: t, Not: not}
}

// asAt reports whether the `as` at the cursor is a conversion (§10.7): a
// type name follows, and it is not the final `as NAME:` of a With header.
func (p *parser) asAt() bool {
	if p.word(0, "as") && p.kind(1) == lexer.Word && p.kind(2) == lexer.Dot && p.kind(3) == lexer.Word {
		if _, ok := p.modules[p.text(1)]; ok && p.typeName(p.text(1)+"."+p.text(3)) {
			return !p.ctx.header || p.kind(4) != lexer.Colon // `as Q.T`, a type of an imported file
		}
	}
	if !p.word(0, "as") || p.kind(1) != lexer.Word || !p.typeName(p.text(1)) {
		return p.word(0, "as") && p.kind(1) == lexer.LParen && p.kind(2) == lexer.Word && p.typeName(p.text(2)) && !p.namedArgAt(2)
	}
	if p.ctx.header && p.kind(2) == lexer.Colon {
		return false
	}
	return true
}

// asExpr parses `as T` after x.
func (p *parser) asExpr(x ast.Expr) ast.Expr {
	opSp := p.next().Span()
	saved := p.upperOrOnly
	p.upperOrOnly = true
	t := p.typeExpr()
	p.upperOrOnly = saved
	return &ast.AsExpr{Sp: sp(x.Span().Start, t.Sp.End), OpSp: opSp, X: x, T: t}
}

// skipBrackets returns the index after the bracketed group `[…]` at
// toks[i] (the type parameters of a generic process), or i when none is.
func skipBrackets(toks []lexer.Token, i int) int {
	if i >= len(toks) || toks[i].Kind != lexer.LBrack {
		return i
	}
	for j := i + 1; j < len(toks); j++ {
		switch toks[j].Kind {
		case lexer.RBrack:
			return j + 1
		case lexer.Newline, lexer.EOF:
			return i
		}
	}
	return i
}

// genericRecordLit parses `Box[String] with …`: a record literal of a
// generic type with its type arguments written (level2.md §10.4).
func (p *parser) genericRecordLit(id *ast.Ident) ast.Expr {
	p.next() // [
	var args []*ast.TypeExpr
	for {
		args = append(args, p.typeExpr())
		if p.kind(0) != lexer.Comma {
			break
		}
		p.next()
	}
	p.expect(lexer.RBrack, "\"]\"")
	if !p.word(0, "with") {
		p.unexpected(0, "\"with\" and the record's fields")
	}
	x := p.afterNameWith(id)
	r, ok := x.(*ast.RecordLit)
	if !ok {
		p.unexpected(0, "the record's fields")
	}
	r.TypeArgs = args
	return r
}
