package codegen

import (
	"fmt"
	"math"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/codegen/lower"
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// unwrap returns the element type of an Optional, or t.
func unwrap(t check.Type) check.Type {
	if o, ok := t.(*check.Optional); ok {
		return o.Elem
	}
	return t
}

// expr emits e, appending to b any statements it needs first, and returns
// Go code of e's checked type.
func (f *fnGen) expr(b *[]jen.Code, e ast.Expr) *jen.Statement {
	if name, ok := f.bound[e]; ok {
		return jen.Id(name)
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return f.expr(b, e.X)
	case *ast.Ident:
		if r, ok := f.typ(e).(*check.Record); ok && r.Sum != nil && r.Generic != nil {
			f.registerInstances(b, r) // `Nothing` in a generic body
		}
		return f.ident(e)
	case *ast.BasicLit:
		return f.literal(e)
	case *ast.ListLit:
		var elem check.Type = check.AnyType
		if l, ok := f.typ(e).(*check.List); ok {
			elem = l.Elem.Type()
		}
		var items []jen.Code
		for _, c := range f.inOrder(b, e.Items, func(int) string { return "item" }, func(b *[]jen.Code, i int) *jen.Statement {
			return f.convert(b, e.Items[i], elem)
		}) {
			items = append(items, c)
		}
		if inferable(f, e, elem) {
			// rt.NewList(rt.NewList(…)): Go infers the element type, and
			// the type is not spelled again at every level of nesting
			// (which would make the Go quadratic in the depth).
			return jen.Qual(rtPath, "NewList").Call(items...)
		}
		return jen.Qual(rtPath, "NewList").Types(f.g.goType(elem)).Call(items...)
	case *ast.DictLit:
		d, _ := f.typ(e).(*check.Dict)
		kt, vt := check.Type(check.String), check.Type(check.AnyType)
		if d != nil {
			kt, vt = d.Key.Type(), d.Val.Type()
		}
		if len(e.Entries) == 0 {
			return jen.Qual(rtPath, "NewDict").Types(f.g.keyType(kt), f.g.goType(vt)).Call()
		}
		// rt.NewDictCap[K, V](n).With(k, v).With(…).
		lit := jen.Qual(rtPath, "NewDictCap").Types(f.g.keyType(kt), f.g.goType(vt)).Call(jen.Lit(len(e.Entries)))
		vals := make([]ast.Expr, len(e.Entries))
		for i, en := range e.Entries {
			vals[i] = en.Value
		}
		codes := f.inOrder(b, vals, func(int) string { return "value" }, func(b *[]jen.Code, i int) *jen.Statement {
			return f.convert(b, vals[i], vt)
		})
		// The Go follows the Runa layout: a literal written on one line is
		// one Go line; entry lines are one `.With` line each. So every PC
		// of the chain is on the Runa line of its entry.
		oneLine := e.Sp.Start.Line == e.Sp.End.Line
		for i, en := range e.Entries {
			k := f.conv(jen.Lit(en.Key), check.String, kt)
			if oneLine {
				lit = lit.Dot("With").Call(k, codes[i])
			} else {
				lit = lit.Op(".").Line().Id("With").Call(k, codes[i])
			}
		}
		return lit
	case *ast.RecordLit:
		r, _ := f.typ(e).(*check.Record)
		if r == nil {
			return noneValue()
		}
		var fields []*ast.FieldInit
		var es []ast.Expr
		for _, fi := range e.Fields {
			if r.Field(fi.Name.Name) != nil {
				fields = append(fields, fi)
				es = append(es, fi.Value)
			}
		}
		codes := f.inOrder(b, es, func(i int) string { return camel(fields[i].Name.Name, false) }, func(b *[]jen.Code, i int) *jen.Statement {
			return f.convert(b, es[i], r.Field(fields[i].Name.Name).Type)
		})
		// One line, fields as written: every PC of the literal (nested
		// literals, conversions) is on the Runa line of the expression.
		var vals []jen.Code
		for i, fi := range fields {
			fd := r.Field(fi.Name.Name)
			if optBoundary(declField(r, fd.Name), fd.Type) {
				codes[i] = f.g.fromInst(codes[i], fd.Type)
			}
			vals = append(vals, jen.Id(f.g.fieldName(r, fd.Name)).Op(":").Add(codes[i]))
		}
		if r.Generic != nil {
			f.registerInstances(b, r)
			return jen.Op("&").Add(f.g.instanceType(r)).Values(vals...)
		}
		return jen.Op("&").Id(f.g.recordNames[r]).Values(vals...)
	case *ast.IndexExpr:
		return f.index(b, e)
	case *ast.StringOpExpr:
		return f.stringOp(b, e)
	case *ast.TypeOfExpr:
		return f.typeOfExpr(b, e)
	case *ast.IsTypeExpr:
		return f.isTypeExpr(b, e)
	case *ast.AsExpr:
		f.registerInstances(b, f.typ(e))
		return f.asExpr(b, e)
	case *ast.IndexOfExpr:
		return f.indexOf(b, e)
	case *ast.CollectionExpr:
		return f.collection(b, e)
	case *ast.ElemRef:
		return f.elemRef(e)
	case *ast.PipelineExpr:
		return f.expr(b, e.Value)
	case *ast.MemberExpr:
		return f.member(b, e)
	case *ast.CallExpr:
		return f.callValue(b, e)
	case *ast.BinaryExpr:
		return f.binary(b, e)
	case *ast.UnaryExpr:
		return f.unary(b, e)
	case *ast.IsNoneExpr:
		return f.isNone(b, e)
	case *ast.IsWordExpr:
		return f.isWord(b, e)
	case *ast.AwaitExpr:
		return f.await(b, e)
	case *ast.EachExpr:
		return f.each(b, e)
	case *ast.NewAwaitable:
		return f.newAwaitable(b, e)
	case *ast.CallbackLit:
		return f.callbackLit(e)
	case *ast.LambdaLit:
		return f.lambdaLit(e)
	case *ast.FunctionalExpr:
		return f.functional(b, e)
	case *ast.IfExpr:
		return f.ifExpr(b, e)
	}
	return noneValue()
}

// inferable reports whether Go infers the element type of a list literal
// from its items: it has some, the element type is a list, and every item
// is a list literal of exactly that type (so its Go type is that of the
// element, not an untyped constant's default).
func inferable(f *fnGen, e *ast.ListLit, elem check.Type) bool {
	if _, ok := elem.(*check.List); !ok || len(e.Items) == 0 {
		return false
	}
	for _, it := range e.Items {
		for {
			p, ok := it.(*ast.ParenExpr)
			if !ok {
				break
			}
			it = p.X
		}
		if _, ok := it.(*ast.ListLit); !ok || !sameGoType(f.g, f.typ(it), elem) {
			return false
		}
	}
	return true
}

// convert emits e converted to type to.
func (f *fnGen) convert(b *[]jen.Code, e ast.Expr, to check.Type) *jen.Statement {
	if to == nil {
		return f.expr(b, e)
	}
	from := f.rawTyp(e)
	if l, ok := unwrap(to).(*check.LitUnion); ok && isLiteralConstant(e) {
		// A constant the checker found to be a member (level2.md §10.2).
		if _, opt := to.(*check.Optional); opt {
			to = &check.Optional{Elem: goShape(l)}
		} else {
			to = goShape(l)
		}
	}
	if c, ok := fold(e); ok && !c.IsFloat && isAnyShape(to) {
		// An untyped constant boxed into an Any would become a Go int.
		return jen.Int64().Call(constCode(c))
	}
	if lit, ok := e.(*ast.BasicLit); ok {
		// Literals take the target type directly.
		switch {
		case lit.Kind == ast.IntLit && to == check.Float:
			return jen.Lit(float64(lit.Int))
		case lit.Kind == ast.IntLit && to == check.Number:
			return jen.Qual(rtPath, "Int").Call(jen.Lit(int(lit.Int)))
		case lit.Kind == ast.FloatLit && lit.Float == 0 && math.Signbit(lit.Float):
			return f.conv(negZero(), check.Float, to)
		case lit.Kind == ast.NoneLit:
			return f.none(to)
		}
	}
	code := f.expr(b, e)
	if from == check.NoneType && !isNullCode(code) {
		switch to {
		case check.AnyType, check.Unknown, check.NoneType:
		default:
			// A None-typed value becomes the target's None; keep what the
			// expression reads used.
			*b = append(*b, jen.Id("_").Op("=").Add(code))
		}
	}
	return f.conv(code, from, to)
}

// none is the None value of type t.
func (f *fnGen) none(t check.Type) *jen.Statement {
	if isScalarOpt(t) {
		return jen.Qual(rtPath, "None").Types(f.g.goType(unwrap(t))).Call()
	}
	return noneValue()
}

// conv converts code of type from to type to.
func (f *fnGen) conv(code *jen.Statement, from, to check.Type) *jen.Statement {
	if c, ok := f.intoUnion(code, from, to); ok {
		return c
	}
	from, to = goShape(from), goShape(to)
	if to == nil || from == nil || sameGoType(f.g, from, to) {
		return code
	}
	if c, ok := sumConv(code, from, to); ok {
		return c
	}
	switch to {
	case check.AnyType, check.Unknown, check.NoneType:
		if from == check.NoneType {
			return noneValue()
		}
		return f.g.box(code, from)
	}
	if from == check.AnyType || from == check.Unknown {
		return f.fromAny(code, to)
	}
	if from == check.NoneType {
		return f.none(to)
	}
	if o, ok := to.(*check.Optional); ok {
		if _, fromOpt := from.(*check.Optional); fromOpt {
			return f.conv(f.optValue(code, from), unwrap(from), to)
		}
		inner := f.conv(code, from, o.Elem)
		if isScalarOpt(to) {
			return jen.Qual(rtPath, "Some").Types(f.g.goType(o.Elem)).Call(inner)
		}
		return inner
	}
	if _, ok := from.(*check.Optional); ok {
		return f.conv(f.optValue(code, from), unwrap(from), to)
	}
	switch {
	case from == check.Integer && to == check.Float:
		return jen.Float64().Parens(code)
	case from == check.Integer && to == check.Number:
		return jen.Qual(rtPath, "Int").Call(code)
	case from == check.Float && to == check.Number:
		return jen.Qual(rtPath, "Float").Call(code)
	case from == check.Number && to == check.Float:
		return code.Dot("Float64").Call()
	case from == check.Number && to == check.Integer:
		return code.Dot("Int64").Call()
	case from == check.Float && to == check.Integer:
		return jen.Int64().Parens(code)
	}
	if _, ok := to.(*check.Func); ok {
		return code
	}
	// Different element cells with different Go types: go through Any.
	return f.fromAny(f.g.box(code, from), to)
}

// optValue is the value of an Optional (a run-time None check).
func (f *fnGen) optValue(code *jen.Statement, t check.Type) *jen.Statement {
	if isScalarOpt(t) {
		return code.Dot("Get").Call()
	}
	switch unwrap(t).(type) {
	case *check.Record, *check.List, *check.Dict, *check.Awaitable, *check.Generator:
		return jen.Qual(rtPath, "NotNone").Call(code)
	}
	return code
}

// fromAny converts an Any value to a static type, checked at run time.
func (f *fnGen) fromAny(code *jen.Statement, to check.Type) *jen.Statement {
	switch to {
	case check.AnyType, check.Unknown, check.NoneType:
		return code
	}
	if fn, ok := to.(*check.Func); ok && len(fn.Params) <= 4 {
		// A process value (a DynProc, when it was boxed) of a typed shape.
		var targs []jen.Code
		for _, p := range fn.Params {
			targs = append(targs, f.g.goType(p.Type()))
		}
		targs = append(targs, f.g.goType(lower.ValueType(fn.Result.Type())))
		return jen.Qual(rtPath, fmt.Sprintf("ProcOf%d", len(fn.Params))).Types(targs...).Call(code)
	}
	return jen.Qual(rtPath, "As").Types(f.g.goType(to)).Call(code)
}

// sameGoType reports whether two Runa types have the same Go type.
func sameGoType(g *gen, a, b check.Type) bool {
	if a == b {
		return true
	}
	return goTypeEqual(a, b) && isScalarOpt(a) == isScalarOpt(b) && optional(a) == optional(b)
}

// argsGoEqual reports whether two instances' type arguments are the same
// Go types, so the instances are.
func argsGoEqual(a, b []*check.TVar) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !goTypeEqual(a[i].Type(), b[i].Type()) || isScalarOpt(a[i].Type()) != isScalarOpt(b[i].Type()) {
			return false
		}
	}
	return true
}

// goTypeEqual reports whether goType gives a and b the same Go type,
// deciding it from the types themselves (mirroring goType case by case).
func goTypeEqual(a, b check.Type) bool {
	if a == b {
		return true
	}
	a, b = goShape(a), goShape(b)
	if a == b {
		return true
	}
	anyLike := func(t check.Type) bool {
		switch t {
		case check.Unknown, check.AnyType, check.NoneType:
			return true
		}
		_, m := t.(*check.Manager)
		return m
	}
	if anyLike(a) || anyLike(b) {
		return anyLike(a) && anyLike(b)
	}
	// An Optional of a pointer-like type is that type's Go type.
	if o, ok := a.(*check.Optional); ok && isPtrLike(o.Elem) {
		return goTypeEqual(o.Elem, b)
	}
	if o, ok := b.(*check.Optional); ok && isPtrLike(o.Elem) {
		return goTypeEqual(a, o.Elem)
	}
	switch x := a.(type) {
	case *check.Basic:
		return false // distinct basics (a == b was false); Any-like handled above
	case *check.List:
		y, ok := b.(*check.List)
		return ok && goTypeEqual(x.Elem.Type(), y.Elem.Type())
	case *check.Dict:
		y, ok := b.(*check.Dict)
		return ok && keyTypeEqual(x.Key.Type(), y.Key.Type()) && goTypeEqual(x.Val.Type(), y.Val.Type())
	case *check.Record:
		y, ok := b.(*check.Record)
		if ok && x.Generic != nil && x.Generic == y.Generic {
			// Instances: the same Go type when their arguments are.
			return argsGoEqual(x.Args, y.Args)
		}
		return ok && x.Builtin && y.Builtin && x.Name == y.Name
	case *check.Sum:
		y, ok := b.(*check.Sum)
		return ok && x.Generic != nil && x.Generic == y.Generic && argsGoEqual(x.Args, y.Args)
	case *check.Optional:
		y, ok := b.(*check.Optional)
		return ok && goTypeEqual(x.Elem, y.Elem)
	case *check.Awaitable:
		y, ok := b.(*check.Awaitable)
		return ok && goTypeEqual(x.Elem.Type(), y.Elem.Type())
	case *check.Generator:
		y, ok := b.(*check.Generator)
		return ok && goTypeEqual(x.Elem.Type(), y.Elem.Type())
	case *check.Func:
		y, ok := b.(*check.Func)
		if !ok || len(x.Params) != len(y.Params) {
			return false
		}
		for i := range x.Params {
			if !goTypeEqual(x.Params[i].Type(), y.Params[i].Type()) {
				return false
			}
		}
		return goTypeEqual(lower.ValueType(x.Result.Type()), lower.ValueType(y.Result.Type()))
	}
	return false
}

// keyTypeEqual is goTypeEqual for dictionary keys (see keyType).
func keyTypeEqual(a, b check.Type) bool {
	scalar := func(t check.Type) bool {
		return t == check.Integer || t == check.Float || t == check.String || t == check.Boolean
	}
	if scalar(a) || scalar(b) {
		return a == b
	}
	return true // both any
}

func optional(t check.Type) bool {
	_, ok := t.(*check.Optional)
	return ok
}

// boxed emits e as an Any.
func (f *fnGen) boxed(b *[]jen.Code, e ast.Expr) *jen.Statement {
	return f.convert(b, e, check.AnyType)
}

// nonNone emits e, checking that an Optional is not None.
func (f *fnGen) nonNone(b *[]jen.Code, e ast.Expr) *jen.Statement {
	t := f.typ(e)
	code := f.expr(b, e)
	if _, ok := t.(*check.Optional); ok {
		return f.optValue(code, t)
	}
	return code
}

func (f *fnGen) ident(id *ast.Ident) *jen.Statement {
	switch o := f.g.p.Uses[id].(type) {
	case *check.Var:
		if sub, ok := f.patSubst[o]; ok {
			return sub.Clone()
		}
		code := jen.Id(f.varName(o))
		if t := f.g.p.NarrowedTo[id]; t != nil {
			return f.narrowed(code, o.Type(), t)
		}
		if f.g.p.Narrowed[id] && isScalarOpt(o.Type()) {
			return code.Dot("V")
		}
		return code
	case *check.Proc:
		return f.g.procValue(o, f.g.p.ValueTypeArgs[id])
	case *check.ModuleConst:
		return moduleConst(o)
	case *check.Record:
		if r, ok := f.typ(id).(*check.Record); ok && r.Generic == o {
			return f.g.variantValue(r) // a generic sum's variant: an instance
		}
		return f.g.variantValue(o)
	}
	return noneValue()
}

// literal emits a literal constant.
func (f *fnGen) literal(l *ast.BasicLit) *jen.Statement {
	switch l.Kind {
	case ast.IntLit:
		return jen.Lit(int(l.Int))
	case ast.FloatLit:
		if l.Float == 0 && math.Signbit(l.Float) {
			return negZero()
		}
		return jen.Lit(l.Float)
	case ast.StringLit:
		return jen.Lit(l.Str)
	case ast.BoolLit:
		return jen.Lit(l.Bool)
	}
	return noneValue()
}

// simpleExpr reports whether e can be evaluated twice without effect or cost.
func simpleExpr(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return simpleExpr(e.X)
	}
	return false
}

func (f *fnGen) index(b *[]jen.Code, e *ast.IndexExpr) *jen.Statement {
	xt := unwrap(f.typ(e.X))
	x := f.nonNone(b, e.X)
	switch t := xt.(type) {
	case *check.List:
		return x.Dot("At").Call(f.convert(b, e.Index, check.Integer))
	case *check.Dict:
		return x.Dot("Get").Call(f.convert(b, e.Index, t.Key.Type()))
	case *check.Record:
		lit := e.Index.(*ast.BasicLit)
		return x.Dot(f.g.fieldName(t, lit.Str))
	}
	if xt == check.String {
		return jen.Qual(rtPath, "CharAt").Call(x, f.convert(b, e.Index, check.Integer))
	}
	return jen.Qual(rtPath, "AnyIndex").Call(f.g.box(x, xt), f.boxed(b, e.Index))
}

func (f *fnGen) member(b *[]jen.Code, e *ast.MemberExpr) *jen.Statement {
	xt := unwrap(f.typ(e.X))
	x := f.nonNone(b, e.X)
	name := e.Name.Name
	switch t := xt.(type) {
	case *check.Record:
		if fd := t.Field(name); fd != nil && optBoundary(declField(t, name), fd.Type) {
			return toInst(x.Dot(f.g.fieldName(t, name)))
		}
		return x.Dot(f.g.fieldName(t, name))
	case *check.Dict:
		return x.Dot("Get").Call(f.conv(jen.Lit(name), check.String, t.Key.Type()))
	}
	if xt == check.ErrorType {
		if name == "kind" {
			return jen.Qual(rtPath, "ErrorKind").Call(x)
		}
		return jen.Qual(rtPath, "ErrorMessage").Call(x)
	}
	if s, ok := xt.(*check.Sum); ok {
		// A field every variant has (level2.md §10.5).
		reader := jen.Id(f.g.readerNames[sumField{s.Origin(), name}])
		if s.Generic != nil {
			// Go does not infer T from an Option[int64] interface value.
			reader.Types(f.g.sumTypeArgs(s)...)
		}
		return reader.Call(x)
	}
	return jen.Qual(rtPath, "AnyField").Call(f.g.box(x, xt), jen.Lit(name))
}

// fieldName returns the Go field name of a record field.
func (g *gen) fieldName(r *check.Record, name string) string {
	if r.Builtin {
		return camel(name, true)
	}
	if r.Generic != nil {
		r = r.Generic // an instance has its declaration's fields
	}
	n := newNamer(nil)
	for _, fd := range r.Fields {
		gf := n.name(camel(fd.Name, true))
		if fd.Name == name {
			return gf
		}
	}
	return camel(name, true)
}

// text emits the display text of e (spec §6.4) as a Go string.
func (f *fnGen) text(b *[]jen.Code, e ast.Expr) *jen.Statement {
	t := f.typ(e)
	code := f.expr(b, e)
	return f.textOf(code, t)
}

func (f *fnGen) textOf(code *jen.Statement, t check.Type) *jen.Statement {
	switch t {
	case check.String:
		return code
	case check.Integer:
		return jen.Qual(rtPath, "IntText").Call(code)
	case check.Float:
		return jen.Qual(rtPath, "FloatText").Call(code)
	case check.Boolean:
		return jen.Qual(rtPath, "BoolText").Call(code)
	case check.Number:
		return code.Dot("Text").Call()
	}
	return jen.Qual(rtPath, "Text").Call(f.g.box(code, t))
}

// negZero is -0.0, which Go constants cannot express.
func negZero() *jen.Statement {
	return jen.Qual(mathPath, "Copysign").Call(jen.Lit(0.0), jen.Lit(-1.0))
}
