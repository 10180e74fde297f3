package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// withStmt parses `With E as NAME:` and `With E:`. By the With-binding rule
// (spec §4.3) the last `as NAME` right before the ':' is the binding unless
// it directly follows `with WORD` or `and WORD`, where it is that named
// argument's value.
func (p *parser) withStmt() ast.Stmt {
	start := p.next().Pos()
	s := &ast.WithStmt{}
	bindAs := p.withBinding()
	if bindAs >= 0 {
		p.limit = bindAs
	}
	s.Manager = p.headerExpr()
	if bindAs >= 0 {
		if p.pos != bindAs {
			p.unexpected(0, "\"as\"")
		}
		p.limit = len(p.toks) - 1
		p.next()
		s.Binding = p.ident("the bound name")
	}
	s.Body = p.headerBlock("With")
	s.Sp = p.from(start)
	return s
}

// withBinding returns the index of the binding `as` of the With header that
// starts at the current token, or -1 when the header binds nothing.
func (p *parser) withBinding() int {
	j := p.pos
	for j < len(p.toks) {
		k := p.toks[j].Kind
		if k == lexer.Newline || k == lexer.EOF {
			break
		}
		j++
	}
	// toks[j-1] should be ':', toks[j-2] NAME, toks[j-3] `as`, toks[j-4] the value.
	colon, name, as := j-1, j-2, j-3
	if as <= p.pos || p.toks[colon].Kind != lexer.Colon || p.toks[name].Kind != lexer.Word || !p.isWordAt(as, "as") {
		return -1
	}
	if before := as - 2; before >= p.pos && (p.isWordAt(before, "with") || p.isWordAt(before, "and")) {
		return -1
	}
	return as
}

func (p *parser) isWordAt(j int, w string) bool {
	return j >= 0 && j < len(p.toks) && p.toks[j].Kind == lexer.Word && p.toks[j].Text(p.src) == w
}
