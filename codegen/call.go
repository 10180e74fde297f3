package codegen

import (
	"sort"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/codegen/lower"
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// loweredCall is a call ready to emit: its Go expression, the Runa type of
// the value it produces (nil for none) and whether it also returns an error.
type loweredCall struct {
	code     *jen.Statement
	call     bool // code is a Go call that may stand as a statement
	value    check.Type
	fallible bool
	hint     string // a name for the temporary holding its value
	// optV is set when the value is a generic declaration's rt.Opt that
	// reads as the instance's type through .V (optBoundary).
	optV bool
}

// callValue emits a call used as a value, converted to its checked type.
func (f *fnGen) callValue(b *[]jen.Code, e *ast.CallExpr) *jen.Statement {
	lc := f.lowerCall(b, e)
	v := f.finishCall(b, lc.code, lc.value, lc.fallible, lc.hint)
	if lc.value == nil {
		return v
	}
	if lc.optV {
		v = toInst(v)
	}
	return f.conv(v, lc.value, f.typ(e))
}

// finishCall emits the statements a call needs and returns its value.
func (f *fnGen) finishCall(b *[]jen.Code, call *jen.Statement, value check.Type, fallible bool, hint string) *jen.Statement {
	switch {
	case fallible && value != nil:
		tmp := f.names.name(camel(hint, false) + "Result")
		*b = append(*b, jen.List(jen.Id(tmp), jen.Err()).Op(":=").Add(call))
		f.checkErr(b)
		return jen.Id(tmp)
	case fallible:
		*b = append(*b, jen.If(jen.Err().Op(":=").Add(call), jen.Err().Op("!=").Nil()).Block(f.errReturn(jen.Err())...))
		return noneValue() // the call's value is None
	case value == nil:
		*b = append(*b, call)
		return noneValue()
	}
	return call
}

// The Go code of a value that is None, and of a call whose statements
// were emitted and that leaves nothing to use, is a statement holding only
// one of these marks, so that lowering can tell it apart by identity (never
// by what it renders to).
var (
	nilMark  = jen.Nil()
	nullMark = jen.Null()
)

// noneValue is the Go code `nil` of a value known to be None.
func noneValue() *jen.Statement { return &jen.Statement{nilMark} }

// emptyValue is the code of a call lowered entirely into statements.
func emptyValue() *jen.Statement { return &jen.Statement{nullMark} }

// isNullCode reports whether c is a noneValue or an emptyValue that nothing
// was added to.
func isNullCode(c *jen.Statement) bool {
	return c != nil && len(*c) == 1 && ((*c)[0] == jen.Code(nilMark) || (*c)[0] == jen.Code(nullMark))
}

// directCall emits `name, err := call` (or `name := call`) when e is a
// call (or an await of one) whose value needs no conversion to t; it
// returns ok=false otherwise. With name "_" it emits the call as a
// statement, dropping its value.
func (f *fnGen) directCall(b *[]jen.Code, e ast.Expr, t check.Type, name string) (jen.Code, bool) {
	e = ast.UnparenExpr(e)
	if a, ok := e.(*ast.AwaitExpr); ok {
		call, ok := a.X.(*ast.CallExpr)
		if !ok || f.g.p.Calls[call] == nil || !f.g.p.Calls[call].Awaited {
			return nil, false
		}
		e = call
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	var pre []jen.Code
	m := f.names.mark()
	lc := f.lowerCall(&pre, call)
	if name == "_" {
		*b = append(*b, pre...)
		switch {
		case lc.fallible && lc.value != nil:
			return jen.If(jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(lc.code), jen.Err().Op("!=").Nil()).Block(f.errReturn(jen.Err())...), true
		case lc.fallible:
			return jen.If(jen.Err().Op(":=").Add(lc.code), jen.Err().Op("!=").Nil()).Block(f.errReturn(jen.Err())...), true
		case lc.value != nil && !lc.call:
			return jen.Id("_").Op("=").Add(lc.code), true
		}
		return lc.code, true
	}
	if lc.value == nil || !lc.fallible || lc.optV || !sameGoType(f.g, lc.value, t) {
		// Not the simple shape: pre is not emitted and its names are given
		// back; the caller lowers the expression generally.
		f.rollback(m)
		return nil, false
	}
	*b = append(*b, pre...)
	*b = append(*b, jen.List(jen.Id(name), jen.Err()).Op(":=").Add(lc.code))
	f.checkErr(b)
	return emptyValue(), true
}

// lowerCall lowers a call expression.
func (f *fnGen) lowerCall(b *[]jen.Code, e *ast.CallExpr) loweredCall {
	info := f.g.p.Calls[e]
	if info == nil {
		return loweredCall{code: noneValue()}
	}
	switch {
	case info.Builtin != nil:
		return f.builtin(b, e, info)
	case info.Proc != nil:
		return f.procCall(b, info.Proc, info)
	}
	return f.valueCall(b, e, info)
}

// args emits the arguments of a call converted to the parameter types.
// Arguments are evaluated in the order written (spec §2): when named
// arguments with effects are written in another order than the
// parameters, they are evaluated into temporaries first.
func (f *fnGen) args(b *[]jen.Code, info *check.Call, params []check.Type) []jen.Code {
	ptype := func(i int) check.Type {
		if i < len(params) {
			return params[i]
		}
		return check.AnyType
	}
	out := make([]jen.Code, len(info.Args))
	order := make([]int, 0, len(info.Args))
	for i, a := range info.Args {
		if a == nil {
			out[i] = f.none(ptype(i))
			continue
		}
		order = append(order, i)
	}
	sorted := sort.SliceIsSorted(order, func(x, y int) bool {
		return info.Args[order[x]].Span().Start.Before(info.Args[order[y]].Span().Start)
	})
	if !sorted {
		sort.SliceStable(order, func(x, y int) bool {
			return info.Args[order[x]].Span().Start.Before(info.Args[order[y]].Span().Start)
		})
		for _, i := range order {
			a := info.Args[i]
			code := f.convert(b, a, ptype(i))
			if pure(a) || isNullCode(code) || f.storedIf(a) {
				out[i] = code // a constant (a None result included): no temporary
				continue
			}
			name := "arg"
			if info.Func != nil && i < len(info.Func.Names) {
				name = camel(info.Func.Names[i], false)
			}
			tmp := f.names.name(name)
			*b = append(*b, jen.Id(tmp).Op(":=").Add(code))
			out[i] = jen.Id(tmp)
		}
		return out
	}
	es := make([]ast.Expr, len(order))
	for k, i := range order {
		es[k] = info.Args[i]
	}
	codes := f.inOrder(b, es, func(k int) string {
		if i := order[k]; info.Func != nil && i < len(info.Func.Names) {
			return camel(info.Func.Names[i], false)
		}
		return "arg"
	}, func(b *[]jen.Code, k int) *jen.Statement {
		return f.convert(b, es[k], ptype(order[k]))
	})
	for k, i := range order {
		out[i] = codes[k]
	}
	return out
}

func paramTypes(p *check.Proc) []check.Type {
	var ts []check.Type
	for _, v := range p.Params {
		ts = append(ts, v.Type())
	}
	return ts
}

func (f *fnGen) procCall(b *[]jen.Code, p *check.Proc, info *check.Call) loweredCall {
	// A generic process is called with its type arguments named, its
	// parameter and result types instantiated (level2.md §10.4).
	inst := func(t check.Type) check.Type { return t }
	var targs []jen.Code
	if len(p.TypeParams) > 0 {
		inst = func(t check.Type) check.Type { return check.Instantiate(t, p.TypeParams, info.TypeArgs) }
		targs = f.g.typeArgs(info.TypeArgs)
	}
	ptypes := paramTypes(p)
	for i, t := range ptypes {
		ptypes[i] = inst(t)
	}
	args := f.args(b, info, ptypes)
	for i, v := range p.Params {
		if i < len(args) && optBoundary(v.Type(), ptypes[i]) {
			args[i] = f.g.fromInst(jen.Add(args[i]), ptypes[i])
		}
	}
	var all []jen.Code
	sig := f.g.sig(p)
	if sig.Ctx {
		all = append(all, f.ctxRef())
	}
	all = append(all, args...)
	name := f.g.procNames[p]
	if sig.Guard == lower.DepthGuard && f.g.sig(f.proc).Guard == lower.DepthGuard && info.Awaited == (p.Kind == ast.AsyncProc) {
		// A recursive call: count the depth.
		name = f.g.recNames[p]
		all = append(all, jen.Id("depth").Op("+").Lit(1))
	}
	if sig.AlwaysFails {
		f.g.alwaysFailing = true
	}
	callee := func(name string) *jen.Statement { return jen.Id(name).Types(targs...) }
	var value check.Type
	if sig.Value != nil {
		value = inst(sig.Value)
	}
	switch p.Kind {
	case ast.AsyncProc:
		if !info.Awaited {
			helper := f.g.asyncHelperName(p)
			return loweredCall{call: true, code: callee(helper).Call(all...), value: inst(&check.Awaitable{Elem: p.Result}), hint: p.Name}
		}
		return loweredCall{call: true, code: callee(name).Call(all...), value: value, fallible: true, hint: p.Name, optV: sig.Value != nil && optBoundary(sig.Value, value)}
	case ast.AsyncGeneratorProc:
		return loweredCall{call: true, code: callee(name).Call(all...), value: inst(&check.Generator{Elem: p.Yield}), hint: p.Name}
	case ast.AsyncContextManagerProc:
		return loweredCall{call: true, code: callee(name).Call(all...), value: nil, fallible: true, hint: p.Name}
	}
	optV := sig.Value != nil && optBoundary(sig.Value, value)
	return loweredCall{call: true, code: callee(name).Call(all...), value: value, fallible: sig.Err, hint: p.Name, optV: optV}
}

// valueCall calls a process held in a variable or field: the canonical
// shape func(ctx, A…) (R, error).
func (f *fnGen) valueCall(b *[]jen.Code, e *ast.CallExpr, info *check.Call) loweredCall {
	fn := info.Func
	var pts []check.Type
	for _, p := range fn.Params {
		pts = append(pts, p.Type())
	}
	callee := f.expr(b, info.Value)
	if ct := f.typ(info.Value); ct == check.AnyType || ct == check.Unknown {
		// A process held in an Any: called with Any arguments, checked at run time.
		boxed := make([]check.Type, len(pts))
		for i := range boxed {
			boxed[i] = check.AnyType
		}
		args := f.args(b, info, boxed)
		return loweredCall{call: true, code: jen.Qual(rtPath, "CallAny").Call(append([]jen.Code{f.ctxRef(), callee}, args...)...), value: check.AnyType, fallible: true, hint: "call"}
	}
	if ct := f.typ(info.Value); optional(ct) {
		callee = f.optValue(callee, ct) // a run-time None check
	}
	args := f.args(b, info, pts)
	res := lower.ValueType(fn.Result.Type())
	if fn.Kind == ast.AsyncProc && !info.Awaited {
		// Start a task: evaluate the arguments now, call in the task.
		var tmps []jen.Code
		for i, a := range args {
			if c, ok := a.(*jen.Statement); ok && isNullCode(c) {
				tmps = append(tmps, a)
				continue
			}
			name := "arg"
			if i < len(fn.Names) {
				name = camel(fn.Names[i], false)
			}
			tmp := f.names.name(name)
			if i < len(info.Args) && info.Args[i] != nil && isUntypedConst(info.Args[i], pts[i]) {
				a = f.g.goType(pts[i]).Parens(a) // n := int64(5), not an int
			}
			*b = append(*b, jen.Id(tmp).Op(":=").Add(a))
			tmps = append(tmps, jen.Id(tmp))
		}
		fv := f.names.name("fn")
		*b = append(*b, jen.Id(fv).Op(":=").Add(callee))
		body := f.endAt(f.lined(f.pos, []jen.Code{jen.Return(jen.Id(fv).Dot("Call").Call(append([]jen.Code{f.ctxRef()}, tmps...)...))}), f.pos)
		code := jen.Qual(rtPath, "Go").Call(f.ctxRef(), jen.Func().Params(jen.Id("ctx").Qual(ctxPath, "Context")).Params(f.g.goType(res), jen.Error()).Block(body...))
		return loweredCall{call: true, code: code, value: &check.Awaitable{Elem: fn.Result}, hint: "task"}
	}
	name := "call"
	if id, ok := info.Value.(*ast.Ident); ok {
		name = id.Name
	}
	return loweredCall{call: true, code: callee.Dot("Call").Call(append([]jen.Code{f.ctxRef()}, args...)...), value: res, fallible: true, hint: name}
}

// procValue returns a named process as a value of the canonical shape,
// through an adapter when its own Go shape differs; a generic process is
// instantiated with targs.
func (g *gen) procValue(p *check.Proc, targs []check.Type) *jen.Statement {
	fn := jen.Id(g.procNames[p])
	if !g.sig(p).Canonical {
		if !g.adapterSeen[p] {
			g.adapterSeen[p] = true
			g.adapters = append(g.adapters, p)
		}
		fn = jen.Id(g.adapterName(p))
	}
	if len(p.TypeParams) > 0 {
		fn = fn.Types(g.typeArgs(targs)...)
	}
	return jen.Qual(rtPath, "NewProc").Call(jen.Lit(p.Name), fn)
}

func (g *gen) adapterName(p *check.Proc) string {
	return g.valueNames[p]
}

// adapter emits the canonical-shape wrapper of a process used as a value.
func (g *gen) adapter(p *check.Proc) {
	name := g.adapterName(p)
	params := []jen.Code{jen.Id("ctx").Qual(ctxPath, "Context")}
	sig := g.sig(p)
	var args []jen.Code
	if sig.Ctx {
		args = append(args, jen.Id("ctx"))
	}
	n := newNamer(g.packageNames()) // a parameter never shadows a package-level name
	for _, v := range p.Params {
		pn := n.name(camel(v.Name, false))
		params = append(params, jen.Id(pn).Add(g.goType(v.Type())))
		args = append(args, jen.Id(pn))
	}
	res := lower.ValueType(p.Result.Type())
	call := jen.Id(g.procNames[p]).Types(g.typeParamNames(p.TypeParams)...).Call(args...)
	var body []jen.Code
	value, hasErr := sig.Value, sig.Err
	switch {
	case value != nil && hasErr:
		body = append(body, jen.Return(call))
	case value != nil:
		body = append(body, jen.Return(call, jen.Nil()))
	case hasErr:
		body = append(body, jen.Return(jen.Nil(), call))
	default:
		body = append(body, call, jen.Return(jen.Nil(), jen.Nil()))
	}
	if p.Kind == ast.AsyncGeneratorProc || p.Kind == ast.AsyncContextManagerProc {
		body = []jen.Code{jen.Return(call, jen.Nil())}
	}
	g.f.Commentf("%s is %s as a process value.", name, g.procNames[p])
	g.f.Func().Id(name).Types(g.typeParamList(p.TypeParams)...).Params(params...).Params(g.goType(res), jen.Error()).Block(body...)
}

// asyncHelperName returns the name of the helper that starts p as a task
// (fooAsync), registering it for emission.
func (g *gen) asyncHelperName(p *check.Proc) string {
	if !g.asyncHelperSeen[p] {
		g.asyncHelperSeen[p] = true
		g.asyncHelpers = append(g.asyncHelpers, p)
	}
	return g.helperNames[p]
}

// asyncHelper emits fooAsync: start foo as a task, return its future.
func (g *gen) asyncHelper(p *check.Proc) {
	name := g.helperNames[p]
	params := []jen.Code{jen.Id("ctx").Qual(ctxPath, "Context")}
	args := []jen.Code{jen.Id("ctx")}
	n := newNamer(g.packageNames()) // a parameter never shadows a package-level name
	for _, v := range p.Params {
		pn := n.name(camel(v.Name, false))
		params = append(params, jen.Id(pn).Add(g.goType(v.Type())))
		args = append(args, jen.Id(pn))
	}
	res := lower.ValueType(p.Result.Type())
	call := jen.Id(g.procNames[p]).Types(g.typeParamNames(p.TypeParams)...).Call(args...)
	var body jen.Code
	if g.sig(p).Value != nil {
		body = jen.Return(call)
	} else {
		body = jen.Return(jen.Nil(), call)
	}
	g.f.Commentf("%s starts %s as a task and returns its future.", name, g.procNames[p])
	g.f.Func().Id(name).Types(g.typeParamList(p.TypeParams)...).Params(params...).Op("*").Qual(rtPath, "Future").Types(g.goType(res)).Block(
		jen.Return(jen.Qual(rtPath, "Go").Call(jen.Id("ctx"), jen.Func().Params(jen.Id("ctx").Qual(ctxPath, "Context")).Params(g.goType(res), jen.Error()).Block(body))),
	)
}
