package check

import (
	"fmt"
	"sort"

	"github.com/runa2go/runa2go/frontend/ast"
)

// reportStrict adds the `check --strict` notes: every slot that fell back
// to Any and every run-time Optional check, as warnings in source order.
func (c *checker) reportStrict() {
	// Report each Any once, at the first slot (in source order) it reaches.
	type slotRef struct {
		pos  ast.Pos
		sp   ast.Span
		msg  string
		cell *TVar
	}
	var refs []slotRef
	addVar := func(v *Var) {
		if cell := anyCell(v.Slot, 0); cell != nil {
			refs = append(refs, slotRef{v.Decl.Start, v.Decl, fmt.Sprintf("%s is Any (%s)", describe(v), v.Type()), cell})
		} else if v.Type() == Unknown && v.Used {
			// Nothing ever flows in (an uncalled process's parameter):
			// the generated Go holds it as any.
			refs = append(refs, slotRef{v.Decl.Start, v.Decl, fmt.Sprintf("%s is Any: nothing gives it a value", describe(v)), v.Slot})
		}
	}
	for _, v := range c.prog.Globals {
		addVar(v)
	}
	all := append([]*Proc{c.prog.Main}, c.prog.Procs...)
	for _, cb := range c.prog.Callbacks {
		all = append(all, cb)
	}
	for _, l := range c.prog.Lambdas {
		all = append(all, l)
	}
	for _, e := range c.prog.AsyncEach {
		all = append(all, e)
	}
	for _, p := range all {
		for _, v := range p.Params {
			addVar(v)
		}
		for _, v := range p.Locals {
			addVar(v)
		}
		if p.Lambda != nil && p.Returns {
			if cell := anyCell(p.Result, 0); cell != nil {
				sp := ast.Span{Start: p.Lambda.Sp.Start, End: p.Lambda.Sp.Start}
				refs = append(refs, slotRef{sp.Start, sp, fmt.Sprintf("result of a Lambda is Any (%s)", p.Result.Type()), cell})
			}
		}
		if p.Decl != nil && p.Returns {
			if cell := anyCell(p.Result, 0); cell != nil {
				refs = append(refs, slotRef{p.Decl.NameSp.Start, p.Decl.NameSp, fmt.Sprintf("result of %q is Any (%s)", p.Name, p.Result.Type()), cell})
			}
		}
	}
	for n, v := range c.cells {
		if cell := anyCell(v, 0); cell != nil {
			sp := n.Span()
			refs = append(refs, slotRef{sp.Start, sp, "elements are Any: this collection mixes types", cell})
		}
	}
	for n, v := range c.valCells {
		if cell := anyCell(v, 0); cell != nil {
			sp := n.Span()
			refs = append(refs, slotRef{sp.Start, sp, "values are Any: this dictionary mixes types", cell})
		}
	}
	for _, v := range c.typeArgs {
		// A type argument nothing constrains is Any (level2.md §10.4).
		sp := ast.Span{Start: v.Pos, End: v.Pos}
		if cell := anyCell(v, 0); cell != nil {
			refs = append(refs, slotRef{v.Pos, sp, fmt.Sprintf("%s is Any (%s)", v.Name, v.Type()), cell})
		} else if v.Type() == Unknown {
			refs = append(refs, slotRef{v.Pos, sp, v.Name + " is Any: nothing constrains it", v})
		}
	}
	sort.SliceStable(refs, func(i, j int) bool { return refs[i].pos.Before(refs[j].pos) })
	seen := map[*TVar]bool{}
	for _, r := range refs {
		root := r.cell.find()
		if seen[root] {
			continue
		}
		seen[root] = true
		c.diags.Warnf(r.sp, "S401", "annotate it (`as TYPE`) if one type was meant", "%s", r.msg)
	}
	for _, n := range c.strict {
		c.diags.Warnf(ast.Span{Start: n.pos, End: n.pos}, "S402", "", "%s", n.msg)
	}
}

// anyCell returns the cell that makes v's type contain Any (v itself, or
// an element cell of a collection), or nil.
func anyCell(v *TVar, depth int) *TVar {
	if depth > 8 || v == nil {
		return nil
	}
	switch x := v.Type().(type) {
	case *Basic:
		if x == AnyType {
			return v
		}
	case *Optional:
		if x.Elem == AnyType {
			return v
		}
	case *List:
		return anyCell(x.Elem, depth+1)
	case *Dict:
		if c := anyCell(x.Key, depth+1); c != nil {
			return c
		}
		return anyCell(x.Val, depth+1)
	case *Awaitable:
		return anyCell(x.Elem, depth+1)
	case *Generator:
		return anyCell(x.Elem, depth+1)
	}
	return nil
}

func describe(v *Var) string {
	switch {
	case v.Param && v.Owner != nil && v.Owner.Lambda != nil:
		return "parameter " + quote(v.Name) + " of a Lambda"
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
