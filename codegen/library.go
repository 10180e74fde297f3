package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// exported emits the Go API of a library package (`gen --pkg`, DESIGN §3):
// for every declared process an exported wrapper that Go callers use
// directly. Wrappers run Runa code on a loop (rt.Enter: the caller's when
// called from Runa code, otherwise one made for the call) and turn faults
// into errors; async processes also get FooAsync returning a typed future,
// generators FooChan returning a channel view.
func (g *gen) exported(p *check.Proc) {
	name := camel(p.Name, true)
	inner := g.procNames[p]
	params := []jen.Code{jen.Id("ctx").Qual(ctxPath, "Context")}
	var args []jen.Code
	if p.NeedsCtx {
		args = append(args, jen.Id("ctx"))
	}
	n := newNamer(nil)
	var plain []jen.Code
	for _, v := range p.Params {
		pn := n.name(camel(v.Name, false))
		params = append(params, jen.Id(pn).Add(g.goType(v.Type())))
		plain = append(plain, jen.Id(pn))
	}
	args = append(args, plain...)
	call := jen.Id(inner).Call(args...)
	switch p.Kind {
	case ast.AsyncGeneratorProc:
		elem := g.goType(p.Yield.Type())
		g.f.Commentf("%s runs the Runa generator %q and delivers its values on a channel.", name+"Chan", p.Name)
		g.f.Comment("Call stop (idempotent) when done: it cancels the generator, waits for its cleanups and returns its error.")
		g.f.Func().Id(name+"Chan").Params(params...).Params(jen.Id("values").Op("<-").Chan().Add(elem), jen.Id("stop").Func().Params().Error()).Block(
			jen.Return(call.Dot("Chan").Call(jen.Id("ctx"))),
		)
		return
	case ast.AsyncContextManagerProc:
		return // context managers are used from Runa code only
	}
	res := valueType(p.Result.Type())
	value := procValue(p)
	hasErr := p.CanFail || p.IsAsync()
	var body jen.Code
	switch {
	case value != nil && hasErr:
		body = jen.Return(call)
	case value != nil:
		body = jen.Return(call, jen.Nil())
	case hasErr:
		body = jen.Return(jen.Nil(), call)
	default:
		body = jen.Block(call, jen.Return(jen.Nil(), jen.Nil()))
	}
	fn := jen.Func().Params(jen.Id("ctx").Qual(ctxPath, "Context")).Params(g.goType(res), jen.Error()).Block(body)
	g.f.Commentf("%s calls the Runa %s %q. Faults and failures come back as errors.", name, p.Kind, p.Name)
	if value != nil {
		g.f.Func().Id(name).Params(params...).Params(g.goType(res), jen.Error()).Block(
			jen.Return(jen.Qual(rtPath, "Enter").Call(jen.Id("ctx"), fn)),
		)
	} else {
		g.f.Func().Id(name).Params(params...).Error().Block(
			jen.List(jen.Id("_"), jen.Err()).Op(":=").Qual(rtPath, "Enter").Call(jen.Id("ctx"), fn),
			jen.Return(jen.Err()),
		)
	}
	if p.Kind == ast.AsyncProc {
		g.f.Commentf("%s starts the Runa %s %q as a task and returns its future.", name+"Async", p.Kind, p.Name)
		g.f.Func().Id(name+"Async").Params(params...).Op("*").Qual(rtPath, "Future").Types(g.goType(res)).Block(
			jen.Return(jen.Qual(rtPath, "Go").Call(jen.Id("ctx"), fn)),
		)
	}
}

// libraryGlobals emits the constant top-level values of a library package.
func (g *gen) libraryGlobals() {
	var defs []jen.Code
	for _, s := range g.p.File.Stmts {
		let, ok := s.(*ast.LetStmt)
		if !ok {
			continue
		}
		v := g.p.Defs[let.Name]
		if v == nil || !v.Used {
			continue
		}
		f := g.newFn(g.p.Main, nil)
		f.push(&frame{kind: frameFunc})
		var pre []jen.Code
		val := f.convert(&pre, let.Value, v.Type())
		defs = append(defs, jen.Id(g.globalNames[v]).Add(g.goType(v.Type())).Op("=").Add(val))
	}
	if len(defs) > 0 {
		g.f.Var().Defs(defs...)
	}
}
