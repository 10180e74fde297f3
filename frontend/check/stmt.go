package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

func (c *checker) stmts(ss []ast.Stmt) {
	saved := c.dead
	for i, s := range ss {
		c.stmt(s)
		if i+1 < len(ss) && !c.dead && ast.Terminates([]ast.Stmt{s}) {
			hint := "delete it: control never gets here"
			if leaves(s) {
				hint = "delete it, or move it before the " + leaveWord(s)
			}
			c.warnf(ss[i+1].Span(), "W304", hint, "unreachable code")
			// The rest is still checked, but its uses of names do not
			// count: it is left out of the generated program.
			c.dead = true
		}
	}
	c.dead = saved
}

// leaves reports whether control never continues after s.
func leaves(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.ReturnStmt, *ast.ThrowStmt, *ast.BreakStmt, *ast.ContinueStmt:
		return true
	}
	return false
}

func leaveWord(s ast.Stmt) string {
	switch s.(type) {
	case *ast.ReturnStmt:
		return "Return"
	case *ast.ThrowStmt:
		return "Throw"
	case *ast.BreakStmt:
		return "Break"
	}
	return "Continue"
}

func (c *checker) block(b *ast.Block) {
	if b == nil {
		return
	}
	c.narrow = append(c.narrow, map[*Var]Type{})
	c.stmts(b.Stmts)
	c.narrow = c.narrow[:len(c.narrow)-1]
}

func (c *checker) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.LetStmt:
		v := c.prog.Defs[s.Name]
		if v == nil {
			v = c.lookupVar(s.Name.Name)
		}
		n := len(c.assigning)
		c.assigning = append(c.assigning, v)
		t := c.expr(s.Value)
		c.assigning = c.assigning[:n]
		if v != nil {
			if r := v.Slot.find(); r.fixed {
				c.expectType(s.Value, r.t)
			}
			c.checkDeclared(v, t, s.Value)
			c.flow(v.Slot, t)
			c.assignNarrow(v, t)
			c.setVar(v)
			if call, ok := s.Value.(*ast.CallExpr); ok && c.final {
				if info := c.prog.Calls[call]; info != nil && info.Proc != nil && info.Proc.Kind == ast.AsyncProc && !info.Awaited {
					v.From = info.Proc.Name
				}
			}
		}
	case *ast.SetStmt:
		c.assign(s.Target, s.Value)
	case *ast.IfStmt:
		c.ifStmt(s)
	case *ast.WhileStmt:
		c.cond(s.Cond)
		c.loops++
		c.scoped(func() { c.block(s.Body) })
		c.loops--
	case *ast.ForEachStmt:
		c.forEach(s)
	case *ast.BreakStmt, *ast.ContinueStmt, *ast.NoopStmt:
		// Placement is checked by the parser.
	case *ast.MainStmt:
		c.block(s.Body)
	case *ast.ImportStmt:
		c.importStmt(s)
	case *ast.AsyncForEachStmt:
		c.asyncForEach(s)
	case *ast.ReturnStmt:
		c.returnStmt(s)
	case *ast.DisplayStmt:
		for i, v := range s.Values {
			t := c.expr(v)
			if i == 0 {
				c.displayHead(s, t)
			}
		}
	case *ast.AddStmt:
		c.addStmt(s)
	case *ast.RemoveStmt:
		c.removeStmt(s)
	case *ast.MatchStmt:
		c.matchStmt(s)
	case *ast.TryStmt:
		c.scoped(func() { c.block(s.Body) })
		if s.Catch != nil {
			c.scoped(func() {
				if s.CatchName != nil {
					c.setVar(c.prog.Defs[s.CatchName])
				}
				c.block(s.Catch)
			})
		}
		if s.Finally != nil {
			c.block(s.Finally)
		}
	case *ast.ThrowStmt:
		c.expr(s.Value)
	case *ast.WithStmt:
		c.withStmt(s)
	case *ast.YieldStmt:
		t := c.expr(s.Value)
		if c.proc.Yield != nil {
			c.flow(c.proc.Yield, t)
		}
	case *ast.ResolveStmt:
		t := c.expr(s.Value)
		if c.promiseElem != nil {
			c.flow(c.promiseElem, t)
		}
	case *ast.RejectStmt:
		c.expr(s.Value)
	case *ast.ExprStmt:
		c.exprStmt(s)
	case *ast.ProcDecl:
		if c.proc != c.prog.Main {
			c.errorf(s.NameSp, CodeNestedProcess, "define processes at the top level of the file", "a process cannot be defined inside another process")
		}
	case *ast.TypeDecl:
		if c.proc != c.prog.Main {
			c.errorf(s.Name.Sp, CodeNestedType, "define types at the top level of the file", "a type cannot be defined inside a process")
		}
	case *ast.Unsupported:
		c.errorf(s.At, CodeUnsupported, "", "%s is not supported yet", s.Construct)
	case *ast.BadStmt:
	}
}

func (c *checker) exprStmt(s *ast.ExprStmt) {
	t := c.expr(s.X)
	if c.final {
		if call, ok := s.X.(*ast.CallExpr); ok {
			if info := c.prog.Calls[call]; info != nil && info.Proc != nil && info.Proc.Kind == ast.AsyncProc && !info.Awaited {
				if _, isAw := t.(*Awaitable); isAw {
					c.warnf(call.Sp, "W301", "write `await "+info.Proc.Name+"…` to wait for it, or keep the awaitable and await it later",
						"result of async process %q is never awaited", info.Proc.Name)
				}
			}
		}
	}
}

func (c *checker) ifStmt(s *ast.IfStmt) {
	after := map[*Var]Type{} // variables narrowed after the If
	before := c.assigned
	var outs []map[*Var]bool
	others := map[*Var]Type{} // narrowed in the later clauses (typeops.go)
	for _, cl := range s.Clauses {
		if before != nil {
			c.assigned = copySet(before)
		}
		scope := map[*Var]Type{}
		for v, t := range others {
			scope[v] = t
		}
		if cl.Cond != nil {
			c.cond(cl.Cond)
			if v, not := c.noneTest(cl.Cond); v != nil {
				if not {
					scope[v] = notNone
				} else if len(s.Clauses) == 1 && alwaysLeaves(cl.Body) {
					after[v] = notNone
				}
			} else if v, t, rest, not := c.typeTest(cl.Cond); v != nil {
				if not {
					t, rest = rest, t
				}
				if t != nil {
					scope[v] = t
				}
				if rest != nil {
					others[v] = rest
					if len(s.Clauses) == 1 && alwaysLeaves(cl.Body) {
						after[v] = rest
					}
				}
			}
		}
		c.narrow = append(c.narrow, scope)
		c.stmts(cl.Body.Stmts)
		c.narrow = c.narrow[:len(c.narrow)-1]
		if before != nil && !alwaysLeaves(cl.Body) {
			outs = append(outs, c.assigned)
		}
	}
	if before != nil {
		c.assigned = before
		if s.Clauses[len(s.Clauses)-1].Cond == nil && len(outs) > 0 {
			// Every path through the If went through some clause.
			for v := range outs[0] {
				all := true
				for _, o := range outs[1:] {
					all = all && o[v]
				}
				if all {
					before[v] = true
				}
			}
		}
	}
	if len(c.narrow) > 0 {
		for v, t := range after {
			c.narrow[len(c.narrow)-1][v] = t
		}
	} else if len(after) > 0 {
		c.narrow = append(c.narrow, map[*Var]Type{})
		for v, t := range after {
			c.narrow[0][v] = t
		}
	}
}

// noneTest recognises `NAME is None` / `NAME is not None`.
func (c *checker) noneTest(e ast.Expr) (*Var, bool) {
	e = ast.UnparenExpr(e)
	n, ok := e.(*ast.IsNoneExpr)
	if !ok {
		return nil, false
	}
	id, ok := n.X.(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, _ := c.prog.Uses[id].(*Var)
	return v, n.Not
}

// alwaysLeaves reports whether a block always ends in Break, Continue,
// Return or Throw.
func alwaysLeaves(b *ast.Block) bool {
	if b == nil || len(b.Stmts) == 0 {
		return false
	}
	switch s := b.Stmts[len(b.Stmts)-1].(type) {
	case *ast.BreakStmt, *ast.ContinueStmt, *ast.ReturnStmt, *ast.ThrowStmt:
		return true
	case *ast.IfStmt:
		if s.Clauses[len(s.Clauses)-1].Cond == nil {
			for _, cl := range s.Clauses {
				if !alwaysLeaves(cl.Body) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// isNarrowed reports whether v is known not to be None here.
func (c *checker) isNarrowed(v *Var) bool {
	for i := len(c.narrow) - 1; i >= 0; i-- {
		if _, ok := c.narrow[i][v]; ok {
			return true
		}
	}
	return false
}

// assignNarrow ends the narrowing of v when it is assigned a possibly-None
// value; an assignment always ends a narrowing to a type (level2.md §10.3).
func (c *checker) assignNarrow(v *Var, t Type) {
	_, opt := t.(*Optional)
	for _, m := range c.narrow {
		if nt, ok := m[v]; ok && (nt != notNone || opt || t == NoneType) {
			delete(m, v)
		}
	}
}

func (c *checker) cond(e ast.Expr) {
	t := c.expr(e)
	if t != Boolean && t != AnyType && t != Unknown {
		if _, opt := t.(*Optional); opt && unwrapOpt(t) == Boolean {
			return
		}
		c.errorf(e.Span(), CodeConditionType, awaitHint(t, "compare it explicitly, e.g. `x is greater than 0`"), "condition must be a Boolean, not %s", t)
	}
}

func (c *checker) assign(target ast.Expr, value ast.Expr) {
	switch t := target.(type) {
	case *ast.Ident:
		n := len(c.assigning)
		c.assigning = append(c.assigning, c.lookupVar(t.Name))
		vt := c.expr(value)
		c.assigning = c.assigning[:n]
		obj := c.resolve(t, true)
		v, ok := obj.(*Var)
		if !ok {
			if obj != nil {
				c.errorf(t.Sp, CodeNotAssignable, "", "cannot assign to %q: it is not a variable", t.Name)
			}
			return
		}
		v.Assigned = true
		c.setVar(v)
		c.checkDeclared(v, vt, value)
		c.flow(v.Slot, vt)
		c.assignNarrow(v, vt)
		c.record(t, v.Type())
	case *ast.IndexExpr:
		xt := unwrapOpt(c.expr(t.X))
		it := c.expr(t.Index)
		vt := c.expr(value)
		switch x := xt.(type) {
		case *List:
			c.wantInt(t.Index, it)
			c.flow(x.Elem, vt)
		case *Dict:
			c.flow(x.Key, it)
			c.flow(x.Val, vt)
		case *Record:
			c.recordKey(x, t.Index, vt)
		case *Basic:
			if x != AnyType && x != Unknown {
				c.errorf(t.Sp, CodeNotSettable, awaitHint(x, ""), "cannot set an element of %s", an(x))
			}
		default:
			c.errorf(t.Sp, CodeNotSettable, awaitHint(x, ""), "cannot set an element of %s", an(x))
		}
		c.record(t, vt)
	case *ast.MemberExpr:
		xt := unwrapOpt(c.expr(t.X))
		vt := c.expr(value)
		switch x := xt.(type) {
		case *Record:
			f := x.Field(t.Name.Name)
			if f == nil {
				c.errorf(t.Name.Sp, CodeUnknownField, suggestField(x, t.Name.Name), "%q has no field %q", x.Name, t.Name.Name)
			} else {
				c.flow(&TVar{t: f.Type, fixed: true}, vt)
			}
		case *Sum:
			if f := c.sumField(x, t.Name); f != nil {
				c.flow(&TVar{t: f.Type, fixed: true}, vt)
			}
		case *Dict:
			c.flow(x.Key, String)
			c.flow(x.Val, vt)
		default:
			if xt != AnyType && xt != Unknown {
				c.errorf(t.Sp, CodeNotSettable, awaitHint(xt, ""), "cannot set field %q of %s", t.Name.Name, an(xt))
			}
		}
		c.record(t, vt)
	default:
		c.expr(value)
		c.errorf(target.Span(), CodeNotAssignable, "", "cannot assign to this expression")
	}
}

// recordKey checks s["field"] on a record: the key must be a constant field name.
func (c *checker) recordKey(r *Record, key ast.Expr, vt Type) Type {
	lit, ok := key.(*ast.BasicLit)
	if !ok || lit.Kind != ast.StringLit {
		c.errorf(key.Span(), CodeRecordKey, "use s.field or s[\"field\"] with a constant field name", "a record can only be indexed by a constant field name")
		return AnyType
	}
	f := r.Field(lit.Str)
	if f == nil {
		c.errorf(key.Span(), CodeUnknownField, suggestField(r, lit.Str), "%q has no field %q", r.Name, lit.Str)
		return AnyType
	}
	if vt != nil {
		c.flow(&TVar{t: f.Type, fixed: true}, vt)
	}
	return f.Type
}

func (c *checker) wantInt(e ast.Expr, t Type) {
	if t != Integer && t != AnyType && t != Unknown && t != Number {
		c.errorf(e.Span(), CodeIndexType, awaitHint(t, ""), "list index must be an Integer, not %s", t)
	}
}

func (c *checker) forEach(s *ast.ForEachStmt) {
	it := c.iterate(s.Iter, c.prog.Defs[s.Var])
	if _, gen := it.(*Generator); gen && c.proc.Kind == ast.PlainProc && c.proc != c.prog.Main && !c.proc.Literal() {
		c.errorf(s.Iter.Span(), CodeGeneratorInPlain, "make it an Async Process", "consuming an async generator requires an Async Process")
	}
	c.loops++
	c.scoped(func() {
		c.setVar(c.prog.Defs[s.Var])
		c.block(s.Body)
	})
	c.loops--
}

// iterate checks the iterated expression of a For each (or an Async For
// each) and gives the loop variable v (if any) the element type; it
// returns the expression's type, Optional unwrapped.
func (c *checker) iterate(iter ast.Expr, v *Var) Type {
	it := unwrapOpt(c.expr(iter))
	switch x := it.(type) {
	case *List:
		if v != nil {
			c.unifyVar(v, x.Elem)
		}
	case *Dict:
		if v != nil {
			c.unifyVar(v, x.Key)
		}
	case *Generator:
		if v != nil {
			c.unifyVar(v, x.Elem)
		}
	case *Record:
		c.errorf(iter.Span(), CodeNotIterable, "", "cannot iterate over a record (%q)", x.Name)
	default:
		switch it {
		case String:
			if v != nil {
				c.flow(v.Slot, String)
			}
		case AnyType, Unknown:
			if v != nil {
				c.flow(v.Slot, AnyType)
			}
		default:
			c.errorf(iter.Span(), CodeNotIterable, awaitHint(it, ""), "cannot iterate over %s", an(it))
		}
	}
	return it
}

// scoped runs fn; the variables it sets do not count as set afterwards
// (a loop body may not run, a Try body may fail half-way).
func (c *checker) scoped(fn func()) {
	before := c.assigned
	if before != nil {
		c.assigned = copySet(before)
	}
	fn()
	c.assigned = before
}

// unifyVar shares an element cell with a loop variable: its type is the
// element type exactly.
func (c *checker) unifyVar(v *Var, cell *TVar) {
	if v.Slot.find().fixed {
		c.flow(v.Slot, cell.Type())
		return
	}
	c.unify(v.Slot, cell)
}

func (c *checker) returnStmt(s *ast.ReturnStmt) {
	p := c.proc
	if s.Value == nil {
		if p != c.prog.Main {
			c.flow(p.Result, NoneType)
		}
		return
	}
	t := c.expr(s.Value)
	if p == c.prog.Main {
		c.errorf(s.Sp, CodeReturnInMain, "a value can only be returned from a process", "Return with a value in the main program")
		return
	}
	if p.Kind == ast.AsyncGeneratorProc || p.Kind == ast.AsyncContextManagerProc {
		c.errorf(s.Sp, CodeReturnInGenerator, "use Yield to produce values", "Return with a value in %s", an(p.Kind))
		return
	}
	p.Returns = true
	if r := p.Result.find(); r.fixed {
		c.expectType(s.Value, r.t)
	}
	if r := p.Result.find(); r.fixed && !c.unionFlow(r.t, s.Value, t) && !assignable(r.t, t) {
		c.errorf(s.Value.Span(), CodeDeclaredType, awaitHint(t, narrowHint(r.t, t)), "%q returns %s, not %s", p.Name, r.t, t)
	}
	c.flow(p.Result, t)
}

// checkDeclared reports a value of type t given to a variable whose type
// is declared (`Let x as Integer be …`) when it does not fit (E272).
func (c *checker) checkDeclared(v *Var, t Type, e ast.Expr) {
	sp := e.Span()
	if r := v.Slot.find(); r.fixed && !c.unionFlow(r.t, e, t) && !assignable(r.t, t) {
		c.errorf(sp, CodeDeclaredType, awaitHint(t, narrowHint(r.t, t)), "%q is declared %s; this value is %s", v.Name, r.t, t)
	}
}

// narrowHint suggests the explicit conversion when a Float meets an
// Integer slot (Runa never truncates implicitly).
func narrowHint(slot, t Type) string {
	if slot == Integer && (t == Float || t == Number) {
		return "convert it explicitly: `to_integer(…)` truncates toward zero"
	}
	return ""
}

func (c *checker) addStmt(s *ast.AddStmt) {
	vt := c.expr(s.Value)
	tt := unwrapOpt(c.expr(s.Target))
	switch x := tt.(type) {
	case *List:
		c.flow(x.Elem, vt)
	default:
		if tt != AnyType && tt != Unknown {
			c.errorf(s.Target.Span(), CodeAddTarget, awaitHint(tt, ""), "cannot Add to %s: Add appends to a list", an(tt))
		}
	}
}

func (c *checker) removeStmt(s *ast.RemoveStmt) {
	vt := c.expr(s.Value)
	tt := unwrapOpt(c.expr(s.Target))
	switch x := tt.(type) {
	case *List:
		c.flow(x.Elem, vt)
	case *Dict:
		c.flow(x.Key, vt)
	case *Record:
		c.errorf(s.Target.Span(), CodeRemoveTarget, "", "cannot Remove from a record (%q): its fields are fixed", x.Name)
	default:
		if tt != AnyType && tt != Unknown {
			c.errorf(s.Target.Span(), CodeRemoveTarget, awaitHint(tt, ""), "cannot Remove from %s", an(tt))
		}
	}
}

func (c *checker) withStmt(s *ast.WithStmt) {
	saved := c.withHeader
	c.withHeader, _ = s.Manager.(*ast.CallExpr)
	mt := c.expr(s.Manager)
	c.withHeader = saved
	switch m := mt.(type) {
	case *Manager:
		if s.Binding != nil {
			if v := c.prog.Defs[s.Binding]; v != nil {
				c.flow(v.Slot, m.Elem.Type())
			}
		}
	default:
		if mt != AnyType && mt != Unknown {
			c.errorf(s.Manager.Span(), CodeNotManager, "With takes an Async Context Manager Process call or async_lock", "%s is not a context manager", mt)
		}
	}
	if !c.asyncAllowed() && !c.waitInLambda(s.Manager.Span()) {
		c.errorf(s.Manager.Span(), CodeWithInPlain, "make it an Async Process", "With over an async context manager is only allowed in async code")
	}
	if s.Binding != nil {
		c.setVar(c.prog.Defs[s.Binding])
	}
	c.block(s.Body)
}

// asyncAllowed reports whether the current body may suspend.
func (c *checker) asyncAllowed() bool {
	p := c.proc
	if p.Lambda != nil || p.AsyncEach != nil {
		return p.Kind != ast.PlainProc
	}
	if p.Callback != nil && p.Parent != nil {
		return false
	}
	return p == c.prog.Main || p.Kind != ast.PlainProc
}
