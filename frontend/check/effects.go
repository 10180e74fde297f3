package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// effects decides which processes can fail, which need a context and
// which are recursive, by a fixpoint over the call graph.
func (c *checker) effects() {
	all := append([]*Proc{c.prog.Main}, c.prog.Procs...)
	for _, p := range c.prog.Procs {
		if p.IsAsync() {
			p.CanFail, p.NeedsCtx = true, true
		}
		if throws(p.Decl.Body.Stmts) {
			p.CanFail = true
		}
	}
	for _, cb := range c.prog.Callbacks {
		// Process values have one canonical shape: func(ctx, …) (R, error).
		cb.CanFail, cb.NeedsCtx = true, true
		if cb.Parent != nil {
			cb.Parent.calls[cb] = true
		}
	}
	c.prog.Main.CanFail, c.prog.Main.NeedsCtx = true, true
	for changed := true; changed; {
		changed = false
		for _, p := range c.prog.Procs {
			for q := range p.calls {
				if q.CanFail && !p.CanFail {
					p.CanFail, changed = true, true
				}
				if q.NeedsCtx && !p.NeedsCtx {
					p.NeedsCtx, changed = true, true
				}
			}
			if p.NeedsCtx && !p.CanFail {
				// A context means tasks or process values: both can fail.
				p.CanFail, changed = true, true
			}
		}
	}
	// Recursion: p reaches itself through calls.
	for _, p := range all {
		seen := map[*Proc]bool{}
		var reach func(q *Proc) bool
		reach = func(q *Proc) bool {
			for r := range q.calls {
				if r == p {
					return true
				}
				if !seen[r] {
					seen[r] = true
					if reach(r) {
						return true
					}
				}
			}
			return false
		}
		p.Recursive = reach(p)
	}
}

// throws reports whether a body contains a Throw (outside nested
// processes and callbacks).
func throws(ss []ast.Stmt) bool {
	for _, s := range ss {
		switch s := s.(type) {
		case *ast.ThrowStmt:
			return true
		case *ast.IfStmt:
			for _, cl := range s.Clauses {
				if throws(cl.Body.Stmts) {
					return true
				}
			}
		case *ast.WhileStmt:
			if throws(s.Body.Stmts) {
				return true
			}
		case *ast.ForEachStmt:
			if throws(s.Body.Stmts) {
				return true
			}
		case *ast.MatchStmt:
			for _, a := range s.Arms {
				if throws(a.Body.Stmts) {
					return true
				}
			}
		case *ast.TryStmt:
			if throws(s.Body.Stmts) || (s.Catch != nil && throws(s.Catch.Stmts)) || (s.Finally != nil && throws(s.Finally.Stmts)) {
				return true
			}
		case *ast.WithStmt:
			if throws(s.Body.Stmts) {
				return true
			}
		}
	}
	return false
}

// unawaited warns about awaitables kept in a variable that is never used.
func (c *checker) unawaited() {
	check := func(vars []*Var) {
		for _, v := range vars {
			if _, ok := v.Type().(*Awaitable); ok && !v.Used && !v.Param {
				if v.From != "" {
					c.diags.Warnf(v.Decl, "W302", "await it (`await "+v.Name+"`) or pass it on", "result of async process %q is never awaited (stored in %q)", v.From, v.Name)
				} else {
					c.diags.Warnf(v.Decl, "W302", "await it (`await "+v.Name+"`) or pass it on", "awaitable %q is never awaited", v.Name)
				}
			}
		}
	}
	check(c.prog.Globals)
	check(c.prog.Main.Locals)
	for _, p := range c.prog.Procs {
		check(p.Locals)
	}
}
