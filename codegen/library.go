package codegen

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/codegen/lower"
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// exportNames are the Go names of a process's exported API (library
// mode), chosen in declareNames with every other package-level name.
type exportNames struct {
	name     string // Foo: call it (plain and async processes)
	async    string // FooAsync: start it as a task (async processes)
	chanName string // FooChan: its values on a channel (generators)
}

// exportedName is the exported Go spelling of a Runa name: upper camel
// case, with an X in front when its first letter has no upper case
// (`处理` → X处理), so Go exports it.
func exportedName(runa string) string {
	s := camel(runa, true)
	r, size := utf8.DecodeRuneInString(s)
	if u := unicode.ToUpper(r); unicode.IsUpper(u) {
		return string(u) + s[size:]
	}
	return "X" + s
}

// exported emits the Go API of a library package (`gen --pkg`, DESIGN §3)
// for process p. The shape follows what p needs:
//   - a context only when it suspends, starts tasks or calls process
//     values; the call then runs on a loop (rt.Enter: the caller's when
//     called from Runa code, otherwise one made for the call);
//   - an error only when it can fail, can fault (mayFault) or takes a
//     record or collection that Go could pass as nil; faults come back as
//     *rt.Error values;
//   - otherwise the plain function: func Score(points, bonus int64) int64.
//
// Async processes also get FooAsync returning a typed future, generators
// FooChan returning a channel view.
func (g *gen) exported(p *check.Proc) {
	en := g.exports[p]
	inner := g.procNames[p]
	pn := newNamer(g.packageNames())
	var params, plain []jen.Code
	type nilCheck struct {
		name string
		v    *check.Var
	}
	var nils []nilCheck
	var typed []check.Type
	var names []string
	for _, v := range p.Params {
		n := pn.name(camel(v.Name, false))
		names = append(names, n)
		typed = append(typed, v.Type())
		plain = append(plain, jen.Id(n))
	}
	sig := g.sig(p)
	for _, i := range sig.Export.NilChecked {
		nils = append(nils, nilCheck{names[i], p.Params[i]})
	}
	params = g.paramList(names, typed)
	ctxParam := jen.Id("ctx").Qual(ctxPath, "Context")
	var args []jen.Code
	if sig.Ctx {
		args = append(args, jen.Id("ctx"))
	}
	allArgs := append(args, plain...)
	// A generic process exports a generic function (level2.md §10.4).
	tparams := g.typeParamList(p.TypeParams)
	newCall := func() *jen.Statement {
		return jen.Id(inner).Types(g.typeParamNames(p.TypeParams)...).Call(allArgs...)
	}
	call := newCall()
	doc := func(name, what string) {
		if d := g.docFor(p.Decl.Sp.Start.Line, p.Name, name, fmt.Sprintf("%s %q", p.Kind, p.Name)); d != nil {
			for _, c := range d {
				g.f.Add(c)
			}
			return
		}
		g.f.Comment(name + " " + what)
	}

	switch p.Kind {
	case ast.AsyncGeneratorProc:
		elem := g.goType(p.Yield.Type())
		all := append([]jen.Code{ctxParam}, params...)
		doc(en.name, fmt.Sprintf("runs the Runa generator %q: range over its values; a failure comes as the last pair's error.", p.Name))
		g.f.Func().Id(en.name).Types(tparams...).Params(all...).Qual(iterPath, "Seq2").Types(elem, jen.Error()).Block(
			jen.Return(newCall().Dot("Seq").Call(jen.Id("ctx"))),
		)
		g.f.Commentf("%s runs the Runa generator %q and delivers its values on a channel.", en.chanName, p.Name)
		g.f.Comment("Call stop (idempotent) when done: it cancels the generator, waits for its cleanups and returns its error.")
		g.f.Func().Id(en.chanName).Types(tparams...).Params(all...).Params(jen.Id("values").Op("<-").Chan().Add(elem), jen.Id("stop").Func().Params().Error()).Block(
			jen.Return(newCall().Dot("Chan").Call(jen.Id("ctx"))),
		)
		return
	case ast.AsyncContextManagerProc:
		elem := lower.ValueType(p.Yield.Type())
		all := append([]jen.Code{ctxParam}, params...)
		doc(en.name, fmt.Sprintf("enters the Runa context manager %q: it returns the value and the cleanup to defer.", p.Name))
		setup := jen.Func().Params(jen.Id("ctx").Qual(ctxPath, "Context")).Params(g.goType(elem), jen.Qual(rtPath, "Cleanup"), jen.Error()).Block(jen.Return(call))
		g.f.Func().Id(en.name).Types(tparams...).Params(all...).Params(g.goType(elem), jen.Func().Params().Error(), jen.Error()).Block(
			jen.Return(jen.Qual(rtPath, "EnterManager").Call(jen.Id("ctx"), setup)),
		)
		return
	}

	res := lower.ValueType(p.Result.Type())
	value := sig.Value
	innerErr := sig.Err
	hasErr := sig.Export.Err
	zero := func() []jen.Code {
		if value != nil {
			return []jen.Code{g.zero(value)}
		}
		return nil
	}
	// nilChecks returns the error for each nil argument with ret.
	nilChecks := func(ret func(err jen.Code) jen.Code) []jen.Code {
		var out []jen.Code
		for _, nc := range nils {
			err := jen.Qual(rtPath, "NilArgument").Call(jen.Lit(nc.v.Name), jen.Lit(unwrap(nc.v.Type()).String()))
			out = append(out, jen.If(jen.Id(nc.name).Op("==").Nil()).Block(ret(err)))
		}
		return out
	}

	if !sig.Export.Ctx {
		// A plain process: no loop, no context.
		if !hasErr {
			doc(en.name, fmt.Sprintf("calls the Runa %s %q.", p.Kind, p.Name))
			fn := g.f.Func().Id(en.name).Types(tparams...).Params(params...)
			if value != nil {
				fn.Add(g.goType(value)).Block(jen.Return(call))
			} else {
				fn.Block(call)
			}
			return
		}
		doc(en.name, fmt.Sprintf("calls the Runa %s %q. Faults come back as *rt.Error values.", p.Kind, p.Name))
		results := []jen.Code{jen.Err().Error()}
		if value != nil {
			results = []jen.Code{jen.Id("_").Add(g.goType(value)), jen.Err().Error()}
		}
		body := []jen.Code{jen.Defer().Qual(rtPath, "Recover").Call(jen.Op("&").Err())}
		body = append(body, nilChecks(func(err jen.Code) jen.Code { return jen.Return(append(zero(), err)...) })...)
		switch {
		case innerErr:
			body = append(body, jen.Return(call))
		case value != nil:
			body = append(body, jen.Return(call, jen.Nil()))
		default:
			body = append(body, call, jen.Return(jen.Nil()))
		}
		g.f.Func().Id(en.name).Types(tparams...).Params(params...).Params(results...).Block(body...)
		return
	}

	var inBody jen.Code
	switch {
	case value != nil && innerErr:
		inBody = jen.Return(call)
	case value != nil:
		inBody = jen.Return(call, jen.Nil())
	case innerErr:
		inBody = jen.Return(jen.Nil(), call)
	default:
		inBody = jen.Block(call, jen.Return(jen.Nil(), jen.Nil()))
	}
	fn := jen.Func().Params(jen.Id("ctx").Qual(ctxPath, "Context")).Params(g.goType(res), jen.Error()).Block(inBody)
	all := append([]jen.Code{ctxParam}, params...)
	doc(en.name, fmt.Sprintf("calls the Runa %s %q. Faults and failures come back as errors.", p.Kind, p.Name))
	if value != nil {
		body := nilChecks(func(err jen.Code) jen.Code { return jen.Return(g.zero(value), err) })
		body = append(body, jen.Return(jen.Qual(rtPath, "Enter").Call(jen.Id("ctx"), fn)))
		g.f.Func().Id(en.name).Types(tparams...).Params(all...).Params(g.goType(value), jen.Error()).Block(body...)
	} else {
		body := nilChecks(func(err jen.Code) jen.Code { return jen.Return(err) })
		body = append(body,
			jen.List(jen.Id("_"), jen.Err()).Op(":=").Qual(rtPath, "Enter").Call(jen.Id("ctx"), fn),
			jen.Return(jen.Err()))
		g.f.Func().Id(en.name).Types(tparams...).Params(all...).Error().Block(body...)
	}
	if p.Kind == ast.AsyncProc {
		g.f.Commentf("%s starts the Runa %s %q as a task and returns its future. Called", en.async, p.Kind, p.Name)
		g.f.Comment("from Go, the future settles when every task the call started has finished,")
		g.f.Comment("with their unobserved failures joined into its error.")
		body := nilChecks(func(err jen.Code) jen.Code {
			return jen.Return(jen.Qual(rtPath, "Failed").Types(g.goType(res)).Call(err))
		})
		body = append(body, jen.Return(jen.Qual(rtPath, "EnterAsync").Call(jen.Id("ctx"), fn)))
		g.f.Func().Id(en.async).Types(tparams...).Params(all...).Op("*").Qual(rtPath, "Future").Types(g.goType(res)).Block(body...)
	}
}

// packageNames returns the namer of the package-level names that are not
// globals (see declareNames), which a function's own names must avoid.
func (g *gen) packageNames() *namer {
	if g.declNames == nil {
		g.declNames = newNamer(nil)
		for _, name := range g.declared {
			g.declNames.used[name] = true
		}
	}
	return g.declNames
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
