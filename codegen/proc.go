package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/codegen/lower"
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// procDecl emits the Go function of a declared process (DESIGN §3).
func (g *gen) procDecl(p *check.Proc) (out []jen.Code) {
	f := g.newFn(p, nil)
	name := g.procNames[p]
	sig := g.sig(p)
	var params []jen.Code
	if sig.Ctx {
		params = append(params, jen.Id("ctx").Qual(ctxPath, "Context"))
	}
	params = append(params, g.groupParams(f, p.Params)...)
	recursive := sig.Guard == lower.DepthGuard
	tparams := g.typeParamList(p.TypeParams)
	var outer []jen.Code
	if recursive {
		outer = append([]jen.Code{}, params...)
		params = append(params, jen.Id("depth").Int())
	}
	var results []jen.Code
	var body []jen.Code
	f.lastLine = p.Decl.Sp.Start.Line
	switch p.Kind {
	case ast.AsyncGeneratorProc:
		elem := p.Yield.Type()
		results = []jen.Code{jen.Op("*").Qual(rtPath, "Generator").Types(g.goType(elem))}
		f.push(&frame{kind: frameGen})
		inner := f.body(p, p.Decl.Body.Stmts)
		f.pop()
		ctor := "NewGenerator"
		if sig.Direct {
			ctor = "NewDirectGenerator"
		}
		body = append(body, jen.Return(jen.Qual(rtPath, ctor).Call(jen.Id("ctx"),
			jen.Func().Params(jen.Id("ctx").Qual(ctxPath, "Context"), jen.Id("yield").Func().Params(g.goType(elem)).Bool()).Error().Block(inner...))))
	case ast.AsyncContextManagerProc:
		elem := lower.ValueType(p.Yield.Type())
		results = []jen.Code{g.goType(elem), jen.Qual(rtPath, "Cleanup"), jen.Error()}
		f.push(&frame{kind: frameSetup, setupType: elem})
		body = f.managerBody(p, elem)
		f.pop()
	default:
		value, hasErr := sig.Value, sig.Err
		if value != nil {
			results = append(results, g.goType(value))
		}
		if hasErr {
			results = append(results, jen.Error())
		}
		f.push(&frame{kind: frameFunc, value: value, hasErr: hasErr})
		body = f.body(p, p.Decl.Body.Stmts)
		f.pop()
		if names, ok := g.memoNames[p]; ok {
			var decls []jen.Code
			decls, body = f.memoized(p, names, value, hasErr, results, body)
			defer func() { out = append(decls, out...) }()
		}
	}
	if recursive {
		// The process itself, and the recursive body that counts its depth.
		var args []jen.Code
		if sig.Ctx {
			args = append(args, jen.Id("ctx"))
		}
		for _, v := range p.Params {
			args = append(args, jen.Id(f.varName(v)))
		}
		args = append(args, jen.Lit(1))
		rec := g.recNames[p]
		return []jen.Code{
			g.line(p.Decl.Sp.Start),
			g.procDoc(p, name),
			jen.Func().Id(name).Types(tparams...).Params(outer...).Params(results...).Block(wrapperBody(results, jen.Id(rec).Types(g.typeParamNames(p.TypeParams)...).Call(args...))),
			g.line(p.Decl.Sp.Start),
			jen.Commentf("%s is the body of %s at a recursion depth (spec §6.5: at most rt.MaxDepth).", rec, name),
			jen.Func().Id(rec).Types(tparams...).Params(params...).Params(results...).Block(body...),
		}
	}
	return []jen.Code{
		g.line(p.Decl.Sp.Start),
		g.procDoc(p, name),
		jen.Func().Id(name).Types(tparams...).Params(params...).Params(results...).Block(body...),
	}
}

// procDoc is the doc comment of the Go function name of process p: the
// Runa comment block above the process, or a line saying what it
// implements.
func (g *gen) procDoc(p *check.Proc, name string) jen.Code {
	if doc := g.docFor(p.Decl.Sp.Start.Line, p.Name, name, fmt.Sprintf("%s %q", p.Kind, p.Name)); doc != nil {
		return jen.Add(joinLines(doc)...)
	}
	return jen.Commentf("%s implements the Runa %s %q.", name, p.Kind, p.Name)
}

// joinLines puts each code item on its own line.
func joinLines(cs []jen.Code) []jen.Code {
	var out []jen.Code
	for i, c := range cs {
		if i > 0 {
			out = append(out, jen.Line())
		}
		out = append(out, c)
	}
	return out
}

// body emits a process body: local declarations, the recursion guard, the
// statements and a final return when the statements can fall off the end.
func (f *fnGen) body(p *check.Proc, stmts []ast.Stmt) []jen.Code {
	var b []jen.Code
	if p.Decl != nil {
		f.pos = procPos(p) // the prologue is the declaration's
	}
	f.declareLocals(&b, p, stmts)
	switch {
	case p.Decl != nil && f.g.sig(p).Guard == lower.DepthGuard:
		b = append(b, f.g.line(procPos(p)), recursionGuard())
	case f.g.sig(p).Guard == lower.TaskGuard:
		b = append(b, f.g.line(procPos(p)), taskGuard())
	}
	if (p.Decl != nil || p.Lambda != nil) && p.Kind == ast.AsyncProc {
		// Every await is a cancellation point (spec §8.0); `await f()` runs
		// f inline, so f checks on entry.
		f.asyncCheck(&b)
	}
	f.stmtsWithTail(&b, stmts, f.finalReturn)
	return b
}

// stmtsWithTail emits a body's statements and, when control can reach its
// end, the final return (tail). A body that returns only an error and ends
// in a call that only fails ends in `return call()` instead of
// `if err := call(); err != nil { return err }; return nil`.
func (f *fnGen) stmtsWithTail(b *[]jen.Code, stmts []ast.Stmt, tail func(*[]jen.Code)) {
	if n := len(stmts); n > 0 && !ast.Terminates(stmts) && f.errorOnly() {
		if call := tailCall(f.g.p, stmts[n-1]); call != nil {
			var pre []jen.Code
			m := f.names.mark()
			if lc := f.lowerCall(&pre, call); lc.fallible && lc.value == nil {
				f.stmts(b, stmts[:n-1])
				var last []jen.Code
				f.line(&last, stmts[n-1].Span().Start)
				last = append(last, pre...)
				last = append(last, jen.Return(lc.code))
				*b = append(*b, last...)
				f.lastLine = 0
				return
			}
			f.rollback(m) // lowered again below
		}
	}
	f.stmts(b, stmts)
	if len(stmts) == 0 {
		tail(b)
		return
	}
	// What follows the statements (the fall-off return, the closing
	// brace) is the last statement's.
	last := f.g.line(stmts[len(stmts)-1].Span().Start)
	*b = append(*b, last)
	if !ast.Terminates(stmts) {
		tail(b)
		*b = append(*b, last)
	}
}

// errorOnly reports whether the current frame returns just an error.
func (f *fnGen) errorOnly() bool {
	fr := f.top()
	switch fr.kind {
	case frameGen, frameCleanup:
		return true
	case frameBlock:
		return !fr.ctl
	case frameFunc:
		return fr.hasErr && fr.value == nil
	}
	return false
}

// tailCall returns the call of an expression statement `f …` or
// `await f …` (a direct call), or nil.
func tailCall(p *check.Program, s ast.Stmt) *ast.CallExpr {
	es, ok := s.(*ast.ExprStmt)
	if !ok {
		return nil
	}
	x := es.X
	if a, ok := x.(*ast.AwaitExpr); ok {
		x = a.X
	}
	call, ok := x.(*ast.CallExpr)
	if !ok || p.Calls[call] == nil {
		return nil
	}
	if info := p.Calls[call]; info.Proc != nil && info.Proc.Kind == ast.AsyncProc && !info.Awaited {
		return nil // starts a task: not a call that fails here
	}
	return call
}

// finalReturn appends the return for a body that ran to its end.
func (f *fnGen) finalReturn(b *[]jen.Code) {
	fr := f.top()
	switch fr.kind {
	case frameGen, frameCleanup:
		*b = append(*b, jen.Return(jen.Nil()))
	case frameTask:
		*b = append(*b, jen.Return(f.g.zero(fr.taskType), jen.Nil()))
	case frameBlock:
		*b = append(*b, jen.Return(f.blockResults(fr, jen.Qual(rtPath, "Next"), nil, jen.Nil())...))
	case frameFunc:
		switch {
		case fr.value != nil && fr.hasErr:
			*b = append(*b, jen.Return(f.g.zero(fr.value), jen.Nil()))
		case fr.value != nil:
			*b = append(*b, jen.Return(f.g.zero(fr.value)))
		case fr.hasErr:
			*b = append(*b, jen.Return(jen.Nil()))
		}
	}
}

// declareLocals declares, at the top of the body, every used local that is
// not declared by a `:=` at its first Let (see simpleLets).
func (f *fnGen) declareLocals(b *[]jen.Code, p *check.Proc, stmts []ast.Stmt) {
	simple := f.g.simpleLets(p, stmts)
	for v, let := range simple {
		f.simple[v] = let
	}
	f.g.withLocal(nil, nil) // computes withBound
	var decls []jen.Code
	for _, v := range p.Locals {
		if !v.Used || v.Global || f.simple[v] != nil || isLoopOnly(v) || f.g.withBound[v] != nil {
			continue
		}
		decls = append(decls, jen.Var().Id(f.varName(v)).Add(f.g.goType(v.Type())))
	}
	*b = append(*b, decls...)
}

// isLoopOnly reports whether v is declared only by loops or Catch clauses
// (it is then declared where it is bound).
func isLoopOnly(v *check.Var) bool { return v.Loop }

// simpleLets finds the locals whose first mention is a Let directly in the
// body's top-level statements: they are declared there with :=.
func (g *gen) simpleLets(p *check.Proc, stmts []ast.Stmt) map[*check.Var]*ast.LetStmt {
	out := map[*check.Var]*ast.LetStmt{}
	first := g.firstRefs()
	refs := g.refPositions()
	// block looks at the Lets directly in one block; end bounds the block
	// (the zero Pos: the whole body).
	var block func(stmts []ast.Stmt, end ast.Pos)
	block = func(stmts []ast.Stmt, end ast.Pos) {
		for _, s := range stmts {
			if let, ok := s.(*ast.LetStmt); ok {
				v := g.p.Defs[let.Name]
				if v == nil || v.Global || v.Owner != p || !v.Used || v.Loop || v.Captured {
					continue
				}
				if _, done := out[v]; done {
					continue
				}
				if pos, ok := first[v]; ok && pos.Before(let.Value.Span().Start) && pos != let.Name.Sp.Start {
					continue
				}
				inside := true
				if end.IsValid() {
					for _, pos := range refs[v] {
						if !pos.Before(end) {
							inside = false
						}
					}
				}
				if inside {
					out[v] = let
				}
			}
			for _, b := range ast.Blocks(s) {
				block(b.Stmts, b.Sp.End)
			}
		}
	}
	block(stmts, ast.Pos{})
	return out
}

// refPositions gives every position at which each variable is mentioned
// (declared or used).
func (g *gen) refPositions() map[*check.Var][]ast.Pos {
	if g.refs != nil {
		return g.refs
	}
	g.refs = map[*check.Var][]ast.Pos{}
	for id, obj := range g.p.Uses {
		if v, ok := obj.(*check.Var); ok {
			g.refs[v] = append(g.refs[v], id.Sp.Start)
		}
	}
	for id, v := range g.p.Defs {
		g.refs[v] = append(g.refs[v], id.Sp.Start)
	}
	return g.refs
}

// firstRefs gives the earliest position at which each variable is
// mentioned outside its declaring Let name.
func (g *gen) firstRefs() map[*check.Var]ast.Pos {
	if g.first != nil {
		return g.first
	}
	g.first = map[*check.Var]ast.Pos{}
	for v, positions := range g.refPositions() {
		first := positions[0]
		for _, pos := range positions[1:] {
			if pos.Before(first) {
				first = pos
			}
		}
		g.first[v] = first
	}
	return g.first
}

// managerBody emits a context manager: the statements before its single
// top-level Yield are the setup; the Yield returns the value and the
// cleanup closure holding the statements after it.
func (f *fnGen) managerBody(p *check.Proc, elem check.Type) []jen.Code {
	stmts := p.Decl.Body.Stmts
	var b []jen.Code
	f.declareLocals(&b, p, stmts)
	if f.g.sig(p).Guard == lower.TaskGuard {
		b = append(b, f.g.line(procPos(p)), taskGuard())
	}
	idx := -1
	for i, s := range stmts {
		if _, ok := s.(*ast.YieldStmt); ok {
			idx = i
			break
		}
	}
	if idx < 0 {
		f.stmts(&b, stmts)
		b = append(b, jen.Return(f.g.zero(elem), jen.Nil(), jen.Qual(rtPath, "ThrowString").Call(jen.Lit("context manager "+p.Name+" did not yield"))))
		return b
	}
	f.stmts(&b, stmts[:idx])
	if ast.Terminates(stmts[:idx]) {
		return b // the setup always fails: the Yield is unreachable (W304)
	}
	y := stmts[idx].(*ast.YieldStmt)
	f.line(&b, y.Sp.Start)
	val := f.convert(&b, y.Value, elem)
	f.push(&frame{kind: frameCleanup})
	var cb []jen.Code
	f.stmts(&cb, stmts[idx+1:])
	if rest := stmts[idx+1:]; !ast.Terminates(rest) {
		last := y.Sp.Start
		if len(rest) > 0 {
			last = rest[len(rest)-1].Span().Start
		}
		cb = append(cb, f.g.line(last), jen.Return(jen.Nil()))
	}
	cb = f.endAt(cb, y.Sp.Start) // the closing `}, nil` is the Yield's
	f.pop()
	b = append(b, jen.Return(val, jen.Func().Params(jen.Id("ctx").Qual(ctxPath, "Context")).Error().Block(cb...), jen.Nil()))
	return b
}

// mainProgram emits the top-level statements as run(ctx) and func main.
func (g *gen) mainProgram() []jen.Code {
	p := g.p.Main
	f := g.newFn(p, nil)
	f.push(&frame{kind: frameFunc, hasErr: true})
	var stmts []ast.Stmt
	for _, s := range g.p.File.Stmts {
		switch s.(type) {
		case *ast.ProcDecl, *ast.TypeDecl:
			continue
		}
		stmts = append(stmts, s)
	}
	body := f.body(p, stmts)
	f.pop()
	runName := "run" // reserved: no Runa name becomes run
	out := []jen.Code{
		g.noOrigin(),
		jen.Commentf("%s runs the top-level statements of %s.", runName, g.opts.SourceName),
		jen.Func().Id(runName).Params(jen.Id("ctx").Qual(ctxPath, "Context")).Error().Block(body...),
	}
	if g.opts.Package == "main" {
		out = append(out, g.noOrigin(), jen.Func().Id("main").Params().Block(jen.Qual(rtPath, "Main").Call(jen.Id(runName))))
	}
	return out
}

// recursionGuard is the entry check of a recursive process (spec §6.5).
func recursionGuard() jen.Code {
	return jen.If(jen.Id("depth").Op(">").Qual(rtPath, "MaxDepth")).Block(jen.Qual(rtPath, "RecursionLimit").Call())
}

// procPos is where process p is written: a recursion fault of its guard
// is reported at that line.
func procPos(p *check.Proc) ast.Pos {
	if p.Decl != nil {
		return p.Decl.Sp.Start
	}
	return p.LiteralPos()
}

// taskGuard is the entry check of a task-guarded process (spec §6.5).
func taskGuard() jen.Code {
	return jen.Defer().Qual(rtPath, "Ascend").Call(jen.Qual(rtPath, "Descend").Call(jen.Id("ctx")))
}

// groupParams declares parameters, grouping neighbours of one Go type as
// hand-written Go does: (name, greeting string).
func (g *gen) groupParams(f *fnGen, ps []*check.Var) []jen.Code {
	var names []string
	var types []check.Type
	for _, v := range ps {
		names = append(names, f.varName(v))
		types = append(types, v.Type())
	}
	return g.paramList(names, types)
}

// paramList declares parameters with the given names and types, grouping
// neighbours whose Go types are the same.
func (g *gen) paramList(names []string, types []check.Type) []jen.Code {
	var out []jen.Code
	for i := 0; i < len(names); {
		j := i + 1
		for j < len(names) && sameGoType(g, types[j], types[i]) {
			j++
		}
		var ids []jen.Code
		for _, n := range names[i:j] {
			ids = append(ids, jen.Id(n))
		}
		out = append(out, jen.List(ids...).Add(g.goType(types[i])))
		i = j
	}
	return out
}

// wrapperBody is the body of a function that only calls another with the
// same results: `return call`, or the bare call when there are none.
func wrapperBody(results []jen.Code, call *jen.Statement) jen.Code {
	if len(results) == 0 {
		return call
	}
	return jen.Return(call)
}
