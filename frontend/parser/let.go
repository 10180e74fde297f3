package parser

import (
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// letStmt parses `Let NAME be E`, `Let NAME as TYPE be E` and
// `Let NAME (TYPE) be E`.
func (p *parser) letStmt() ast.Stmt {
	start := p.next().Pos()
	p.nameWords("be", "as")
	s := &ast.LetStmt{Name: p.ident("a variable name")}
	switch {
	case p.word(0, "as"):
		p.next()
		s.Type = p.typeExpr()
	case p.kind(0) == lexer.LParen:
		p.next()
		s.Type = p.typeExpr()
		p.expect(lexer.RParen, "\")\"")
	}
	p.expectWord("be")
	s.Value = p.expr()
	p.endLine()
	s.Sp = p.from(start)
	return s
}

// setStmt parses `Set TARGET to E` where TARGET is a name, an index or a
// member access.
func (p *parser) setStmt() ast.Stmt {
	start := p.next().Pos()
	target := p.target()
	p.expectWord("to")
	s := &ast.SetStmt{Target: target, Value: p.expr()}
	p.endLine()
	s.Sp = p.from(start)
	return s
}

// target parses an assignable place: NAME followed by any [E] and .field.
func (p *parser) target() ast.Expr {
	id := p.ident("a variable name")
	if _, ok := p.modules[id.Name]; ok {
		id = p.qualified(id) // `Q.x`: the checker reports it read only
	}
	var x ast.Expr = id
	for {
		switch p.kind(0) {
		case lexer.LBrack:
			x = p.index(x)
			continue
		case lexer.Dot:
			p.next()
			name := p.anyWord("a field name")
			x = &ast.MemberExpr{Sp: ast.Span{Start: x.Span().Start, End: name.Sp.End}, X: x, Name: name}
			continue
		}
		return x
	}
}

// nameWords diagnoses a declared name of several words, at the cursor and
// ending before one of the words ends (or "(", ":"), that has a word that
// cannot be part of a name (level2.md §2.1): `Let is member be` is
// `"is" cannot be part of a name`, with the words joined by "_" as the
// hint. A name of one word is left to the caller.
func (p *parser) nameWords(ends ...string) {
	var words []string
	bad := -1
	for i := 0; ; i++ {
		k := p.kind(i)
		if k != lexer.Word && k != lexer.Int && k != lexer.Float {
			break
		}
		w := p.text(i)
		stop := false
		for _, e := range ends {
			if w == e {
				stop = true
			}
		}
		if stop {
			break
		}
		if bad < 0 && !(k == lexer.Word && (nameWord(w) || p.merged(p.tok(i)))) {
			bad = i
		}
		words = append(words, w)
	}
	if len(words) < 2 || bad < 0 || !p.wordIn(len(words), ends) {
		return
	}
	p.fail(p.span(bad), diag.CodeSyntax, "write \""+strings.Join(words, "_")+"\"", "%q cannot be part of a name", p.text(bad))
}

// wordIn reports whether token i is one of the words ws.
func (p *parser) wordIn(i int, ws []string) bool {
	for _, w := range ws {
		if p.word(i, w) {
			return true
		}
	}
	return false
}
