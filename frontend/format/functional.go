package format

import "github.com/runa2go/runa2go/frontend/ast"

// functional prints a compose, pipe, partial or curry form (level2.md
// §4.5) as written: the operands joined by "with", partial's fixed
// arguments as a call's items.
func (p *printer) functional(e *ast.FunctionalExpr) {
	p.w(e.Word)
	for i, o := range e.Operands {
		if i > 0 {
			p.w(" with")
		}
		p.w(" ")
		p.expr(o)
	}
	if e.Kind != ast.PartialForm {
		return
	}
	p.w(" with")
	for i, a := range e.Args {
		if i > 0 {
			p.w(" and")
		}
		if a.Name == nil {
			p.w(" ")
			p.expr(a.Value)
			continue
		}
		p.w(" ", p.name(a.Name), " as ")
		p.expr(a.Value)
	}
}
