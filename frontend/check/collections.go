package check

import "github.com/runa2go/runa2go/frontend/ast"

// Map, Filter, Reduce and Sort (level2.md §5.1). The process is typed as
// the call CollectionExpr.Call that the operation makes for each element:
// its ElemRef arguments have the element type (and, for Reduce, the
// accumulator's), so processes, process values, Any values and Lambdas
// are checked and inferred as in any call.

// collection types a Map, Filter, Reduce or Sort.
func (c *checker) collection(e *ast.CollectionExpr) Type {
	lt := c.expr(e.List)
	c.optionalOperand(e.List, lt)
	var elem Type = AnyType
	var elemCell *TVar
	switch l := unwrapOpt(lt).(type) {
	case *List:
		elem, elemCell = l.Elem.Type(), l.Elem
	default:
		if l != AnyType && l != Unknown {
			c.errorf(e.List.Span(), CodeCollectionOp, "use For each", "%s over needs a List, not %s", e.Op, lt)
		}
	}
	if c.elems == nil {
		c.elems = map[*ast.CollectionExpr]Type{}
	}
	c.elems[e] = elem
	var acc *TVar
	if e.Op == ast.OpReduce {
		acc = c.cell(e, "accumulator")
		if e.Initial != nil {
			c.flow(acc, c.expr(e.Initial))
		} else {
			c.flow(acc, elem)
		}
	}
	var rt Type = AnyType
	if e.Call != nil {
		if c.wrongArity(e) {
			c.args(e.Call)
		} else {
			rt = c.expr(e.Call)
			if _, async := rt.(*Awaitable); async && e.Op != ast.OpMap {
				c.errorf(e.Fn.Span(), CodeCollectionOp, "compute the values first, e.g. with parallel_await", "%s cannot use an async process", e.Op)
				rt = AnyType
			}
		}
	}
	switch e.Op {
	case ast.OpMap:
		res := c.cell(e, "mapped element")
		c.flow(res, rt)
		return &List{Elem: res}
	case ast.OpFilter:
		if u := unwrapOpt(rt); u != Boolean && u != AnyType && u != Unknown {
			c.errorf(e.Fn.Span(), CodeCollectionOp, "", "Filter needs a predicate that gives a Boolean; this one gives %s", rt)
		}
	case ast.OpReduce:
		c.flow(acc, rt)
		return acc.Type()
	case ast.OpSort:
		key, at := elem, e.List
		if e.Call != nil {
			key, at = rt, e.Fn
		}
		if !sortable(key) {
			c.errorf(at.Span(), CodeCollectionOp, "", "Sort needs numbers or Strings to compare, not %s", key)
		}
	}
	if elemCell != nil {
		return &List{Elem: elemCell}
	}
	return &List{Elem: &TVar{t: AnyType, fixed: true}}
}

// elemRef is the type of an element (or accumulator) argument.
func (c *checker) elemRef(e *ast.ElemRef) Type {
	if e.Acc {
		return c.cell(e.Coll, "accumulator").Type()
	}
	if t, ok := c.elems[e.Coll]; ok {
		return t
	}
	return AnyType
}

// wrongArity reports (and diagnoses) a declared process named as the
// operation's process with the wrong number of parameters.
func (c *checker) wrongArity(e *ast.CollectionExpr) bool {
	id, ok := e.Fn.(*ast.Ident)
	if !ok {
		return false
	}
	if c.lookupVar(id.Name) != nil {
		return false // a variable holding a process: checked by the call
	}
	p, ok := c.procs[c.key(id.Name)]
	if !ok {
		return false
	}
	want := 1
	if e.Op == ast.OpReduce {
		want = 2
	}
	if len(p.Params) == want {
		return false
	}
	c.errorf(id.Sp, CodeCollectionOp, "", "%s needs a process that takes %s; %q takes %d", e.Op, plural(want, "parameter"), p.Name, len(p.Params))
	return true
}

// sortable reports whether values of type t can be ordered by Sort.
func sortable(t Type) bool {
	switch unwrapOpt(t) {
	case Integer, Float, Number, String, AnyType, Unknown:
		return true
	}
	return false
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return itoa(n) + " " + word + "s"
}
