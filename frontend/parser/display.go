package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// displayStmt parses `Display E {PART}` (spec §6.4, Level 2 §3.4), each
// PART being `with message E`, `with message as E` or `with LABEL as E`.
// Each part's value is an argument value; it ends where the next part
// begins: at a `with WORD as` that no open call declares, or at
// `with message`.
func (p *parser) displayStmt() ast.Stmt {
	start := p.next().Pos()
	saved := p.ctx
	p.ctx.calls = []*openCall{{display: true, arity: -1}}
	s := &ast.DisplayStmt{Values: []ast.Expr{p.expr()}}
	labels := []*ast.Ident{nil}
	labelled := false
	for !p.lineEnded && p.displayPartAt(0) {
		p.next() // with
		var label *ast.Ident
		if p.namedArgAt(0) {
			label = p.anyWord("a label")
			p.next() // as
			labelled = true
		} else {
			p.next() // message
		}
		p.ctx.argDepth++
		s.Values = append(s.Values, p.expr())
		p.ctx.argDepth--
		labels = append(labels, label)
	}
	if labelled {
		s.Labels = labels
	}
	p.ctx = saved
	p.endLine()
	s.Sp = p.from(start)
	return s
}

// inDisplay reports whether the current flat context is a Display
// statement's.
func (p *parser) inDisplay() bool {
	return len(p.ctx.calls) > 0 && p.ctx.calls[0].display
}

// displayPartAt reports whether token i starts a Display part:
// `with message` or `with WORD as`.
func (p *parser) displayPartAt(i int) bool {
	return p.word(i, "with") && (p.word(i+1, "message") || p.namedArgAt(i+1))
}
