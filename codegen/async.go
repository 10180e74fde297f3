package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/codegen/lower"
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// await emits `await X`: a direct call when X is a call (no task, no
// future), rt.Await for a future, and the value itself otherwise.
func (f *fnGen) await(b *[]jen.Code, e *ast.AwaitExpr) *jen.Statement {
	t := f.typ(e)
	if call, ok := e.X.(*ast.CallExpr); ok {
		if info := f.g.p.Calls[call]; info != nil && info.Awaited {
			lc := f.lowerCall(b, call)
			if a, ok := lc.value.(*check.Awaitable); ok {
				// A future-returning builtin (convert_to_awaitable): await it.
				v := f.finishCall(b, lc.code, lc.value, lc.fallible, lc.hint)
				return f.finishCall(b, jen.Qual(rtPath, "Await").Call(f.ctxRef(), v), lower.ValueType(a.Elem.Type()), true, "awaited")
			}
			v := f.finishCall(b, lc.code, lc.value, lc.fallible, lc.hint)
			if lc.value == nil {
				return v
			}
			if lc.optV {
				v = toInst(v)
			}
			return f.conv(v, lc.value, t)
		}
	}
	xt := f.typ(e.X)
	x := f.expr(b, e.X)
	if a, ok := xt.(*check.Awaitable); ok {
		return f.conv(f.finishCall(b, jen.Qual(rtPath, "Await").Call(f.ctxRef(), x), lower.ValueType(a.Elem.Type()), true, "awaited"), lower.ValueType(a.Elem.Type()), t)
	}
	if xt == check.AnyType {
		return f.conv(f.finishCall(b, jen.Qual(rtPath, "AwaitAny").Call(f.ctxRef(), x), check.AnyType, true, "awaited"), check.AnyType, t)
	}
	return x
}

// taskBody emits the body of a task closure computing e with result type t:
// func(ctx context.Context) (T, error). An awaited call becomes `return f(ctx, …)`.
// Its statements and its closing brace are e's line.
func (f *fnGen) taskBody(e ast.Expr, t check.Type, setup func(*[]jen.Code)) []jen.Code {
	outer := f.pos
	f.pos = e.Span().Start
	defer func() { f.pos = outer }()
	return f.endAt(f.lined(f.pos, f.taskStmts(e, t, setup)), f.pos)
}

func (f *fnGen) taskStmts(e ast.Expr, t check.Type, setup func(*[]jen.Code)) []jen.Code {
	f.push(&frame{kind: frameTask, taskType: t})
	defer f.pop()
	var body []jen.Code
	if setup != nil {
		setup(&body)
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if info := f.g.p.Calls[call]; info != nil && info.Awaited && info.Builtin == nil {
			var pre []jen.Code
			m := f.names.mark()
			lc := f.lowerCall(&pre, call)
			if lc.fallible && lc.value != nil && !lc.optV && sameGoType(f.g, lc.value, t) {
				body = append(body, pre...)
				return append(body, jen.Return(lc.code))
			}
			f.rollback(m) // lowered again below
		}
	}
	et := f.typ(e)
	var v *jen.Statement
	if a, ok := et.(*check.Awaitable); ok && !isAwaitedCall(f.g.p, e) {
		x := f.expr(&body, e)
		return append(body, jen.Return(jen.Qual(rtPath, "Await").Call(f.ctxRef(), f.conv(x, et, &check.Awaitable{Elem: a.Elem}))))
	}
	if isAwaitedCall(f.g.p, e) {
		v = f.await(&body, &ast.AwaitExpr{Sp: e.Span(), X: e})
		if a, ok := et.(*check.Awaitable); ok {
			et = lower.ValueType(a.Elem.Type())
		}
	} else {
		v = f.expr(&body, e)
	}
	if isNullCode(v) {
		return append(body, jen.Return(f.g.zero(t), jen.Nil()))
	}
	return append(body, jen.Return(f.conv(v, et, t), jen.Nil()))
}

func isAwaitedCall(p *check.Program, e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	return ok && p.Calls[call] != nil && p.Calls[call].Awaited
}

func taskFunc(g *gen, t check.Type, body []jen.Code, extra ...jen.Code) *jen.Statement {
	params := append([]jen.Code{jen.Id("ctx").Qual(ctxPath, "Context")}, extra...)
	return jen.Func().Params(params...).Params(g.goType(t), jen.Error()).Block(body...)
}

// each emits parallel_await / race_await for each.
func (f *fnGen) each(b *[]jen.Code, e *ast.EachExpr) *jen.Statement {
	v := f.g.p.Each[e]
	it := unwrap(f.typ(e.Iter))
	x := f.nonNone(b, e.Iter)
	items := f.names.name("items")
	switch it.(type) {
	case *check.List:
		*b = append(*b, jen.Id(items).Op(":=").Add(x).Dot("Items").Call())
	case *check.Dict:
		*b = append(*b, jen.Id(items).Op(":=").Add(x).Dot("Keys").Call())
	default:
		if it == check.String {
			*b = append(*b, jen.Id(items).Op(":=").Qual(rtPath, "Chars").Call(x))
		} else {
			*b = append(*b, jen.Id(items).Op(":=").Qual(rtPath, "AnyIter").Call(x))
		}
	}
	var res check.Type
	if e.Kind == ast.RaceEach {
		res = lower.ValueType(f.typ(e))
	} else if l, ok := f.typ(e).(*check.List); ok {
		res = lower.ValueType(l.Elem.Type())
	} else {
		res = check.AnyType
	}
	if v != nil && v.Used {
		f.varName(v) // named first: the index parameter must not take its name
	}
	idx := f.names.name("i")
	body := f.taskBody(e.Body, res, func(body *[]jen.Code) {
		if v != nil && v.Used {
			var elem jen.Code = jen.Id(items).Index(jen.Id(idx))
			if it == check.AnyType || it == check.Unknown {
				elem = f.fromAny(jen.Id(items).Index(jen.Id(idx)), v.Type())
			}
			*body = append(*body, jen.Id(f.varName(v)).Op(":=").Add(elem))
		}
	})
	fn := taskFunc(f.g, res, body, jen.Id(idx).Int())
	if e.Kind == ast.RaceEach {
		return f.finishCall(b, jen.Qual(rtPath, "Race").Call(f.ctxRef(), jen.Len(jen.Id(items)), fn), res, true, "winner")
	}
	r := f.finishCall(b, jen.Qual(rtPath, "Parallel").Call(f.ctxRef(), jen.Len(jen.Id(items)), fn), res, true, "results")
	return jen.Qual(rtPath, "ListOf").Call(r)
}

// newAwaitable emits `new awaitable that resolves when:`: a promise whose
// block runs at once; an error raised in the block rejects it.
func (f *fnGen) newAwaitable(b *[]jen.Code, e *ast.NewAwaitable) *jen.Statement {
	a, _ := f.typ(e).(*check.Awaitable)
	elem := check.Type(check.AnyType)
	if a != nil {
		elem = lower.ValueType(a.Elem.Type())
	}
	p := f.names.name("promise")
	*b = append(*b, jen.Id(p).Op(":=").Qual(rtPath, "NewPromise").Types(f.g.goType(elem)).Call(f.ctxRef()))
	f.promises = append(f.promises, promiseCtx{name: p, elem: elem})
	f.push(&frame{kind: frameCleanup})
	var body []jen.Code
	pos := f.pos // the closure's own code is the statement's
	body = append(body, f.attribute(jen.Defer().Qual(rtPath, "Recover").Call(jen.Op("&").Err()))...)
	f.stmts(&body, e.Body.Stmts)
	if !ast.Terminates(e.Body.Stmts) {
		body = append(body, f.attribute(jen.Return(jen.Nil()))...)
	}
	body = f.endAt(body, pos)
	f.pop()
	f.promises = f.promises[:len(f.promises)-1]
	*b = append(*b, jen.If(jen.Err().Op(":=").Func().Params().Params(jen.Err().Error()).Block(body...).Call(), jen.Err().Op("!=").Nil()).Block(
		f.attribute(jen.Id(p).Dot("Reject").Call(jen.Err()))...,
	))
	return jen.Id(p).Dot("Future").Call()
}

// promiseCtx is an enclosing `new awaitable` (Resolve/Reject settle it).
type promiseCtx struct {
	name string
	elem check.Type
}

// settle emits Resolve with V (resolve) or Reject with V.
func (f *fnGen) settle(b *[]jen.Code, v ast.Expr, resolve bool) {
	if len(f.promises) == 0 {
		return
	}
	p := f.promises[len(f.promises)-1]
	if resolve {
		*b = append(*b, jen.Id(p.name).Dot("Resolve").Call(f.convert(b, v, p.elem)))
		return
	}
	var err jen.Code
	switch f.typ(v) {
	case check.ErrorType:
		err = f.expr(b, v)
	case check.String:
		err = jen.Qual(rtPath, "ThrowString").Call(f.expr(b, v))
	default:
		err = jen.Qual(rtPath, "Throw").Call(f.boxed(b, v))
	}
	*b = append(*b, jen.Id(p.name).Dot("Reject").Call(err))
}

// callbackLit emits a callback literal as a closure of the canonical
// process shape.
func (f *fnGen) callbackLit(e *ast.CallbackLit) *jen.Statement {
	p := f.g.p.Callbacks[e]
	if p == nil {
		return noneValue()
	}
	return f.procLit(p, "callback", e.Body.Stmts)
}

// lambdaLit emits a Lambda (level2.md §4) as a closure of the canonical
// process shape; it displays as <process lambda>.
func (f *fnGen) lambdaLit(e *ast.LambdaLit) *jen.Statement {
	p := f.g.p.Lambdas[e]
	if p == nil {
		return noneValue()
	}
	return f.procLit(p, "", e.Body.Stmts)
}

// procLit emits the process p written as an expression as a closure of
// the canonical shape: rt.NewProc(name, func(ctx, …) (R, error) {…}) for
// a callback literal, rt.NewLambda(func…) for a Lambda (a value with an
// identity of its own).
func (f *fnGen) procLit(p *check.Proc, name string, stmts []ast.Stmt) *jen.Statement {
	cf := f.g.newFn(p, f)
	cf.promises = f.promises
	cf.lastLine = f.lastLine
	params := []jen.Code{jen.Id("ctx").Qual(ctxPath, "Context")}
	if p.Lambda != nil {
		params = append(params, f.g.groupParams(cf, p.Params)...)
	} else {
		for _, v := range p.Params {
			params = append(params, jen.Id(cf.varName(v)).Add(f.g.goType(v.Type())))
		}
	}
	res := lower.ValueType(p.Result.Type())
	cf.push(&frame{kind: frameTask, taskType: res})
	cf.pos = f.pos // the prologue is the line that writes the closure
	body := cf.body(p, stmts)
	cf.pop()
	f.lastLine = cf.lastLine
	// The closing brace is the enclosing statement's line.
	body = f.endAt(body, f.pos)
	fn := jen.Func().Params(params...).Params(f.g.goType(res), jen.Error()).Block(body...)
	if p.Lambda != nil {
		return jen.Qual(rtPath, "NewLambda").Call(fn)
	}
	return jen.Qual(rtPath, "NewProc").Call(jen.Lit(name), fn)
}

// yield emits Yield in a generator: hand the value to the consumer and stop
// (running cleanups) when it wants no more.
func (f *fnGen) yield(b *[]jen.Code, s *ast.YieldStmt) {
	elem := check.Type(check.AnyType)
	if f.proc.Yield != nil {
		elem = f.proc.Yield.Type()
	}
	v := f.convert(b, s.Value, elem)
	*b = append(*b, jen.If(jen.Op("!").Id("yield").Call(v)).Block(f.returnWith(f.top(), nil)))
}
