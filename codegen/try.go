package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/codegen/lower"
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// ctlScan reports whether a block run as a closure can Return (or stop a
// generator at a Yield) and whether it can Break/Continue a loop outside it.
func ctlScan(stmts []ast.Stmt, inLoop bool) (ret, loop bool) {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.ReturnStmt, *ast.YieldStmt:
			ret = true
		case *ast.BreakStmt, *ast.ContinueStmt:
			if !inLoop {
				loop = true
			}
		case *ast.IfStmt:
			for _, cl := range s.Clauses {
				r, l := ctlScan(cl.Body.Stmts, inLoop)
				ret, loop = ret || r, loop || l
			}
		case *ast.WhileStmt:
			r, _ := ctlScan(s.Body.Stmts, true)
			ret = ret || r
		case *ast.MainStmt:
			r, l := ctlScan(s.Body.Stmts, inLoop)
			ret, loop = ret || r, loop || l
		case *ast.ForEachStmt:
			r, _ := ctlScan(s.Body.Stmts, true)
			ret = ret || r
		case *ast.MatchStmt:
			for _, a := range s.Arms {
				r, l := ctlScan(a.Body.Stmts, inLoop)
				ret, loop = ret || r, loop || l
			}
		case *ast.TryStmt:
			for _, blk := range []*ast.Block{s.Body, s.Catch, s.Finally} {
				if blk != nil {
					r, l := ctlScan(blk.Stmts, inLoop)
					ret, loop = ret || r, loop || l
				}
			}
		case *ast.WithStmt:
			r, l := ctlScan(s.Body.Stmts, inLoop)
			ret, loop = ret || r, loop || l
		}
		if ast.Terminates([]ast.Stmt{s}) {
			break // what follows is unreachable and left out
		}
	}
	return ret, loop
}

// parentValue is the type of the value a Return carries in frame fr.
func parentValue(fr *frame) check.Type {
	switch fr.kind {
	case frameFunc, frameBlock:
		return fr.value
	case frameTask:
		return fr.taskType
	}
	return nil
}

// closure emits stmts as a closure run at once, returning (rt.Ctl, [R,]
// error) when the block contains Return/Break/Continue, else error. The
// prologue, built once the closure's frame is known (so its error returns
// have the closure's shape), comes first inside it.
func (f *fnGen) closure(stmts []ast.Stmt, prologue func(fr *frame) []jen.Code) (fn *jen.Statement, fr *frame) {
	parent := f.top()
	ret, loop := ctlScan(stmts, false)
	fr = &frame{kind: frameBlock, ctl: ret || loop}
	if ret {
		fr.value = parentValue(parent)
	}
	f.push(fr)
	// The prologue and the closing `}()` are the enclosing statement's.
	pos := f.pos
	var body []jen.Code
	for _, c := range prologue(fr) {
		body = append(body, f.attribute(c)...)
	}
	f.stmtsWithTail(&body, stmts, func(b *[]jen.Code) {
		*b = append(*b, jen.Return(f.blockResults(fr, jen.Qual(rtPath, "Next"), nil, jen.Nil())...))
	})
	body = f.endAt(body, pos)
	f.pop()
	var results []jen.Code
	if fr.ctl {
		results = append(results, jen.Id("ctl").Qual(rtPath, "Ctl"))
		if fr.value != nil {
			results = append(results, jen.Id("ret").Add(f.g.goType(fr.value)))
		}
	}
	results = append(results, jen.Err().Error())
	return jen.Func().Params().Params(results...).Block(body...), fr
}

// catchPos is where the Catch clause of s binds its variable (its first
// statement when it binds none).
func catchPos(s *ast.TryStmt) ast.Pos {
	if s.CatchName != nil {
		return s.CatchName.Span().Start
	}
	return s.Catch.Span().Start
}

// dispatch carries out, in the parent, the control code a closure returned.
func (f *fnGen) dispatch(b *[]jen.Code, fr *frame, ctl, ret string) {
	if !fr.ctl {
		return
	}
	if fr.ret {
		var val jen.Code
		if fr.value != nil {
			val = jen.Id(ret)
		}
		*b = append(*b, jen.If(jen.Id(ctl).Op("==").Qual(rtPath, "Return")).Block(f.returnWith(f.top(), val)))
	}
	if fr.brk {
		var kw []jen.Code
		f.loopCtl(&kw, true)
		*b = append(*b, jen.If(jen.Id(ctl).Op("==").Qual(rtPath, "Break")).Block(kw...))
	}
	if fr.cont {
		var kw []jen.Code
		f.loopCtl(&kw, false)
		*b = append(*b, jen.If(jen.Id(ctl).Op("==").Qual(rtPath, "Continue")).Block(kw...))
	}
}

// try emits Try/Catch/Finally. The body (and, with a Finally, the Catch)
// runs as a closure that recovers faults; a Catch does not intercept the
// cancellation of its own task (spec §8.5).
func (f *fnGen) try(b *[]jen.Code, s *ast.TryStmt) {
	recov := func(*frame) []jen.Code {
		return []jen.Code{jen.Defer().Qual(rtPath, "Recover").Call(jen.Op("&").Err())}
	}
	fn, fr := f.closure(s.Body.Stmts, recov)
	// A Catch does not intercept the cancellation of its own task (spec
	// §8.5), nor, in code without a ctx, the Ctrl-C interruption.
	caught := func(errName string) *jen.Statement {
		c := jen.Id(errName).Op("!=").Nil()
		if f.g.sig(f.proc).Ctx {
			return c.Op("&&").Op("!").Qual(rtPath, "Cancelled").Call(f.ctxRef())
		}
		return c.Op("&&").Op("!").Qual(rtPath, "IsInterrupt").Call(jen.Id(errName))
	}
	if !fr.ctl && s.Finally == nil {
		// The common shape: if err := body(); err != nil { catch } else if err != nil { propagate }.
		if s.Catch == nil {
			*b = append(*b, jen.If(jen.Err().Op(":=").Add(fn).Call(), jen.Err().Op("!=").Nil()).Block(f.errReturn(jen.Err())...))
			return
		}
		var cb []jen.Code
		cb = append(cb, f.g.line(catchPos(s)))
		cb = append(cb, f.bindCatch(s, "err")...)
		f.stmts(&cb, s.Catch.Stmts)
		cb = f.endAt(cb, s.Sp.Start)
		st := jen.If(jen.Err().Op(":=").Add(fn).Call(), caught("err")).Block(cb...)
		st.Else().If(jen.Err().Op("!=").Nil()).Block(f.errReturn(jen.Err())...)
		*b = append(*b, st)
		return
	}
	ctlName, retName, errName := f.names.name("flow"), f.names.name("ret"), f.names.name("tryErr")
	names := func(fr *frame) []jen.Code {
		var l []jen.Code
		if fr.ctl {
			l = append(l, jen.Id(ctlName))
			if fr.value != nil {
				l = append(l, jen.Id(retName))
			}
		}
		return append(l, jen.Id(errName))
	}
	var catchFn *jen.Statement
	var catchFr *frame
	if s.Catch != nil && s.Finally != nil {
		catchFn, catchFr = f.closure(s.Catch.Stmts, func(fr *frame) []jen.Code {
			return append(recov(fr), f.bindCatch(s, errName)...)
		})
	}
	anyCtl := fr.ctl || (catchFr != nil && catchFr.ctl)
	value := fr.value
	if catchFr != nil && catchFr.value != nil {
		value = catchFr.value
	}
	if anyCtl {
		*b = append(*b, jen.Var().Id(ctlName).Qual(rtPath, "Ctl"))
		if value != nil {
			*b = append(*b, jen.Var().Id(retName).Add(f.g.goType(value)))
		}
	}
	if anyCtl {
		*b = append(*b, jen.Var().Id(errName).Error())
		*b = append(*b, jen.List(names(fr)...).Op("=").Add(fn).Call())
	} else {
		*b = append(*b, jen.Id(errName).Op(":=").Add(fn).Call())
	}
	if s.Catch != nil {
		if catchFn != nil {
			*b = append(*b, jen.If(caught(errName)).Block(jen.List(names(catchFr)...).Op("=").Add(catchFn).Call()))
		} else {
			var cb []jen.Code
			cb = append(cb, f.g.line(catchPos(s)))
			cb = append(cb, f.bindCatch(s, errName)...)
			f.stmts(&cb, s.Catch.Stmts)
			if !ast.Terminates(s.Catch.Stmts) {
				cb = append(cb, f.attribute(jen.Id(errName).Op("=").Nil())...)
			}
			cb = f.endAt(cb, s.Sp.Start)
			*b = append(*b, jen.If(caught(errName)).Block(cb...))
		}
	}
	if s.Finally != nil {
		f.push(&frame{kind: frameCleanup})
		var inner []jen.Code
		refs := f.ctxRefs
		f.stmts(&inner, s.Finally.Stmts)
		usesCtx := f.ctxRefs > refs
		f.pop()
		if len(inner) > 0 {
			var fb []jen.Code
			if f.g.sig(f.proc).Ctx && usesCtx {
				fb = append(fb, jen.List(f.ctxRef(), jen.Id("cancel")).Op(":=").Qual(rtPath, "CleanupContext").Call(f.ctxRef()))
				fb = append(fb, jen.Defer().Id("cancel").Call())
			}
			fb = append(fb, inner...)
			fb = append(fb, f.attribute(jen.Return(jen.Nil()))...)
			fb = f.endAt(fb, s.Sp.Start)
			*b = append(*b, jen.If(jen.Id("ferr").Op(":=").Func().Params().Error().Block(fb...).Call(), jen.Id("ferr").Op("!=").Nil()).Block(
				f.attribute(jen.Id(errName).Op("=").Qual(rtPath, "JoinCleanup").Call(jen.Id(errName), jen.Id("ferr")))...,
			))
		}
	}
	*b = append(*b, jen.If(jen.Id(errName).Op("!=").Nil()).Block(f.errReturn(jen.Id(errName))...))
	merged := &frame{ctl: anyCtl, value: value}
	merged.ret, merged.brk, merged.cont = fr.ret, fr.brk, fr.cont
	if catchFr != nil {
		merged.ret = merged.ret || catchFr.ret
		merged.brk = merged.brk || catchFr.brk
		merged.cont = merged.cont || catchFr.cont
	}
	f.dispatch(b, merged, ctlName, retName)
}

// bindCatch binds the Catch variable to the error held in errName.
func (f *fnGen) bindCatch(s *ast.TryStmt, errName string) []jen.Code {
	if s.CatchName == nil {
		return nil
	}
	v := f.g.p.Defs[s.CatchName]
	if v == nil || !v.Used {
		return nil
	}
	if v.Loop {
		if !f.g.usedWithin(v, s.Catch.Sp) {
			return nil // another Catch binding the same name uses it
		}
		return []jen.Code{jen.Id(f.varName(v)).Op(":=").Id(errName)}
	}
	return []jen.Code{jen.Id(f.varName(v)).Op("=").Id(errName)}
}

// with emits `With M as x:` as a closure whose cleanup is deferred, so it
// runs on every exit path (the design card's "context managers as defer").
func (f *fnGen) with(b *[]jen.Code, s *ast.WithStmt) {
	var pre []jen.Code
	var setup *jen.Statement
	var elem check.Type = check.NoneType
	if call, ok := s.Manager.(*ast.CallExpr); ok {
		info := f.g.p.Calls[call]
		switch {
		case info != nil && info.Builtin != nil && info.Builtin.Name == "async_lock":
			name := f.convert(&pre, info.Args[0], check.String)
			setup = jen.Qual(rtPath, "AsyncLock").Call(f.ctxRef(), name)
		case info != nil && info.Proc != nil && info.Proc.Kind == ast.AsyncContextManagerProc:
			lc := f.lowerCall(&pre, call)
			setup = lc.code
			elem = lower.ValueType(info.Proc.Yield.Type())
		}
	}
	if setup == nil {
		v := f.expr(&pre, s.Manager)
		*b = append(*b, pre...)
		*b = append(*b, jen.Id("_").Op("=").Add(v))
		f.stmts(b, s.Body.Stmts)
		return
	}
	*b = append(*b, pre...)
	val := "_"
	var bind jen.Code
	if s.Binding != nil {
		if v := f.g.p.Defs[s.Binding]; v != nil && v.Used {
			if f.g.withLocal(v, s) && sameGoType(f.g, elem, v.Type()) {
				// Used only inside the block: bound right there.
				val = f.varName(v)
			} else {
				val = f.names.name(camel(v.Name, false) + "Value")
				bind = jen.Id(f.varName(v)).Op("=").Add(f.conv(jen.Id(val), elem, v.Type()))
			}
		}
	}
	fn, fr := f.closure(s.Body.Stmts, func(fr *frame) []jen.Code {
		pro := []jen.Code{
			jen.List(jen.Id(val), jen.Id("cleanup"), jen.Err()).Op(":=").Add(setup),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(f.blockResults(fr, jen.Qual(rtPath, "Next"), nil, jen.Err())...)),
			jen.Defer().Qual(rtPath, "RunCleanup").Call(f.ctxRef(), jen.Id("cleanup"), jen.Op("&").Err()),
		}
		if bind != nil {
			pro = append(pro, bind)
		}
		return pro
	})
	if !fr.ctl {
		*b = append(*b, jen.If(jen.Err().Op(":=").Add(fn).Call(), jen.Err().Op("!=").Nil()).Block(f.errReturn(jen.Err())...))
		return
	}
	ctlName, retName := f.names.name("flow"), f.names.name("ret")
	l := []jen.Code{jen.Id(ctlName)}
	if fr.value != nil {
		l = append(l, jen.Id(retName))
	}
	l = append(l, jen.Err())
	*b = append(*b, jen.List(l...).Op(":=").Add(fn).Call())
	*b = append(*b, jen.If(jen.Err().Op("!=").Nil()).Block(f.errReturn(jen.Err())...))
	f.dispatch(b, fr, ctlName, retName)
}

// withLocal reports whether v, bound by the With statement s, is mentioned
// only inside s's block (and bound by no other statement): it is then
// declared by the block's own setup call instead of at the function's top.
func (g *gen) withLocal(v *check.Var, s *ast.WithStmt) bool {
	if g.withBound == nil {
		g.withBound = map[*check.Var]*ast.WithStmt{}
		binds := map[*check.Var]int{}
		for _, dv := range g.p.Defs {
			binds[dv]++
		}
		refs := g.refPositions()
		ast.Inspect(g.p.File, func(n ast.Node) bool {
			w, ok := n.(*ast.WithStmt)
			if !ok || w.Binding == nil {
				return true
			}
			bv := g.p.Defs[w.Binding]
			if bv == nil || bv.Global || binds[bv] != 1 {
				return true
			}
			inside := true
			for _, pos := range refs[bv] {
				if pos == w.Binding.Sp.Start {
					continue // the binding itself
				}
				if pos.Before(w.Body.Sp.Start) || !pos.Before(w.Body.Sp.End) {
					inside = false
				}
			}
			if inside {
				g.withBound[bv] = w
			}
			return true
		})
	}
	return g.withBound[v] == s
}
