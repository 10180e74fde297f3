package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// reportStrict adds the `check --strict` notes: every slot that fell back
// to Any and every run-time Optional check, as warnings in source order.
func (c *checker) reportStrict() {
	seen := map[*TVar]bool{}
	slot := func(v *Var) {
		r := v.Slot.find()
		if seen[r] {
			return
		}
		seen[r] = true
		if containsAny(v.Type()) {
			c.diags.Warnf(v.Decl, "S401", "annotate it (`as TYPE`) if one type was meant", "%s is Any (%s)", describe(v), v.Type())
		}
	}
	for _, v := range c.prog.Globals {
		slot(v)
	}
	all := append([]*Proc{c.prog.Main}, c.prog.Procs...)
	for _, cb := range c.prog.Callbacks {
		all = append(all, cb)
	}
	for _, p := range all {
		for _, v := range p.Params {
			slot(v)
		}
		for _, v := range p.Locals {
			slot(v)
		}
		if p.Decl != nil && p.Returns && containsAny(p.Result.Type()) && !seen[p.Result.find()] {
			seen[p.Result.find()] = true
			c.diags.Warnf(p.Decl.NameSp, "S401", "annotate it (`returns TYPE`)", "result of %q is Any (%s)", p.Name, p.Result.Type())
		}
	}
	for _, n := range c.strict {
		c.diags.Warnf(ast.Span{Start: n.pos, End: n.pos}, "S402", "", "%s", n.msg)
	}
}

func describe(v *Var) string {
	switch {
	case v.Param:
		return "parameter " + quote(v.Name)
	case v.Global:
		return "global " + quote(v.Name)
	}
	return "variable " + quote(v.Name)
}

// containsAny reports whether t is or contains Any.
func containsAny(t Type) bool {
	return containsAnyDepth(t, 0)
}

func containsAnyDepth(t Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := t.(type) {
	case *Basic:
		return x == AnyType
	case *Optional:
		return containsAnyDepth(x.Elem, depth+1)
	case *List:
		return containsAnyDepth(x.Elem.Type(), depth+1)
	case *Dict:
		return containsAnyDepth(x.Key.Type(), depth+1) || containsAnyDepth(x.Val.Type(), depth+1)
	case *Awaitable:
		return containsAnyDepth(x.Elem.Type(), depth+1)
	case *Generator:
		return containsAnyDepth(x.Elem.Type(), depth+1)
	}
	return false
}
