package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// call types a call expression. awaited is set when the call is the direct
// operand of await (or of a parallel/race body), so an async process runs
// inline in the calling task.
func (c *checker) call(e *ast.CallExpr, awaited bool) Type {
	info := &Call{Awaited: awaited}
	if c.final {
		c.prog.Calls[e] = info
	}
	var recv ast.Expr
	var fn *Func
	var g *genCall // the instantiation of a generic process
	switch f := e.Fun.(type) {
	case *ast.Ident:
		obj := c.resolve(f, false)
		switch o := obj.(type) {
		case *Proc:
			info.Proc = o
			fn = o.Func
			c.callEdge(o)
			if len(o.TypeParams) > 0 {
				g = c.instantiate(o, e)
				fn = g.fn
			}
		case *Builtin:
			info.Builtin = o
			return c.builtinCall(e, o, info)
		case *Var:
			if !c.dead {
				o.Used = true
			}
			c.readVar(f, o)
			switch t := unwrapOpt(o.Type()).(type) {
			case *Func:
			case *TypeParam:
				c.typeParamOp(f.Sp, "calling", t)
				c.args(e)
				return AnyType
			default:
				if t != AnyType && t != Unknown {
					c.errorf(f.Sp, CodeNotCallable, awaitHint(o.Type(), "only processes can be called"), "cannot call %q: it is %s", f.Name, an(o.Type()))
					c.args(e)
					return AnyType
				}
			}
			info.Value = f
			fn = c.funcOf(o.Slot, e)
			c.record(f, o.Type())
		case *Record:
			c.errorf(f.Sp, CodeTypeCall, "build a record with `"+o.Name+" with:` and one `field as value` line per field", "type %q is not callable", o.Name)
			c.args(e)
			return AnyType
		default:
			c.args(e)
			return AnyType
		}
	case *ast.MemberExpr:
		if e.Style == ast.MethodCall {
			xt := unwrapOpt(c.expr(f.X))
			if r, ok := xt.(*Record); ok && r.Field(f.Name.Name) != nil && r.Field(f.Name.Name).Type == AnyType {
				// A process held in an Any field: called dynamically.
				info.Value = f
				c.record(f, AnyType)
				fn = c.funcOf(&TVar{t: AnyType, fixed: true}, e)
				if c.proc != nil {
					c.proc.NeedsTask = true
				}
				break
			}
			if r, ok := xt.(*Record); ok && r.Field(f.Name.Name) != nil {
				ft, ok := r.Field(f.Name.Name).Type.(*Func)
				if !ok {
					c.errorf(f.Name.Sp, CodeFieldNotProcess, "", "field %q of %q is not a process", f.Name.Name, r.Name)
					c.args(e)
					return AnyType
				}
				info.Value = f
				fn = ft
				c.record(f, ft)
				break
			}
			p, ok := c.procs[c.key(f.Name.Name)]
			if !ok {
				c.errorf(f.Name.Sp, CodeUnknownMethod, c.suggestProc(f.Name.Name), "%q is neither a field of %q nor a process", f.Name.Name, xt.String())
				c.args(e)
				return AnyType
			}
			info.Proc = p
			fn = p.Func
			recv = f.X
			c.callEdge(p)
			if len(p.TypeParams) > 0 {
				g = c.instantiate(p, e)
				fn = g.fn
			}
			if c.final {
				c.prog.Uses[f.Name] = p
			}
			break
		}
		info.Value = f
		fn = c.funcOf(nil, e)
		c.expr(f)
	default:
		info.Value = e.Fun
		t := c.expr(e.Fun)
		switch ft := unwrapOpt(t).(type) {
		case *Func:
			fn = ft
		default:
			if t != AnyType && t != Unknown {
				c.errorf(e.Fun.Span(), CodeNotCallable, awaitHint(t, "only processes can be called"), "cannot call %s", an(t))
				c.args(e)
				return AnyType
			}
			fn = c.funcOf(&TVar{t: AnyType, fixed: true}, e)
		}
	}
	info.Func = fn
	types := c.bindArgs(e, fn, recv, info, calleeName(e, info))
	if g != nil {
		c.settleCall(info.Proc, g, info, types)
	}
	if info.Value != nil && c.proc != nil {
		c.proc.NeedsTask = true
		if c.proc.valueArities == nil {
			c.proc.valueArities = map[int]bool{}
		}
		c.proc.valueArities[len(info.Args)] = true
	}
	if fn.Kind == ast.AsyncContextManagerProc && c.withHeader != e {
		c.errorf(e.Sp, CodeManagerOutsideWith, "write `With "+calleeName(e, info)+" … as NAME:` and use NAME in its block", "context manager %q can only be used in a With header", calleeName(e, info))
	}
	switch fn.Kind {
	case ast.AsyncProc:
		if !awaited && c.proc != nil {
			c.proc.NeedsTask = true // starts a task
		}
		return &Awaitable{Elem: fn.Result}
	case ast.AsyncGeneratorProc:
		return &Generator{Elem: c.yieldOf(info, fn)}
	case ast.AsyncContextManagerProc:
		return &Manager{Elem: c.yieldOf(info, fn)}
	}
	return fn.Result.Type()
}

func (c *checker) yieldOf(info *Call, fn *Func) *TVar {
	if info.Proc != nil && info.Proc.Yield != nil && len(info.Proc.TypeParams) == 0 {
		return info.Proc.Yield
	}
	return fn.Result
}

func calleeName(e *ast.CallExpr, info *Call) string {
	if info.Proc != nil {
		return info.Proc.Name
	}
	switch f := e.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.MemberExpr:
		return f.Name.Name
	}
	return "process"
}

// funcOf returns the process type held by slot (a variable holding a
// process), creating one from the call's argument names when nothing is
// known yet (callbacks are typed by how their callee calls them).
func (c *checker) funcOf(slot *TVar, e *ast.CallExpr) *Func {
	dynamic := false
	if slot != nil {
		switch t := unwrapOpt(slot.Type()).(type) {
		case *Func:
			return t
		case *Basic:
			dynamic = t == AnyType
		}
	}
	key := ast.Node(e)
	if c.funcs == nil {
		c.funcs = map[ast.Node]*Func{}
	}
	fn, ok := c.funcs[key]
	if !ok {
		fn = &Func{Result: c.newTVar("result of call", e.Sp.Start)}
		if dynamic {
			fn.Result.sawAny = true // a call through an Any gives an Any
		}
		for i, a := range e.Args {
			name := ""
			if a.Name != nil {
				name = a.Name.Name
			} else {
				name = "arg" + itoa(i)
				fn.Placeholder = true
			}
			fn.Names = append(fn.Names, name)
			fn.Params = append(fn.Params, c.newTVar("argument "+quote(name), a.Value.Span().Start))
		}
		c.funcs[key] = fn
	}
	if slot != nil && !dynamic {
		c.flow(slot, fn)
	}
	return fn
}

// args types the arguments of a call that could not be resolved.
func (c *checker) args(e *ast.CallExpr) {
	for _, a := range e.Args {
		c.expr(a.Value)
	}
}

// matchArgs matches the written arguments of e to the parameters names
// (named ones by name, positional ones in order after the first pos
// slots), reporting unknown, duplicate and surplus arguments. typeOf
// types each argument value. With varArgs, unknown named arguments are
// returned as extra instead (log_event's fields).
func (c *checker) matchArgs(e *ast.CallExpr, names []string, pos int, varArgs bool, callee string,
	args []ast.Expr, types []Type, typeOf func(*ast.Arg) Type) (extra []*ast.Arg) {
	n := len(names)
	given := pos + len(e.Args)
	named := false
	for _, a := range e.Args {
		c.markNamedAnd(a)
		t := typeOf(a)
		if a.Name == nil {
			if named {
				c.errorf(a.Value.Span(), CodePositionalAfterNamed, "", "a positional argument cannot follow a named argument")
				continue
			}
			if pos >= n {
				if pos == n {
					c.tooManyArgs(e, callee, n, given)
				}
				pos++
				continue
			}
			args[pos], types[pos] = a.Value, t
			pos++
			continue
		}
		named = true
		idx := -1
		for i, pn := range names {
			if pn == a.Name.Name {
				idx = i
			}
		}
		switch {
		case idx < 0 && varArgs:
			extra = append(extra, a)
		case idx < 0:
			c.errorf(a.Name.Sp, CodeUnknownArg, suggestAmong(a.Name.Name, names), "unknown named argument %q for %q", a.Name.Name, callee)
		case args[idx] != nil:
			c.errorf(a.Name.Sp, CodeArgTwice, "", "argument %q is given twice", a.Name.Name)
		default:
			args[idx], types[idx] = a.Value, t
		}
	}
	return extra
}

// bindArgs matches arguments to parameters (named or positional), checks
// them and flows their types into the parameter cells. It returns the
// argument types in parameter order (nil for one not given).
func (c *checker) bindArgs(e *ast.CallExpr, fn *Func, recv ast.Expr, info *Call, name string) []Type {
	if fn.NoNames && c.namedThroughFuncType(e, fn, info, name) {
		return nil
	}
	n := len(fn.Params)
	info.Args = make([]ast.Expr, n)
	types := make([]Type, n)
	pos := 0
	if recv != nil {
		if n == 0 {
			c.errorf(recv.Span(), CodeMethodArity, "", "%q takes no arguments; a method call passes the receiver as the first", name)
			return nil
		}
		info.Args[0] = recv
		types[0] = unwrapOpt(c.prog.Types[recv])
		if !c.final {
			types[0] = unwrapOpt(c.expr(recv))
		}
		pos = 1
	}
	c.matchArgs(e, fn.Names, pos, false, name, info.Args, types, func(a *ast.Arg) Type { return c.expr(a.Value) })
	misplaced := c.misplacedPositional(e)
	for i := range info.Args {
		if info.Args[i] == nil {
			if _, opt := fn.Params[i].Type().(*Optional); opt || misplaced {
				continue
			}
			c.errorf(e.Sp, CodeMissingArg, "", "missing argument %q for %q", fn.Names[i], name)
			continue
		}
		if p := fn.Params[i].find(); p.fixed {
			c.expectType(info.Args[i], p.t)
		}
		if p := fn.Params[i].find(); p.fixed && !c.unionFlow(p.t, info.Args[i], types[i]) && !assignable(p.t, types[i]) {
			if want, ok := p.t.(*Func); ok {
				if got, ok := types[i].(*Func); ok && len(got.Params) != len(want.Params) {
					c.errorf(info.Args[i].Span(), CodeArgType, "", "argument %q of %q is a process that takes %s; this one takes %d",
						fn.Names[i], name, countOf(len(want.Params), "argument"), len(got.Params))
					c.flow(fn.Params[i], types[i])
					continue
				}
			}
			c.errorf(info.Args[i].Span(), CodeArgType, awaitHint(types[i], ""), "argument %q of %q is %s, not %s", fn.Names[i], name, p.t, types[i])
		}
		c.flow(fn.Params[i], types[i])
	}
	return types
}

// builtinCall types a call of a built-in process: its arguments are
// matched to the table's parameters (trailing optional ones may be left
// out), checked against their declared types, and the entry's typing rule
// gives the result.
func (c *checker) builtinCall(e *ast.CallExpr, b *Builtin, info *Call) Type {
	fn := &Func{}
	for _, p := range b.Params {
		fn.Names = append(fn.Names, p)
		fn.Params = append(fn.Params, c.newTVar(p, e.Sp.Start))
	}
	n := len(b.Params)
	info.Args = make([]ast.Expr, n)
	types := make([]Type, n)
	info.Extra = c.matchArgs(e, b.Params, 0, b.VarArgs, b.Name, info.Args, types, func(a *ast.Arg) Type {
		if b.combinator && a.Name != nil && a.Name.Name == "operation" && b.Params[0] == "operation" {
			if call, ok := a.Value.(*ast.CallExpr); ok {
				// The operation runs in its own task: an async call there is awaited.
				t := c.call(call, true)
				c.record(call, t)
				return t
			}
		}
		return c.expr(a.Value)
	})
	for i := range info.Args {
		if info.Args[i] == nil {
			if i < b.Required() {
				c.errorf(e.Sp, CodeMissingArg, "", "missing argument %q for %q", b.Params[i], b.Name)
			}
			types[i] = AnyType
		}
	}
	info.Func = fn
	if b.Async && !c.asyncAllowed() && !info.Awaited && !c.waitInLambda(e.Sp) {
		c.errorf(e.Sp, CodeWaitInPlain, "make it an Async Process", "%s waits, so it is only allowed in async code", b.Name)
	}
	if b.Async && !b.combinator && c.asyncAllowed() && !info.Awaited && c.final {
		// Wherever the call is (a statement, a Let, an argument), without
		// await it runs to completion on the spot (W301).
		c.warnf(e.Sp, "W301", "write `await "+b.Name+" …`",
			"%q is async and its result is never awaited (it runs to completion here)", b.Name)
	}
	for i, t := range b.Types {
		if t == nil || info.Args[i] == nil {
			continue
		}
		got := types[i]
		if d, ok := t.(*Dict); ok {
			// Check the elements before the value flows into the parameter
			// (which would widen a mismatched dictionary to Any).
			if g, ok := got.(*Dict); ok && (!assignable(d.Key.Type(), g.Key.Type()) || !assignable(d.Val.Type(), g.Val.Type())) {
				c.errorf(info.Args[i].Span(), CodeArgType, "", "argument %q of %s must be %s, not %s", b.Params[i], b.Name, an(t), got)
				continue
			}
			// A fresh parameter type: the table's entries are shared by
			// every check, and the flow unifies element cells.
			fresh := &Dict{Key: &TVar{t: d.Key.Type(), fixed: true}, Val: &TVar{t: d.Val.Type(), fixed: true}}
			c.flow(&TVar{t: fresh, fixed: true}, got)
		}
		if !assignable(t, got) {
			c.errorf(info.Args[i].Span(), CodeArgType, awaitHint(got, ""), "argument %q of %s must be %s, not %s", b.Params[i], b.Name, wants(t), got)
		}
	}
	if c.proc != nil && b.task {
		c.proc.NeedsTask = true
	}
	return b.typing(c, &builtinArgs{e: e, b: b, info: info, types: types})
}

// countOf spells "1 argument", "2 arguments".
func countOf(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return itoa(n) + " " + word + "s"
}

// wasWere spells "1 was", "2 were".
func wasWere(n int) string {
	if n == 1 {
		return "1 was"
	}
	return itoa(n) + " were"
}
