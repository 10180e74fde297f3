package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
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
				if !f.needsTemp(es[j], out[j]) {
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
// before statements that follow it: it is neither a constant, a plain
// read of a name, a value already lowered into statements, nor a read of
// the temporary an inline If was lowered into.
func (f *fnGen) needsTemp(e ast.Expr, code *jen.Statement) bool {
	if e == nil || code == nil || pure(e) || isNullCode(code) || f.storedIf(e) {
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

// storedIf reports whether e is an inline If whose value, once lowered,
// is a temporary that reading and converting cannot change or fail (its
// type is static: no run-time check of an Any).
func (f *fnGen) storedIf(e ast.Expr) bool {
	if inlineIf(e) == nil {
		return false
	}
	t := f.typ(e)
	return t != check.AnyType && t != check.Unknown
}
