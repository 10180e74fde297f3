package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// operand emits an operand of a Go infix operator, parenthesised when the
// operand is itself an infix expression.
func (f *fnGen) operand(b *[]jen.Code, e ast.Expr, to check.Type) *jen.Statement {
	code := f.convert(b, e, to)
	e = ast.UnparenExpr(e)
	if _, ok := fold(e); ok {
		if c, _ := fold(e); c.IsFloat && c.F >= 0 || !c.IsFloat && c.I >= 0 {
			return code
		}
	}
	switch x := e.(type) {
	case *ast.BinaryExpr:
		if _, ok := foldBool(x); ok {
			return code
		}
		return jen.Parens(code)
	case *ast.UnaryExpr:
		if x.Op == ast.OpNeg {
			return jen.Parens(code)
		}
	}
	return code
}

// binaryOperands hoists the left operand into a temporary when evaluating the
// right operand needs statements, so evaluation stays left to right.
func (f *fnGen) binaryOperands(b *[]jen.Code, e *ast.BinaryExpr, lt, rt check.Type) (*jen.Statement, *jen.Statement) {
	x := f.operand(b, e.X, lt)
	var pre []jen.Code
	y := f.operand(&pre, e.Y, rt)
	if len(pre) > 0 && !simpleExpr(e.X) {
		tmp := f.names.name("left")
		*b = append(*b, jen.Id(tmp).Op(":=").Add(x))
		x = jen.Id(tmp)
	}
	*b = append(*b, pre...)
	return x, y
}

// chainSplit is how many operators of a left-nested chain (`a plus b plus
// c …`) one Go expression holds: every chainSplit-th level is stored in a
// temporary, so the Go stays within the nesting go/format accepts however
// long the Runa chain is.
const chainSplit = 64

// binary emits a binary expression; see chainSplit. The split points of a
// long chain are lowered first, bottom-up (the order in which they are
// evaluated anyway), each into a temporary that the levels above read, so
// lowering never recurses deeper than chainSplit levels whatever the
// chain's length. The temporaries are known only while the chain is
// being lowered: lowering it again (speculative lowering throws its
// statements away) makes new ones.
func (f *fnGen) binary(b *[]jen.Code, e *ast.BinaryExpr) *jen.Statement {
	if id, ok := f.hoisted[e]; ok {
		return jen.Id(id)
	}
	var splits []*ast.BinaryExpr
	if f.g.spine(e) > chainSplit {
		for x, ok := e.X.(*ast.BinaryExpr); ok; x, ok = x.X.(*ast.BinaryExpr) {
			if _, done := f.hoisted[x]; done {
				break
			}
			if f.g.spine(x)%chainSplit == 0 {
				splits = append(splits, x)
			}
		}
		for i := len(splits) - 1; i >= 0; i-- {
			x := splits[i]
			code := f.binaryExpr(b, x)
			if _, ok := fold(x); ok {
				continue
			}
			if _, ok := foldBool(x); ok {
				continue
			}
			tmp := f.names.name("partial")
			*b = append(*b, jen.Id(tmp).Op(":=").Add(code))
			f.hoisted[x] = tmp
		}
	}
	code := f.binaryExpr(b, e)
	for _, x := range splits {
		delete(f.hoisted, x)
	}
	return code
}

// spine is the number of binary operators on the left spine of e, e
// included (memoised, and computed without recursion: chains are long).
func (g *gen) spine(e *ast.BinaryExpr) int {
	if n, ok := g.spines[e]; ok {
		return n
	}
	var path []*ast.BinaryExpr
	n := 0
	for x, ok := e, true; ok; x, ok = x.X.(*ast.BinaryExpr) {
		if m, done := g.spines[x]; done {
			n = m
			break
		}
		path = append(path, x)
	}
	for i := len(path) - 1; i >= 0; i-- {
		n++
		g.spines[path[i]] = n
	}
	return n
}

func (f *fnGen) binaryExpr(b *[]jen.Code, e *ast.BinaryExpr) *jen.Statement {
	xt, yt := f.typ(e.X), f.typ(e.Y)
	if v, ok := foldBool(e); ok {
		return jen.Lit(v)
	}
	if v, ok := foldBool(e); ok {
		return jen.Lit(v)
	}
	if sameTarget(e.X, e.Y) {
		// `a and a`, `n is equal to n`: Go vet and staticcheck reject the
		// Go spelling; the value is known (or is the operand itself).
		switch e.Op {
		case ast.OpAnd, ast.OpOr:
			return f.convert(b, e.X, check.Boolean)
		}
		if e.Op == ast.OpMinus {
			switch f.typ(e.X) {
			case check.Integer:
				return jen.Lit(0)
			case check.Float:
				// x - x is not always 0.0 (NaN, infinities): keep the
				// subtraction, through a call staticcheck does not flag.
				x := f.convert(b, e.X, check.Float)
				return jen.Qual(rtPath, "SubFloat").Call(x, x.Clone())
			}
		}
		if t := f.typ(e.X); t == check.Integer || t == check.String || t == check.Boolean {
			switch e.Op {
			case ast.OpEq, ast.OpGe, ast.OpLe:
				return jen.True()
			case ast.OpNe, ast.OpGt, ast.OpLt:
				return jen.False()
			}
		}
	}
	switch e.Op {
	case ast.OpAnd, ast.OpOr:
		return f.logic(b, e)
	case ast.OpConcat:
		x := f.text(b, e.X)
		var pre []jen.Code
		y := f.text(&pre, e.Y)
		if len(pre) > 0 && !simpleExpr(e.X) {
			tmp := f.names.name("left")
			*b = append(*b, jen.Id(tmp).Op(":=").Add(x))
			x = jen.Id(tmp)
		}
		*b = append(*b, pre...)
		return x.Op("+").Add(y)
	case ast.OpEq, ast.OpNe:
		return f.equality(b, e, xt, yt)
	case ast.OpContains:
		return f.contains(b, e, xt, yt)
	case ast.OpStartsWith, ast.OpEndsWith, ast.OpContainsKey, ast.OpWithout, ast.OpWithAdded:
		return f.wordBinary(b, e, xt, yt)
	}
	ux, uy := unwrap(xt), unwrap(yt)
	t := f.typ(e)
	if c, ok := fold(e); ok {
		if c.IsFloat {
			return f.conv(constCode(c), check.Float, t)
		}
		return f.conv(constCode(c), check.Integer, t)
	}
	cmp := e.Op == ast.OpGt || e.Op == ast.OpLt || e.Op == ast.OpGe || e.Op == ast.OpLe
	// The operand type both sides convert to.
	var ot check.Type
	switch {
	case ux == check.AnyType || uy == check.AnyType || ux == check.Unknown || uy == check.Unknown:
		ot = check.AnyType
	case ux == check.String && uy == check.String:
		ot = check.String
	case ux == check.Number || uy == check.Number:
		ot = check.Number
	case ux == check.Float || uy == check.Float:
		ot = check.Float
	case ux == check.Integer && uy == check.Integer:
		ot = check.Integer
	default:
		ot = check.AnyType
	}
	if cmp {
		x, y := f.binaryOperands(b, e, ot, ot)
		goOp := map[ast.BinaryOp]string{ast.OpGt: ">", ast.OpLt: "<", ast.OpGe: ">=", ast.OpLe: "<="}[e.Op]
		switch ot {
		case check.AnyType:
			return jen.Qual(rtPath, "AnyCompare").Call(x, y).Op(goOp).Lit(0)
		case check.Number:
			return x.Dot("Cmp").Call(y).Op(goOp).Lit(0)
		}
		return x.Op(goOp).Add(y)
	}
	if ot == check.AnyType {
		x, y := f.binaryOperands(b, e, check.AnyType, check.AnyType)
		fn := map[ast.BinaryOp]string{ast.OpPlus: "AnyAdd", ast.OpMinus: "AnySub", ast.OpMul: "AnyMul", ast.OpDiv: "AnyDiv", ast.OpMod: "AnyMod"}[e.Op]
		return f.conv(jen.Qual(rtPath, fn).Call(x, y), check.AnyType, t)
	}
	if ot == check.Number {
		x, y := f.binaryOperands(b, e, check.Number, check.Number)
		m := map[ast.BinaryOp]string{ast.OpPlus: "Add", ast.OpMinus: "Sub", ast.OpMul: "Mul", ast.OpDiv: "Div", ast.OpMod: "Mod"}[e.Op]
		return f.conv(x.Dot(m).Call(y), check.Number, t)
	}
	switch e.Op {
	case ast.OpDiv:
		x, y := f.binaryOperands(b, e, check.Float, check.Float)
		return f.conv(jen.Qual(rtPath, "Div").Call(x, y), check.Float, t)
	case ast.OpMod:
		x, y := f.binaryOperands(b, e, ot, ot)
		fn := "ModInt"
		if ot == check.Float {
			fn = "ModFloat"
		}
		return f.conv(jen.Qual(rtPath, fn).Call(x, y), ot, t)
	}
	x, y := f.binaryOperands(b, e, ot, ot)
	goOp := map[ast.BinaryOp]string{ast.OpPlus: "+", ast.OpMinus: "-", ast.OpMul: "*"}[e.Op]
	return f.conv(x.Op(goOp).Add(y), ot, t)
}

// logic emits and/or with short-circuit evaluation; a right operand that
// needs statements is evaluated only when needed.
func (f *fnGen) logic(b *[]jen.Code, e *ast.BinaryExpr) *jen.Statement {
	x := f.boolOperand(b, e.X)
	var pre []jen.Code
	y := f.boolOperand(&pre, e.Y)
	op := "&&"
	if e.Op == ast.OpOr {
		op = "||"
	}
	if len(pre) == 0 {
		return x.Op(op).Add(y)
	}
	tmp := f.names.name("cond")
	*b = append(*b, jen.Id(tmp).Op(":=").Add(x))
	test := jen.Id(tmp)
	if e.Op == ast.OpOr {
		test = jen.Op("!").Id(tmp)
	}
	pre = append(pre, jen.Id(tmp).Op("=").Add(y))
	*b = append(*b, jen.If(test).Block(pre...))
	return jen.Id(tmp)
}

func (f *fnGen) equality(b *[]jen.Code, e *ast.BinaryExpr, xt, yt check.Type) *jen.Statement {
	op := "=="
	if e.Op == ast.OpNe {
		op = "!="
	}
	scalar := func(t check.Type) bool {
		return t == check.Integer || t == check.Float || t == check.String || t == check.Boolean
	}
	if scalar(xt) && scalar(yt) {
		switch {
		case xt == yt:
			x, y := f.binaryOperands(b, e, xt, yt)
			return x.Op(op).Add(y)
		case (xt == check.Integer || xt == check.Float) && (yt == check.Integer || yt == check.Float):
			x, y := f.binaryOperands(b, e, check.Float, check.Float)
			return x.Op(op).Add(y)
		}
	}
	if xt == check.Number && yt == check.Number {
		x, y := f.binaryOperands(b, e, check.Number, check.Number)
		if op == "!=" {
			return jen.Op("!").Add(x).Dot("Equal").Call(y)
		}
		return x.Dot("Equal").Call(y)
	}
	x, y := f.binaryOperands(b, e, check.AnyType, check.AnyType)
	fn := "Equal"
	if op == "!=" {
		fn = "NotEqual"
	}
	return jen.Qual(rtPath, fn).Call(x, y)
}

func (f *fnGen) contains(b *[]jen.Code, e *ast.BinaryExpr, xt, yt check.Type) *jen.Statement {
	switch t := unwrap(xt).(type) {
	case *check.List:
		x, y := f.binaryOperands(b, e, unwrap(xt), t.Elem.Type())
		return x.Dot("Contains").Call(y)
	case *check.Dict:
		x, y := f.binaryOperands(b, e, unwrap(xt), t.Key.Type())
		return x.Dot("Has").Call(y)
	}
	if unwrap(xt) == check.String && yt == check.String {
		x, y := f.binaryOperands(b, e, check.String, check.String)
		return jen.Qual(stringsPath, "Contains").Call(x, y)
	}
	x, y := f.binaryOperands(b, e, check.AnyType, check.AnyType)
	return jen.Qual(rtPath, "AnyContains").Call(x, y)
}

func (f *fnGen) unary(b *[]jen.Code, e *ast.UnaryExpr) *jen.Statement {
	t := f.typ(e.X)
	switch e.Op {
	case ast.OpNot:
		if v, ok := foldBool(e); ok {
			return jen.Lit(v)
		}
		return jen.Op("!").Add(f.boolOperand(b, e.X))
	case ast.OpNeg:
		switch unwrap(t) {
		case check.Number:
			return f.convert(b, e.X, check.Number).Dot("Neg").Call()
		case check.AnyType, check.Unknown:
			return f.conv(jen.Qual(rtPath, "AnyNeg").Call(f.boxed(b, e.X)), check.AnyType, f.typ(e))
		}
		if lit, ok := e.X.(*ast.BasicLit); ok {
			switch lit.Kind {
			case ast.IntLit:
				return jen.Lit(-int(lit.Int))
			case ast.FloatLit:
				return constCode(ast.Constant{IsFloat: true, F: -lit.Float})
			}
		}
		return jen.Op("-").Add(f.operand(b, e.X, unwrap(t)))
	case ast.OpCopyOf:
		return f.copyOf(b, e)
	}
	// length of
	x := f.nonNone(b, e.X)
	switch unwrap(t).(type) {
	case *check.List, *check.Dict:
		return x.Dot("Len").Call()
	}
	if unwrap(t) == check.String {
		return jen.Qual(rtPath, "StrLen").Call(x)
	}
	return jen.Qual(rtPath, "AnyLen").Call(f.g.box(x, unwrap(t)))
}

func (f *fnGen) isNone(b *[]jen.Code, e *ast.IsNoneExpr) *jen.Statement {
	t := f.typ(e.X)
	x := f.expr(b, e.X)
	if isScalarOpt(t) {
		if e.Not {
			return x.Dot("Ok")
		}
		return jen.Op("!").Add(x).Dot("Ok")
	}
	op := "=="
	if e.Not {
		op = "!="
	}
	if t == check.NoneType {
		return jen.Lit(!e.Not)
	}
	if _, ok := t.(*check.Optional); ok || t == check.AnyType || t == check.Unknown || t == check.ErrorType {
		if t == check.AnyType || t == check.Unknown {
			return jen.Qual(rtPath, "IsNone").Call(x).Op(op).True()
		}
		return x.Op(op).Nil()
	}
	// A value that can never be None.
	if !simpleExpr(e.X) {
		*b = append(*b, jen.Id("_").Op("=").Add(x))
	}
	return jen.Lit(e.Not)
}

func (f *fnGen) isWord(b *[]jen.Code, e *ast.IsWordExpr) *jen.Statement {
	w := f.g.p.IsWords[e]
	not := func(c *jen.Statement) *jen.Statement {
		if e.Not {
			return jen.Op("!").Parens(c)
		}
		return c
	}
	xt := f.typ(e.X)
	if w == nil {
		return jen.False()
	}
	switch w.Kind {
	case check.IsEmpty:
		return f.isEmpty(b, e)
	case check.IsEqualVar:
		x := f.boxed(b, e.X)
		y := f.g.box(jen.Id(f.varName(w.Var)), w.Var.Type())
		return not(jen.Qual(rtPath, "Equal").Call(x, y))
	case check.IsField:
		x := f.nonNone(b, e.X)
		if r, ok := unwrap(xt).(*check.Record); ok {
			fd := r.Field(e.Word.Name)
			return not(f.conv(x.Dot(f.g.fieldName(r, fd.Name)), fd.Type, check.Boolean))
		}
		if d, ok := unwrap(xt).(*check.Dict); ok {
			v := x.Dot("Get").Call(f.conv(jen.Lit(e.Word.Name), check.String, d.Key.Type()))
			if d.Val.Type() == check.Boolean {
				return not(v)
			}
			return not(jen.Qual(rtPath, "Truthy").Call(f.g.box(v, d.Val.Type())))
		}
		return not(jen.Qual(rtPath, "Truthy").Call(jen.Qual(rtPath, "AnyField").Call(f.g.box(x, xt), jen.Lit(e.Word.Name))))
	case check.IsProcCall:
		p := w.Proc
		pt := check.Instantiate(p.Params[0].Type(), p.TypeParams, w.TypeArgs)
		arg := f.convert(b, e.X, pt)
		if optBoundary(p.Params[0].Type(), pt) {
			arg = f.g.fromInst(arg, pt)
		}
		var args []jen.Code
		sig := f.g.sig(p)
		if sig.Ctx {
			args = append(args, f.ctxRef())
		}
		args = append(args, arg)
		call := jen.Id(f.g.procNames[p]).Types(f.g.typeArgs(w.TypeArgs)...).Call(args...)
		v := f.finishCall(b, call, sig.Value, sig.Err, p.Name)
		return not(f.conv(v, sig.ValueOrNone(), check.Boolean))
	}
	return jen.False()
}

// boolOperand emits an operand of and/or/not: an Any goes by truthiness.
func (f *fnGen) boolOperand(b *[]jen.Code, e ast.Expr) *jen.Statement {
	if t := f.typ(e); t == check.AnyType || t == check.Unknown {
		return jen.Qual(rtPath, "Truthy").Call(f.expr(b, e))
	}
	return f.operand(b, e, check.Boolean)
}
