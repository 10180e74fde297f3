package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// The Level 2 word operators on strings and collections (level2.md §5.2,
// §7.1). Typed operands become Go string functions and methods of the rt
// collections; Any operands go through rt's run-time checked forms.

// operandsInOrder lowers es, converted to ts, so that they are evaluated
// left to right: an operand whose value would otherwise be computed after
// the statements a later operand needs is kept in a temporary first.
func (f *fnGen) operandsInOrder(b *[]jen.Code, es []ast.Expr, ts []check.Type) []*jen.Statement {
	vals := make([]*jen.Statement, len(es))
	pres := make([][]jen.Code, len(es))
	for i, e := range es {
		vals[i] = f.operand(&pres[i], e, ts[i])
	}
	for i := range es {
		*b = append(*b, pres[i]...)
		later := false
		for j := i + 1; j < len(es); j++ {
			later = later || len(pres[j]) > 0
		}
		if later && !simpleExpr(es[i]) {
			tmp := f.names.name("operand")
			*b = append(*b, jen.Id(tmp).Op(":=").Add(vals[i]))
			vals[i] = jen.Id(tmp)
		}
	}
	return vals
}

// stringOp emits `X trimmed`, `X converted to …case`, `X split by D [with
// limit N]` and `X substring from A [to B]`.
func (f *fnGen) stringOp(b *[]jen.Code, e *ast.StringOpExpr) *jen.Statement {
	es := []ast.Expr{e.X}
	ts := []check.Type{check.String}
	for _, a := range e.Args {
		if a != nil {
			es = append(es, a)
			if e.Op == ast.OpSplitBy && len(es) == 2 {
				ts = append(ts, check.String)
			} else {
				ts = append(ts, check.Integer)
			}
		}
	}
	anyX := isAnyShape(f.rawTyp(e.X))
	if anyX {
		ts[0] = check.AnyType
	}
	v := f.operandsInOrder(b, es, ts)
	if anyX {
		// An Any operand names the operation when it is no String
		// (level2.md §14: `split by needs a String, not Integer`).
		v[0] = jen.Qual(rtPath, "AsOperand").Types(jen.String()).Call(v[0], jen.Lit(e.Op.String()))
	}
	args := make([]jen.Code, len(v))
	for i := range v {
		args[i] = v[i]
	}
	switch e.Op {
	case ast.OpTrimmed:
		return jen.Qual(rtPath, "Trim").Call(args...)
	case ast.OpUppercase:
		return jen.Qual(rtPath, "Upper").Call(args...)
	case ast.OpLowercase:
		return jen.Qual(rtPath, "Lower").Call(args...)
	case ast.OpSplitBy:
		if len(args) == 3 {
			return jen.Qual(rtPath, "SplitLimit").Call(args...)
		}
		return jen.Qual(rtPath, "Split").Call(args...)
	}
	if len(args) == 3 {
		return jen.Qual(rtPath, "SubstringTo").Call(args...)
	}
	return jen.Qual(rtPath, "Substring").Call(args...)
}

// indexOf emits `index of V in L`.
func (f *fnGen) indexOf(b *[]jen.Code, e *ast.IndexOfExpr) *jen.Statement {
	lt := unwrap(f.typ(e.L))
	if l, ok := lt.(*check.List); ok {
		v := f.operandsInOrder(b, []ast.Expr{e.V, e.L}, []check.Type{l.Elem.Type(), lt})
		return v[1].Dot("IndexOf").Call(v[0])
	}
	if lt == check.String {
		v := f.operandsInOrder(b, []ast.Expr{e.V, e.L}, []check.Type{check.String, check.String})
		return jen.Qual(rtPath, "StrIndexOf").Call(v[0], v[1])
	}
	v := f.operandsInOrder(b, []ast.Expr{e.V, e.L}, []check.Type{check.AnyType, check.AnyType})
	return jen.Qual(rtPath, "AnyIndexOf").Call(v[0], v[1])
}

// wordBinary emits `starts with`, `ends with`, `contains key` and `without`.
func (f *fnGen) wordBinary(b *[]jen.Code, e *ast.BinaryExpr, xt, yt check.Type) *jen.Statement {
	switch e.Op {
	case ast.OpStartsWith, ast.OpEndsWith:
		x, y := f.binaryOperands(b, e, check.String, check.String)
		fn := "HasPrefix"
		if e.Op == ast.OpEndsWith {
			fn = "HasSuffix"
		}
		return jen.Qual(stringsPath, fn).Call(x, y)
	case ast.OpContainsKey:
		if d, ok := unwrap(xt).(*check.Dict); ok {
			x, y := f.binaryOperands(b, e, unwrap(xt), d.Key.Type())
			return x.Dot("Has").Call(y)
		}
		x, y := f.binaryOperands(b, e, check.AnyType, check.AnyType)
		return jen.Qual(rtPath, "AnyContainsKey").Call(x, y)
	case ast.OpWithAdded:
		if t, ok := unwrap(xt).(*check.List); ok {
			x, y := f.binaryOperands(b, e, t, t.Elem.Type())
			return x.Dot("Added").Call(y)
		}
		x, y := f.binaryOperands(b, e, check.AnyType, check.AnyType)
		return f.conv(jen.Qual(rtPath, "AnyAdded").Call(x, y), check.AnyType, f.typ(e))
	}
	// without
	switch t := unwrap(xt).(type) {
	case *check.List:
		x, y := f.binaryOperands(b, e, t, t.Elem.Type())
		return x.Dot("Without").Call(y)
	case *check.Dict:
		x, y := f.binaryOperands(b, e, t, t.Key.Type())
		return x.Dot("Without").Call(y)
	}
	x, y := f.binaryOperands(b, e, check.AnyType, check.AnyType)
	return f.conv(jen.Qual(rtPath, "AnyWithout").Call(x, y), check.AnyType, f.typ(e))
}

// copyOf emits `copy of E`.
func (f *fnGen) copyOf(b *[]jen.Code, e *ast.UnaryExpr) *jen.Statement {
	t := unwrap(f.typ(e.X))
	switch t.(type) {
	case *check.List, *check.Dict:
		return f.nonNone(b, e.X).Dot("Copy").Call()
	case *check.Record:
		return jen.Qual(rtPath, "CopyRecord").Call(f.expr(b, e.X))
	}
	return f.conv(jen.Qual(rtPath, "AnyCopy").Call(f.boxed(b, e.X)), check.AnyType, f.typ(e))
}

// isEmpty emits `X is empty` / `X is not empty`.
func (f *fnGen) isEmpty(b *[]jen.Code, e *ast.IsWordExpr) *jen.Statement {
	op := "=="
	if e.Not {
		op = "!="
	}
	t := unwrap(f.typ(e.X))
	switch t.(type) {
	case *check.List, *check.Dict:
		return f.nonNone(b, e.X).Dot("Len").Call().Op(op).Lit(0)
	}
	if t == check.String {
		if lit, ok := ast.UnparenExpr(e.X).(*ast.BasicLit); ok && lit.Kind == ast.StringLit {
			return jen.Lit((lit.Str == "") != e.Not) // `"" == ""` would be SA4000
		}
		return f.nonNone(b, e.X).Op(op).Lit("")
	}
	return jen.Qual(rtPath, "AnyLen").Call(f.boxed(b, e.X)).Op(op).Lit(0)
}
