package format

import (
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
)

// inlineIf prints `If C Then A Otherwise B` on one line (level2.md §8).
func (p *printer) inlineIf(e *ast.IfExpr) {
	p.w("If ")
	p.expr(e.Cond)
	p.w(" Then ")
	p.expr(e.Then)
	p.w(" Otherwise ")
	p.expr(e.Else)
}

// ifBlock prints an inline If that the source wrote inside parentheses
// across lines, in that layout: `(` ends the line, each `If C Then` (an
// `Otherwise If` continues the chain) and `Otherwise` is one level deeper,
// each branch value two levels deeper, and `)` is back at the line's level.
// The lines are part of the current output line (they hold no block).
func (p *printer) ifBlock(e *ast.IfExpr) {
	ind := strings.Repeat("    ", p.indent)
	nl := func(depth int) { p.w("\n", ind, strings.Repeat("    ", depth)) }
	p.w("(")
	nl(1)
	p.w("If ")
	for {
		p.expr(e.Cond)
		p.w(" Then")
		nl(2)
		p.expr(e.Then)
		nl(1)
		p.w("Otherwise")
		next, ok := e.Else.(*ast.IfExpr)
		if !ok {
			break
		}
		p.w(" If ")
		e = next
	}
	nl(2)
	p.expr(e.Else)
	nl(0)
	p.w(")")
}
