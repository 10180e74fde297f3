package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// stmts emits a statement list, up to its first terminating statement:
// what follows is unreachable (the checker warns about it).
func (f *fnGen) stmts(b *[]jen.Code, ss []ast.Stmt) {
	for _, s := range ss {
		f.stmt(b, s)
		if ast.Terminates([]ast.Stmt{s}) {
			return
		}
	}
}

func (f *fnGen) stmt(b *[]jen.Code, s ast.Stmt) {
	switch s := s.(type) {
	case *ast.ProcDecl, *ast.TypeDecl, *ast.NoopStmt, *ast.ImportStmt:
		return // declarations: no code runs here (Import: level2.md §11.4)
	case *ast.MainStmt:
		f.mainStmt(b, s)
		return
	}
	// Each Go statement of this Runa statement starts with a //line
	// directive naming it: a directive numbers the lines after it
	// consecutively, so without one a fault in the second Go statement of
	// the expansion would name the next Runa line.
	pos := s.Span().Start
	outer := f.pos
	f.pos = pos
	defer func() { f.pos = outer }()
	f.lastLine = 0
	var sb []jen.Code
	f.line(&sb, pos)
	f.stmtBody(&sb, s)
	*b = append(*b, f.lined(pos, sb)...)
	f.lastLine = 0
}

// lined returns stmts with a //line directive for pos before every Go
// statement that does not follow one.
func (f *fnGen) lined(pos ast.Pos, stmts []jen.Code) []jen.Code {
	if f.g.opts.NoLine || !pos.IsValid() {
		return stmts
	}
	out := make([]jen.Code, 0, 2*len(stmts))
	for i, c := range stmts {
		if !f.g.isDirective(c) && (i == 0 || !f.g.isDirective(stmts[i-1])) {
			out = append(out, f.g.line(pos))
		}
		out = append(out, c)
	}
	return out
}

// stmtBody emits the Go statements of one Runa statement.
func (f *fnGen) stmtBody(b *[]jen.Code, s ast.Stmt) {
	switch s := s.(type) {
	case *ast.LetStmt:
		f.let(b, s)
	case *ast.SetStmt:
		f.set(b, s)
	case *ast.IfStmt:
		f.ifStmt(b, s, 0)
	case *ast.WhileStmt:
		f.while(b, s)
	case *ast.ForEachStmt:
		f.forEach(b, s)
	case *ast.AsyncForEachStmt:
		f.asyncForEach(b, s)
	case *ast.BreakStmt:
		f.loopCtl(b, true)
	case *ast.ContinueStmt:
		f.loopCtl(b, false)
	case *ast.ReturnStmt:
		f.returnStmt(b, s)
	case *ast.DisplayStmt:
		var parts []jen.Code
		for _, c := range f.inOrder(b, s.Values, func(int) string { return "part" }, func(b *[]jen.Code, i int) *jen.Statement {
			return f.text(b, s.Values[i])
		}) {
			parts = append(parts, c)
		}
		*b = append(*b, jen.Qual(rtPath, "Display").Call(parts...))
	case *ast.AddStmt:
		f.addStmt(b, s)
	case *ast.RemoveStmt:
		f.removeStmt(b, s)
	case *ast.MatchStmt:
		f.match(b, s)
	case *ast.TryStmt:
		f.try(b, s)
	case *ast.ThrowStmt:
		f.throw(b, s)
	case *ast.WithStmt:
		f.with(b, s)
	case *ast.YieldStmt:
		f.yield(b, s)
	case *ast.ResolveStmt:
		f.settle(b, s.Value, true)
	case *ast.RejectStmt:
		f.settle(b, s.Value, false)
	case *ast.ExprStmt:
		f.exprStmt(b, s.X)
	}
}

func (f *fnGen) let(b *[]jen.Code, s *ast.LetStmt) {
	v := f.g.p.Defs[s.Name]
	if v == nil {
		if obj, ok := f.g.p.Uses[s.Name].(*check.Var); ok {
			v = obj
		}
	}
	f.assignVar(b, v, s.Value, f.simple[v] == s)
}

// assignVar stores the value of e into v (declaring it with := when define).
func (f *fnGen) assignVar(b *[]jen.Code, v *check.Var, e ast.Expr, define bool) {
	if v == nil || !v.Used {
		f.discard(b, e)
		return
	}
	if ie := inlineIf(e); ie != nil {
		f.assignIf(b, v, ie, define)
		return
	}
	t := v.Type()
	name := f.varName(v)
	// A fallible call assigned to a fresh variable: `x, err := f()`.
	if define {
		if code, ok := f.directCall(b, e, t, name); ok {
			*b = append(*b, code)
			return
		}
		val := f.convert(b, e, t)
		switch {
		case isNullCode(val):
			// A value that is None (a call that gives none): declare the
			// variable with its type; nil alone has none.
			*b = append(*b, jen.Var().Id(name).Add(f.g.goType(t)))
		case isUntypedConst(e, t):
			*b = append(*b, jen.Id(name).Op(":=").Add(f.g.goType(t)).Parens(val))
		case isNilValue(e, t):
			*b = append(*b, jen.Var().Id(name).Add(f.g.goType(t)))
		case sameGoType(f.g, f.typ(e), t) && !isLiteralExpr(e):
			*b = append(*b, jen.Id(name).Op(":=").Add(val))
		default:
			// The value's Go type differs (an Any, Optional or Number
			// variable): declare the variable's own type.
			*b = append(*b, jen.Var().Id(name).Add(f.g.goType(t)).Op("=").Add(val))
		}
		return
	}
	val := f.convert(b, e, t)
	*b = append(*b, jen.Id(name).Op("=").Add(val))
}

// discard evaluates e for its effects only.
func (f *fnGen) discard(b *[]jen.Code, e ast.Expr) {
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind != ast.NoneLit {
		return
	}
	f.exprStmt(b, e)
}

// pure reports whether evaluating e has no effect and cannot fail.
func pure(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit, *ast.Ident:
		return true
	case *ast.ListLit:
		for _, it := range e.Items {
			if !pure(it) {
				return false
			}
		}
		return true
	case *ast.ParenExpr:
		return pure(e.X)
	}
	return false
}

// isUntypedConst reports whether the Go code for e is an untyped constant
// whose default type differs from t (so := needs a conversion).
func isUntypedConst(e ast.Expr, t check.Type) bool {
	if t != check.Integer {
		return false
	}
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Kind == ast.IntLit
	case *ast.UnaryExpr:
		return e.Op == ast.OpNeg && isUntypedConst(e.X, t)
	case *ast.ParenExpr:
		return isUntypedConst(e.X, t)
	}
	return false
}

func isNilValue(e ast.Expr, t check.Type) bool {
	l, ok := e.(*ast.BasicLit)
	return ok && l.Kind == ast.NoneLit
}

// sameTarget reports whether e reads exactly the place target names
// (a variable, or a field of a variable).
func sameTarget(target, e ast.Expr) bool {
	e = ast.UnparenExpr(e)
	switch t := target.(type) {
	case *ast.Ident:
		id, ok := e.(*ast.Ident)
		return ok && id.Name == t.Name
	case *ast.MemberExpr:
		m, ok := e.(*ast.MemberExpr)
		return ok && m.Name.Name == t.Name.Name && sameTarget(t.X, m.X)
	}
	return false
}

// compound emits `x += y`, `x++` and the like for `Set x to x plus y`
// when the arithmetic stays within one Go scalar type.
func (f *fnGen) compound(b *[]jen.Code, s *ast.SetStmt, target *jen.Statement) bool {
	be, ok := s.Value.(*ast.BinaryExpr)
	if !ok || !sameTarget(s.Target, be.X) {
		return false
	}
	op := map[ast.BinaryOp]string{ast.OpPlus: "+", ast.OpMinus: "-", ast.OpMul: "*"}[be.Op]
	tt, xt, yt, rt := f.typ(s.Target), f.typ(be.X), f.typ(be.Y), f.typ(be)
	scalar := (tt == check.Integer || tt == check.Float) && tt == xt && tt == rt && (yt == tt || (yt == check.Integer && tt == check.Float))
	if op == "" || !scalar {
		return false
	}
	if lit, ok := be.Y.(*ast.BasicLit); ok && lit.Kind == ast.IntLit && lit.Int == 1 && op != "*" {
		*b = append(*b, target.Op(op+op))
		return true
	}
	y := f.convert(b, be.Y, tt)
	*b = append(*b, target.Op(op+"=").Add(y))
	return true
}

func (f *fnGen) set(b *[]jen.Code, s *ast.SetStmt) {
	switch t := s.Target.(type) {
	case *ast.Ident:
		if v, ok := f.g.p.Uses[t].(*check.Var); ok && v.Used && f.compound(b, s, jen.Id(f.varName(v))) {
			return
		}
	case *ast.MemberExpr:
		if r, ok := f.typ(t.X).(*check.Record); ok && r.Field(t.Name.Name) != nil && simpleExpr(t.X) {
			if f.compound(b, s, f.expr(b, t.X).Dot(f.g.fieldName(r, t.Name.Name))) {
				return
			}
		}
	}
	switch t := s.Target.(type) {
	case *ast.Ident:
		v, _ := f.g.p.Uses[t].(*check.Var)
		f.assignVar(b, v, s.Value, false)
	case *ast.IndexExpr:
		xt := f.typ(t.X)
		x := f.nonNone(b, t.X)
		switch xt := unwrap(xt).(type) {
		case *check.List:
			i := f.convert(b, t.Index, check.Integer)
			v := f.convert(b, s.Value, xt.Elem.Type())
			*b = append(*b, jen.Add(x).Dot("Set").Call(i, v))
		case *check.Dict:
			k := f.convert(b, t.Index, xt.Key.Type())
			v := f.convert(b, s.Value, xt.Val.Type())
			*b = append(*b, jen.Add(x).Dot("Set").Call(k, v))
		case *check.Record:
			lit := t.Index.(*ast.BasicLit)
			f.setField(b, x, xt, lit.Str, s.Value)
		default:
			k := f.boxed(b, t.Index)
			v := f.boxed(b, s.Value)
			*b = append(*b, jen.Qual(rtPath, "AnySetIndex").Call(x, k, v))
		}
	case *ast.MemberExpr:
		xt := f.typ(t.X)
		x := f.nonNone(b, t.X)
		switch xt := unwrap(xt).(type) {
		case *check.Record:
			f.setField(b, x, xt, t.Name.Name, s.Value)
		case *check.Dict:
			v := f.convert(b, s.Value, xt.Val.Type())
			*b = append(*b, jen.Add(x).Dot("Set").Call(jen.Lit(t.Name.Name), v))
		default:
			v := f.boxed(b, s.Value)
			*b = append(*b, jen.Qual(rtPath, "AnySetField").Call(x, jen.Lit(t.Name.Name), v))
		}
	}
}

func (f *fnGen) setField(b *[]jen.Code, x jen.Code, r *check.Record, name string, value ast.Expr) {
	fd := r.Field(name)
	v := f.convert(b, value, fd.Type)
	if optBoundary(declField(r, name), fd.Type) {
		v = f.g.fromInst(v, fd.Type)
	}
	*b = append(*b, jen.Add(x).Dot(f.g.fieldName(r, name)).Op("=").Add(v))
}

// ifStmt emits clauses[i:] as an if / else if / else chain. A condition
// that needs statements first nests under an else block.
func (f *fnGen) ifStmt(b *[]jen.Code, s *ast.IfStmt, i int) {
	cl := s.Clauses[i]
	var pre []jen.Code
	cond := f.cond(&pre, cl.Cond)
	*b = append(*b, pre...)
	var body []jen.Code
	f.stmts(&body, cl.Body.Stmts)
	st := jen.If(cond).Block(body...)
	if i+1 < len(s.Clauses) {
		next := s.Clauses[i+1]
		if next.Cond == nil {
			var eb []jen.Code
			f.stmts(&eb, next.Body.Stmts)
			st.Else().Block(eb...)
		} else {
			var nb []jen.Code
			f.ifStmt(&nb, s, i+1)
			if len(nb) == 1 {
				st.Else().Add(nb[0])
			} else {
				st.Else().Block(nb...)
			}
		}
	}
	*b = append(*b, st)
}

// cond emits a Boolean condition (an Any or Optional condition is checked).
func (f *fnGen) cond(b *[]jen.Code, e ast.Expr) *jen.Statement {
	if t := f.typ(e); t == check.AnyType || t == check.Unknown {
		// An Any condition goes by truthiness (spec §6.3).
		return jen.Qual(rtPath, "Truthy").Call(f.expr(b, e))
	}
	return f.convert(b, e, check.Boolean)
}

// asyncCheck appends the cancellation point of async loops (spec §8.0).
func (f *fnGen) asyncCheck(b *[]jen.Code) {
	if !f.isAsync() {
		return
	}
	*b = append(*b, f.attribute(jen.If(jen.Err().Op(":=").Qual(rtPath, "Check").Call(f.ctxRef()), jen.Err().Op("!=").Nil()).Block(f.errReturn(jen.Err())...))...)
}

// loopCheck appends the check at the top of a loop body: the
// cancellation point in async code, else the Ctrl-C back-edge check
// (rt.Poll, one atomic load: spec §8.0, Ctrl-C is seen at the next
// back-edge of any code, plain processes included).
func (f *fnGen) loopCheck(b *[]jen.Code) {
	if f.isAsync() {
		f.asyncCheck(b)
		return
	}
	*b = append(*b, f.attribute(jen.Qual(rtPath, "Poll").Call())...)
}

// isAsync reports whether the code being emitted runs in async code with a ctx.
func (f *fnGen) isAsync() bool {
	p := f.proc
	return f.g.sig(p).Ctx && (p.IsAsync() || p == f.g.p.Main)
}

func (f *fnGen) openLoop() *loopCtx {
	l := &loopCtx{}
	f.loops = append(f.loops, l)
	f.switches = append(f.switches, 0)
	f.top().loops++
	return l
}

func (f *fnGen) closeLoop(st *jen.Statement, l *loopCtx) *jen.Statement {
	f.loops = f.loops[:len(f.loops)-1]
	f.switches = f.switches[:len(f.switches)-1]
	f.top().loops--
	if l.used {
		return jen.Id(l.label).Op(":").Line().Add(st)
	}
	return st
}

func (f *fnGen) while(b *[]jen.Code, s *ast.WhileStmt) {
	l := f.openLoop()
	var pre []jen.Code
	cond := f.cond(&pre, s.Cond)
	var body []jen.Code
	f.loopCheck(&body)
	var st *jen.Statement
	if len(pre) == 0 {
		f.stmts(&body, s.Body.Stmts)
		body = f.endAt(body, s.Sp.Start) // the back edge is the While's
		if ast.IsTrue(s.Cond) {
			st = jen.For().Block(body...)
		} else {
			st = jen.For(cond).Block(body...)
		}
	} else {
		for _, c := range pre {
			body = append(body, f.attribute(c)...)
		}
		body = append(body, f.attribute(jen.If(jen.Op("!").Parens(cond)).Block(jen.Break()))...)
		f.stmts(&body, s.Body.Stmts)
		body = f.endAt(body, s.Sp.Start)
		st = jen.For().Block(body...)
	}
	*b = append(*b, f.closeLoop(st, l))
}

func (f *fnGen) forEach(b *[]jen.Code, s *ast.ForEachStmt) {
	v := f.g.p.Defs[s.Var]
	it := f.typ(s.Iter)
	x := f.nonNone(b, s.Iter)
	l := f.openLoop()
	var name string
	var body []jen.Code
	var rebind jen.Code
	if v == nil || !v.Used || (v.Loop && !f.g.usedWithin(v, s.Body.Sp)) {
		name = "_"
	} else if v.Loop {
		name = f.varName(v)
	} else {
		name = f.names.name(camel(v.Name, false) + "Item")
		rebind = jen.Id(f.varName(v)).Op("=").Id(name)
	}
	var head jen.Code
	switch unwrap(it).(type) {
	case *check.List:
		head = jen.List(jen.Id("_"), jen.Id(name)).Op(":=").Range().Add(x).Dot("Items").Call()
	case *check.Dict:
		head = jen.List(jen.Id("_"), jen.Id(name)).Op(":=").Range().Add(x).Dot("Keys").Call()
	case *check.Generator:
		head = jen.List(jen.Id(name), jen.Err()).Op(":=").Range().Add(x).Dot("All").Call()
		body = append(body, jen.If(jen.Err().Op("!=").Nil()).Block(f.errReturn(jen.Err())...))
	default:
		if it == check.String {
			head = jen.List(jen.Id("_"), jen.Id(name)).Op(":=").Range().Qual(rtPath, "Chars").Call(x)
		} else {
			head = jen.List(jen.Id("_"), jen.Id(name)).Op(":=").Range().Qual(rtPath, "AnyIter").Call(x)
			if v != nil && v.Used && v.Type() != check.AnyType {
				// A typed variable over an Any collection: check each element.
				tmp := f.names.name(camel(v.Name, false) + "Any")
				head = jen.List(jen.Id("_"), jen.Id(tmp)).Op(":=").Range().Qual(rtPath, "AnyIter").Call(x)
				rebind = jen.Id(f.varName(v)).Op(":=").Add(f.fromAny(jen.Id(tmp), v.Type()))
				if !v.Loop {
					rebind = jen.Id(f.varName(v)).Op("=").Add(f.fromAny(jen.Id(tmp), v.Type()))
				}
			}
		}
	}
	if rebind != nil {
		body = append(body, rebind)
	}
	if _, gen := unwrap(it).(*check.Generator); gen && name == "_" {
		// The values are not used, the errors are.
		head = jen.List(jen.Id("_"), jen.Err()).Op(":=").Range().Add(x).Dot("All").Call()
	} else if name == "_" && rebind == nil {
		head = jen.Range().Qual(rtPath, "AnyIter").Call(x)
		switch unwrap(it).(type) {
		case *check.List:
			head = jen.Range().Add(x).Dot("Items").Call()
		case *check.Dict:
			head = jen.Range().Add(x).Dot("Keys").Call()
		}
		if unwrap(it) == check.String {
			head = jen.Range().Qual(rtPath, "Chars").Call(x)
		}
	}

	if !f.producerChecks(s.Iter) {
		f.loopCheck(&body)
	}
	f.stmts(&body, s.Body.Stmts)
	body = f.endAt(body, s.Sp.Start) // the back edge is the For each's
	*b = append(*b, f.closeLoop(jen.For(head).Block(body...), l))
}

// producerChecks reports whether iter is a direct call of a generator that
// checks for cancellation right before each of its Yields, so that a
// For each over it needs no step check (lower.Sig.ChecksBeforeYield).
func (f *fnGen) producerChecks(iter ast.Expr) bool {
	call, ok := iter.(*ast.CallExpr)
	if !ok {
		return false
	}
	info := f.g.p.Calls[call]
	return info != nil && info.Proc != nil && info.Proc.Kind == ast.AsyncGeneratorProc && f.g.sig(info.Proc).ChecksBeforeYield
}

// loopCtl emits Break (brk) or Continue.
func (f *fnGen) loopCtl(b *[]jen.Code, brk bool) {
	fr := f.top()
	if fr.loops == 0 {
		// The loop is outside this closure: tell the caller.
		ctl := "Continue"
		if brk {
			ctl = "Break"
			fr.brk = true
		} else {
			fr.cont = true
		}
		*b = append(*b, jen.Return(f.blockResults(fr, jen.Qual(rtPath, ctl), nil, jen.Nil())...))
		return
	}
	l := f.loops[len(f.loops)-1]
	inSwitch := f.switches[len(f.switches)-1] > 0
	kw := jen.Continue()
	if brk {
		kw = jen.Break()
	}
	if brk && inSwitch {
		if l.label == "" {
			l.label = f.names.name("loop")
		}
		l.used = true
		kw.Id(l.label)
	}
	*b = append(*b, kw)
}

func (f *fnGen) returnStmt(b *[]jen.Code, s *ast.ReturnStmt) {
	fr := f.top()
	// `Return f …` of a call with the function's own (value, error)
	// shape: `return f(…)`.
	if s.Value != nil && fr.kind == frameFunc && fr.hasErr && fr.value != nil {
		if call := tailCall(f.g.p, &ast.ExprStmt{X: s.Value}); call != nil {
			var pre []jen.Code
			m := f.names.mark()
			if lc := f.lowerCall(&pre, call); lc.fallible && lc.value != nil && !lc.optV && sameGoType(f.g, lc.value, fr.value) {
				*b = append(*b, pre...)
				*b = append(*b, jen.Return(lc.code))
				return
			}
			f.rollback(m) // lowered again below
		}
	}
	if ie := inlineIf(s.Value); ie != nil {
		f.returnIf(b, s, ie)
		return
	}
	var val jen.Code
	want := fr.value
	if fr.kind == frameTask {
		// The body of a process literal (callback, Lambda): its value is
		// the closure's result.
		want = fr.taskType
	}
	if s.Value != nil && want != nil {
		val = f.convert(b, s.Value, want)
	} else if s.Value != nil {
		f.discard(b, s.Value)
	}
	*b = append(*b, f.returnWith(fr, val))
}

// returnWith returns from the current frame with val (nil: no value).
func (f *fnGen) returnWith(fr *frame, val jen.Code) jen.Code {
	switch fr.kind {
	case frameBlock:
		fr.ret = true
		return jen.Return(f.blockResults(fr, jen.Qual(rtPath, "Return"), val, jen.Nil())...)
	case frameGen, frameCleanup:
		return jen.Return(jen.Nil())
	case frameTask:
		if val == nil {
			val = f.g.zero(fr.taskType)
		}
		return jen.Return(val, jen.Nil())
	}
	switch {
	case fr.value != nil && fr.hasErr:
		if val == nil {
			val = f.g.zero(fr.value)
		}
		return jen.Return(val, jen.Nil())
	case fr.value != nil:
		if val == nil {
			val = f.g.zero(fr.value)
		}
		return jen.Return(val)
	case fr.hasErr:
		return jen.Return(jen.Nil())
	}
	return jen.Return()
}

func (f *fnGen) addStmt(b *[]jen.Code, s *ast.AddStmt) {
	tt := f.typ(s.Target)
	if l, ok := unwrap(tt).(*check.List); ok {
		v := f.convert(b, s.Value, l.Elem.Type())
		x := f.nonNone(b, s.Target)
		*b = append(*b, jen.Add(x).Dot("Add").Call(v))
		return
	}
	v := f.boxed(b, s.Value)
	x := f.expr(b, s.Target)
	*b = append(*b, jen.Qual(rtPath, "AnyAddTo").Call(x, v))
}

func (f *fnGen) removeStmt(b *[]jen.Code, s *ast.RemoveStmt) {
	tt := f.typ(s.Target)
	switch x := unwrap(tt).(type) {
	case *check.List:
		v := f.convert(b, s.Value, x.Elem.Type())
		t := f.nonNone(b, s.Target)
		*b = append(*b, jen.Add(t).Dot("Remove").Call(v))
		return
	case *check.Dict:
		v := f.convert(b, s.Value, x.Key.Type())
		t := f.nonNone(b, s.Target)
		*b = append(*b, jen.Add(t).Dot("Delete").Call(v))
		return
	}
	v := f.boxed(b, s.Value)
	x := f.expr(b, s.Target)
	*b = append(*b, jen.Qual(rtPath, "AnyRemove").Call(x, v))
}

// matchLiteral emits a Level 1 Match: a Go switch over literal patterns
// of the subject's own type, or an if chain with deep equality otherwise.
func (f *fnGen) matchLiteral(b *[]jen.Code, s *ast.MatchStmt) {
	st := f.typ(s.Subject)
	subj := f.expr(b, s.Subject)
	if !simpleExpr(s.Subject) && !isFieldRead(f, s.Subject) {
		tmp := f.names.name("subject")
		*b = append(*b, jen.Id(tmp).Op(":=").Add(subj))
		subj = jen.Id(tmp)
	}
	useSwitch := st == check.String || st == check.Integer || st == check.Boolean
	for _, arm := range s.Arms {
		if lp, ok := arm.Pattern.(*ast.LiteralPattern); ok && f.typ(lp.Value) != st {
			useSwitch = false
		}
	}
	bind := func(body *[]jen.Code, arm *ast.WhenClause) {
		if bp, ok := arm.Pattern.(*ast.BindPattern); ok {
			if v := f.g.p.Defs[bp.Name]; v != nil && v.Used {
				*body = append(*body, jen.Id(f.varName(v)).Op("=").Add(f.conv(subj.Clone(), st, v.Type())))
			}
		}
	}
	// Arms that can never run (a repeated literal, anything after a
	// catch-all) are left out: Go rejects duplicate cases.
	var arms []*ast.WhenClause
	seen := map[string]bool{}
	for _, arm := range s.Arms {
		if lp, ok := arm.Pattern.(*ast.LiteralPattern); ok {
			key := fmt.Sprintf("%d:%s", lp.Value.Kind, lp.Value.Raw)
			if lp.Value.Kind == ast.StringLit {
				key = "s:" + lp.Value.Str
			}
			if seen[key] {
				continue
			}
			seen[key] = true
			arms = append(arms, arm)
			continue
		}
		arms = append(arms, arm)
		break
	}
	if useSwitch {
		if len(f.switches) > 0 {
			f.switches[len(f.switches)-1]++
		}
		var cases []jen.Code
		for _, arm := range arms {
			var body []jen.Code
			bind(&body, arm)
			f.line(&body, arm.Sp.Start)
			f.stmts(&body, arm.Body.Stmts)
			if lp, ok := arm.Pattern.(*ast.LiteralPattern); ok {
				cases = append(cases, jen.Case(f.literal(lp.Value)).Block(body...))
			} else {
				cases = append(cases, jen.Default().Block(body...))
				break
			}
		}
		if len(f.switches) > 0 {
			f.switches[len(f.switches)-1]--
		}
		*b = append(*b, jen.Switch(subj).Block(cases...))
		return
	}
	var chain *jen.Statement
	var tail *jen.Statement
	for _, arm := range arms {
		var body []jen.Code
		bind(&body, arm)
		f.stmts(&body, arm.Body.Stmts)
		var cond jen.Code
		if lp, ok := arm.Pattern.(*ast.LiteralPattern); ok {
			cond = jen.Qual(rtPath, "Equal").Call(f.g.box(subj.Clone(), st), f.literal(lp.Value))
		}
		if chain == nil {
			if cond == nil {
				*b = append(*b, jen.Block(body...))
				return
			}
			chain = jen.If(cond).Block(body...)
			tail = chain
			continue
		}
		if cond == nil {
			tail.Else().Block(body...)
			break
		}
		next := jen.If(cond).Block(body...)
		tail.Else().Add(next)
		tail = next
	}
	if chain != nil {
		*b = append(*b, chain)
	}
}

func (f *fnGen) throw(b *[]jen.Code, s *ast.ThrowStmt) {
	t := f.typ(s.Value)
	var err jen.Code
	switch t {
	case check.ErrorType:
		err = f.expr(b, s.Value)
	case check.String:
		err = jen.Qual(rtPath, "ThrowString").Call(f.expr(b, s.Value))
	default:
		err = jen.Qual(rtPath, "Throw").Call(f.boxed(b, s.Value))
	}
	*b = append(*b, f.errReturnStmt(err))
}

// exprStmt evaluates an expression statement, dropping its value.
func (f *fnGen) exprStmt(b *[]jen.Code, e ast.Expr) {
	if ie := inlineIf(e); ie != nil {
		f.branches(b, ie, f.exprStmt)
		return
	}
	if code, ok := f.directCall(b, e, nil, "_"); ok {
		*b = append(*b, code)
		return
	}
	if a, ok := e.(*ast.AwaitExpr); ok {
		// await of a future (or a value): wait, drop the value.
		xt := f.typ(a.X)
		x := f.expr(b, a.X)
		switch xt.(type) {
		case *check.Awaitable:
			*b = append(*b, jen.If(jen.List(jen.Id("_"), jen.Err()).Op(":=").Qual(rtPath, "Await").Call(f.ctxRef(), x), jen.Err().Op("!=").Nil()).Block(f.errReturn(jen.Err())...))
			return
		}
		if xt == check.AnyType {
			*b = append(*b, jen.If(jen.List(jen.Id("_"), jen.Err()).Op(":=").Qual(rtPath, "AwaitAny").Call(f.ctxRef(), x), jen.Err().Op("!=").Nil()).Block(f.errReturn(jen.Err())...))
			return
		}
		if !isNullCode(x) {
			*b = append(*b, jen.Id("_").Op("=").Add(x)) // keeps what it reads used
		}
		return
	}
	v := f.expr(b, e)
	if v == nil || isNullCode(v) {
		return
	}
	if _, lit := e.(*ast.BasicLit); lit {
		return
	}
	// The value is dropped; `_ =` keeps the variables it reads used.
	*b = append(*b, jen.Id("_").Op("=").Add(v))
}

// isFieldRead reports whether e reads a record field of a variable (cheap
// and without effect: it may be evaluated more than once).
func isFieldRead(f *fnGen, e ast.Expr) bool {
	var x ast.Expr
	switch m := e.(type) {
	case *ast.MemberExpr:
		x = m.X
	case *ast.IndexExpr:
		if lit, ok := m.Index.(*ast.BasicLit); !ok || lit.Kind != ast.StringLit {
			return false
		}
		x = m.X
	default:
		return false
	}
	if !simpleExpr(x) {
		return false
	}
	_, rec := f.typ(x).(*check.Record)
	return rec
}

// usedWithin reports whether v is mentioned inside the span sp.
func (g *gen) usedWithin(v *check.Var, sp ast.Span) bool {
	for _, pos := range g.refPositions()[v] {
		if !pos.Before(sp.Start) && pos.Before(sp.End) {
			return true
		}
	}
	return false
}

// isLiteralExpr reports whether e is a literal constant (untyped in Go).
func isLiteralExpr(e ast.Expr) bool {
	if _, ok := fold(e); ok {
		return true
	}
	l, ok := e.(*ast.BasicLit)
	return ok && l.Kind != ast.StringLit
}
