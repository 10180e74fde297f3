package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// The Level 2 word operators on strings and collections (level2.md §5.2,
// §7.1, §12.1): the postfixes `at index I`, `trimmed`, `converted to
// uppercase|lowercase`, `split by D [with limit N]` and `substring from A
// [to B]` (level 9, chaining left to right after the symbol postfixes);
// `index of V in L` (level 8) is parsed in unaryExpr, `starts with`,
// `ends with` and `contains key` (level 5) in cmpTail, `without` (level 6)
// in addExpr.

// wordPostfix parses one word postfix after x, if one follows.
func (p *parser) wordPostfix(x ast.Expr) (ast.Expr, bool) {
	start := x.Span().Start
	switch {
	case p.asAt():
		return p.asExpr(x), true
	case p.words(0, "at", "index"):
		p.skip(2)
		i := p.tightOperand()
		return &ast.IndexExpr{Sp: sp(start, i.Span().End), X: x, Index: i, AtIndex: true}, true
	case p.word(0, "trimmed"):
		t := p.next()
		return &ast.StringOpExpr{Sp: sp(start, t.End()), Op: ast.OpTrimmed, OpSp: t.Span(), X: x}, true
	case p.words(0, "converted", "to", "uppercase"), p.words(0, "converted", "to", "lowercase"):
		op := ast.OpUppercase
		if p.word(2, "lowercase") {
			op = ast.OpLowercase
		}
		opSp := p.opSpan(3)
		p.skip(3)
		return &ast.StringOpExpr{Sp: sp(start, opSp.End), Op: op, OpSp: opSp, X: x}, true
	case p.words(0, "split", "by"):
		opSp := p.opSpan(2)
		p.skip(2)
		d := p.tightOperand()
		e := &ast.StringOpExpr{Sp: sp(start, d.Span().End), Op: ast.OpSplitBy, OpSp: opSp, X: x, Args: []ast.Expr{d, nil}}
		if p.words(0, "with", "limit") && !p.word(2, "as") {
			p.skip(2)
			n := p.tightOperand()
			e.Args[1] = n
			e.Sp.End = n.Span().End
		}
		return e, true
	case p.words(0, "substring", "from"):
		opSp := p.opSpan(2)
		p.skip(2)
		a := p.tightOperand()
		e := &ast.StringOpExpr{Sp: sp(start, a.Span().End), Op: ast.OpSubstring, OpSp: opSp, X: x, Args: []ast.Expr{a, nil}}
		if p.word(0, "to") {
			p.next()
			b := p.tightOperand()
			e.Args[1] = b
			e.Sp.End = b.Span().End
		}
		return e, true
	}
	return nil, false
}

// tightOperand parses a tight operand (§12.1): a primary, optionally after
// a unary minus, with only the symbol postfixes.
func (p *parser) tightOperand() ast.Expr {
	p.enter()
	defer p.leave()
	if p.kind(0) == lexer.Minus {
		t := p.next()
		x := p.tightOperand()
		return &ast.UnaryExpr{Sp: sp(t.Pos(), x.Span().End), Op: ast.OpNeg, X: x}
	}
	return p.symbolPostfixes(p.primary())
}

// indexOf parses `index of V in L`: V ends before the `in` at its bracket
// depth, L is a level-8 operand.
func (p *parser) indexOf() ast.Expr {
	start := p.tok(0).Pos()
	p.skip(2)
	p.enter()
	defer p.leave()
	v := p.addExpr()
	p.expectWord("in")
	l := p.unaryExpr()
	return &ast.IndexOfExpr{Sp: sp(start, l.Span().End), V: v, L: l}
}

// operandAt reports whether token i can start an operand: a literal, a
// name, an opening bracket or a unary minus.
func (p *parser) operandAt(i int) bool {
	switch p.kind(i) {
	case lexer.Word:
		return !reserved[p.text(i)] || isLiteralWord(p.text(i)) || p.text(i) == "length" || p.text(i) == "copy" || p.text(i) == "index" || p.text(i) == "not" || p.text(i) == "await"
	case lexer.Int, lexer.Float, lexer.String, lexer.LParen, lexer.Minus:
		return true
	}
	return false
}

// withAddedAt reports whether the `with` at token i starts `with V
// added` (level2.md §5.2): `added` follows on the logical line, at the
// same bracket depth, with none of `as`, `and`, `or`, `with`, `,`, `:`,
// `|>` or a closing bracket in between.
func (p *parser) withAddedAt(i int) bool {
	if !p.word(i, "with") {
		return false
	}
	first := p.pos + i + 1
	return p.scanLine(first, func(t lexer.Token, j, depth int) (bool, bool) {
		if depth > 0 {
			return false, false
		}
		switch t.Kind {
		case lexer.Pipe, lexer.Comma, lexer.Colon:
			return true, false
		case lexer.Word:
			switch t.Text(p.src) {
			case "added":
				return true, j > first
			case "as", "and", "or", "with":
				return true, false
			}
		}
		return false, false
	})
}
