package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// Match patterns (level2.md §9.1):
//
//	PATTERN     := ALTERNATIVE { OR ALTERNATIVE }
//	ALTERNATIVE := _ | LITERAL | NAME | TYPENAME | NAME of type TYPE | _ of type TYPE
//	             | VARIANT | VARIANT with FIELDS | RECORDTYPE with FIELDS
//	             | list containing [ITEMS] | empty list | "[" [BRACKETITEMS] "]"
//	             | "{" [ENTRIES] "}" | ( PATTERN )

// pattern parses a PATTERN: alternatives joined by `OR` (or `or`).
func (p *parser) pattern() ast.Pattern {
	p.enter()
	defer p.leave()
	first := p.alternative()
	if !p.orWord(0) {
		return first
	}
	or := &ast.OrPattern{Alts: []ast.Pattern{first}}
	for p.orWord(0) {
		p.next()
		or.Alts = append(or.Alts, p.alternative())
	}
	or.Sp = ast.Span{Start: first.Span().Start, End: p.prevEnd()}
	return or
}

// orWord reports whether token i is `OR` or `or`, the same word inside
// patterns (level2.md §1).
func (p *parser) orWord(i int) bool { return p.word(i, "OR") || p.word(i, "or") }

// guardWord reports whether token i starts a guard: `If` or `if`.
func (p *parser) guardWord(i int) bool { return p.word(i, "If") || p.word(i, "if") }

// alternative parses one ALTERNATIVE.
func (p *parser) alternative() ast.Pattern {
	start := p.tok(0).Pos()
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
	case lexer.LParen:
		p.next()
		x := p.pattern()
		p.expect(lexer.RParen, "\")\"")
		return &ast.ParenPattern{Sp: p.from(start), X: x}
	case lexer.LBrack:
		return p.bracketPattern()
	case lexer.LBrace:
		return p.dictPattern()
	case lexer.Word:
		if lit := p.wordLiteral(); lit != nil {
			return &ast.LiteralPattern{Value: lit}
		}
		w := p.text(0)
		switch {
		case w == "_" && p.words(1, "of", "type"):
			p.skip(3)
			return &ast.TypePattern{Wild: true, Type: p.typeExpr(), Sp: p.from(start)}
		case w == "_":
			return &ast.WildcardPattern{Sp: p.next().Span()}
		case p.words(0, "empty", "list"):
			p.skip(2)
			return &ast.ListPattern{Sp: p.from(start), Empty: true}
		case p.words(0, "list", "containing"):
			return p.listPattern()
		case p.kind(1) == lexer.Dot && p.kind(2) == lexer.Word && p.types(w):
			// A qualified variant, `Reply.Accepted [with …]`.
			sum := p.anyWord("a type name")
			p.next()
			v := p.anyWord("a variant name")
			if p.word(0, "with") {
				return p.recordPattern(start, sum, v)
			}
			return &ast.TypePattern{Sp: p.from(start), Type: &ast.TypeExpr{Sp: ast.Span{Start: start, End: v.Sp.End}, Name: sum.Name + "." + v.Name}}
		case p.word(1, "with") && p.types(w):
			return p.recordPattern(start, nil, p.anyWord("a type name"))
		case p.words(1, "of", "type"):
			bind := p.ident("a pattern binding")
			p.skip(2)
			return &ast.TypePattern{Bind: bind, Type: p.typeExpr(), Sp: p.from(start)}
		case p.types(w):
			t := p.typeExpr()
			return &ast.TypePattern{Sp: t.Sp, Type: t}
		case isName(w):
			return &ast.BindPattern{Name: p.ident("a pattern binding")}
		}
	}
	p.unexpected(0, "a pattern")
	return nil
}

// types reports whether w names a type in a pattern: a built-in type, or
// a record, sum or variant type declared anywhere in the program.
func (p *parser) types(w string) bool {
	return typeNames[w] || p.records[w] || p.sums[w] != nil
}

// listPattern parses `list containing [ITEMS]` (at `list`).
func (p *parser) listPattern() ast.Pattern {
	start := p.tok(0).Pos()
	p.skip(2)
	lp := &ast.ListPattern{}
	if p.patternEnd(0) {
		lp.Sp = p.from(start)
		return lp
	}
	for {
		if p.word(0, "rest") && !p.words(1, "of", "type") && !p.word(1, "with") {
			r := p.tok(0)
			p.next()
			lp.Rest = &ast.RestPattern{Sp: r.Span(), Name: &ast.Ident{Sp: r.Span(), Name: "rest"}}
			if p.word(0, "as") {
				p.next()
				lp.Rest.Name = p.ident("the name of the rest")
				lp.Rest.As = true
				lp.Rest.Sp.End = lp.Rest.Name.Sp.End
			}
			if p.word(0, "and") || p.kind(0) == lexer.Comma {
				p.fail(lp.Rest.Sp, diag.CodeRestNotLast, "", "\"rest\" can only be the last item of a list pattern")
			}
			break
		}
		lp.Items = append(lp.Items, p.alternative())
		if !p.word(0, "and") && p.kind(0) != lexer.Comma {
			break
		}
		p.next()
	}
	lp.Sp = p.from(start)
	return lp
}

// patternEnd reports whether token i ends a pattern or one of its items:
// the header's ':', a guard, a closing bracket, an `OR`, the line's end.
func (p *parser) patternEnd(i int) bool {
	switch p.kind(i) {
	case lexer.Colon, lexer.RParen, lexer.RBrack, lexer.RBrace, lexer.Newline, lexer.EOF, stop:
		return true
	}
	return p.guardWord(i) || p.orWord(i)
}

// bracketPattern parses `[ITEM, …, ...NAME]`.
func (p *parser) bracketPattern() ast.Pattern {
	start := p.next().Pos()
	lp := &ast.ListPattern{Bracket: true}
	for p.kind(0) != lexer.RBrack {
		if p.kind(0) == lexer.Ellipsis {
			dots := p.next()
			name := p.ident("the name of the rest")
			lp.Rest = &ast.RestPattern{Sp: ast.Span{Start: dots.Pos(), End: name.Sp.End}, Name: name}
			if p.kind(0) == lexer.Comma {
				p.fail(lp.Rest.Sp, diag.CodeRestNotLast, "", "\"...%s\" can only be the last item of a list pattern", name.Name)
			}
			break
		}
		lp.Items = append(lp.Items, p.pattern())
		if p.kind(0) != lexer.Comma {
			break
		}
		p.next()
	}
	p.expect(lexer.RBrack, "\"]\"")
	lp.Sp = p.from(start)
	return lp
}

// dictPattern parses `{KEY: ITEM, …}`.
func (p *parser) dictPattern() ast.Pattern {
	start := p.next().Pos()
	dp := &ast.DictPattern{}
	for p.kind(0) != lexer.RBrace {
		var key *ast.BasicLit
		switch p.kind(0) {
		case lexer.String, lexer.Int:
			key = p.literal()
		case lexer.Minus:
			if p.kind(1) == lexer.Int {
				minus := p.next()
				key = p.literal()
				negate(key, minus.Pos())
			}
		case lexer.Word:
			t := p.tok(0)
			p.fail(t.Span(), diag.CodePatternKey, "write {\""+t.Text(p.src)+"\": "+t.Text(p.src)+"}", "a dictionary pattern key must be a literal")
		}
		if key == nil {
			p.unexpected(0, "a dictionary pattern key (a string)")
		}
		p.expect(lexer.Colon, "\":\"")
		dp.Entries = append(dp.Entries, &ast.DictPatternEntry{Key: key, Value: p.pattern()})
		if p.kind(0) != lexer.Comma {
			break
		}
		p.next()
	}
	p.expect(lexer.RBrace, "\"}\"")
	dp.Sp = p.from(start)
	return dp
}

// recordPattern parses `with FIELD as ITEM { and FIELD as ITEM }` after
// the type (or variant) name.
func (p *parser) recordPattern(start ast.Pos, sum, typ *ast.Ident) ast.Pattern {
	rp := &ast.RecordPattern{Sum: sum, Type: typ}
	p.expectWord("with")
	for {
		f := &ast.FieldPattern{Name: p.anyWord("a field name")}
		p.expectWord("as")
		f.Value = p.alternative()
		rp.Fields = append(rp.Fields, f)
		if !(p.word(0, "and") || p.kind(0) == lexer.Comma) || p.kind(1) != lexer.Word || !p.word(2, "as") {
			break
		}
		p.next()
	}
	rp.Sp = p.from(start)
	return rp
}

// matchListSubject parses a Match subject written `list containing …`,
// whose items may be separated by `and` as well as `,` (level2.md §5.4):
// a Boolean `and` inside an item is parenthesized.
func (p *parser) matchListSubject() ast.Expr {
	start := p.tok(0).Pos()
	saved := p.ctx
	p.ctx = ctx{header: true, positional: true}
	defer func() { p.ctx = saved }()
	p.skip(2)
	l := &ast.ListLit{}
	if p.kind(0) != lexer.Colon {
		for {
			l.Items = append(l.Items, p.expr())
			if p.kind(0) != lexer.Comma && !p.word(0, "and") {
				break
			}
			p.next()
		}
	}
	l.Sp = p.from(start)
	return l
}
