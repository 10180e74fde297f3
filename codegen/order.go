package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
)

// inOrder lowers operands that one Go expression evaluates (call
// arguments, Display parts, list items, dictionary and record values)
// keeping the order in which they are written (spec §2): when operand i
// needs statements first (an inline If, a fallible call, an await), the
// operands before it that are not yet stored are evaluated into
// temporaries before those statements. name(j) is a name for operand j's
// temporary; emit lowers operand i.
func (f *fnGen) inOrder(b *[]jen.Code, es []ast.Expr, name func(j int) string, emit func(b *[]jen.Code, i int) *jen.Statement) []*jen.Statement {
	out := make([]*jen.Statement, len(es))
	stored := 0 // operands before stored need no temporary any more
	for i := range es {
		var pre []jen.Code
		code := emit(&pre, i)
		if len(pre) > 0 {
			for j := stored; j < i; j++ {
				if !needsTemp(es[j], out[j]) {
					continue
				}
				tmp := f.names.name(name(j))
				*b = append(*b, jen.Id(tmp).Op(":=").Add(out[j]))
				out[j] = jen.Id(tmp)
			}
			stored = i
			*b = append(*b, pre...)
		}
		out[i] = code
	}
	return out
}

// needsTemp reports whether operand e, lowered to code, must be evaluated
// before statements that follow it: it is neither a constant nor a plain
// read of a name (nor a value already lowered into statements).
func needsTemp(e ast.Expr, code *jen.Statement) bool {
	if e == nil || code == nil || pure(e) || isNullCode(code) {
		return false
	}
	if _, ok := fold(e); ok {
		return false
	}
	if _, ok := foldBool(e); ok {
		return false
	}
	return true
}
