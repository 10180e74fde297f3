package format

import "github.com/runa2go/runa2go/frontend/ast"

// typeParams prints the `[T, U]` of a generic type or process.
func (p *printer) typeParams(ps []*ast.Ident) {
	if len(ps) == 0 {
		return
	}
	p.w("[")
	for i, id := range ps {
		if i > 0 {
			p.w(", ")
		}
		p.w(id.Name)
	}
	p.w("]")
}

// typeArgs prints the written type arguments of a generic record literal.
func (p *printer) typeArgs(ts []*ast.TypeExpr) {
	if len(ts) == 0 {
		return
	}
	p.w("[")
	for i, t := range ts {
		if i > 0 {
			p.w(", ")
		}
		p.typ(t)
	}
	p.w("]")
}

// operandType prints the type of `is of type` or `as`, a union in
// parentheses (level2.md §10.6).
func (p *printer) operandType(t *ast.TypeExpr) {
	if t.Or {
		p.w("(")
		p.typ(t)
		p.w(")")
		return
	}
	p.typ(t)
}
