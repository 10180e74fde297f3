package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// The type operations of level2.md §10.6 and §10.7: `type of`, `is of type`
// (with the narrowing of §10.3) and `as` conversions.

// notNone marks a narrowing that only excludes None (`If x is not None:`);
// any other narrowing holds the type the variable has in the block.
var notNone Type = &Basic{KUnknown}

// narrowedTo returns the type that an `is of type` test (or a Match arm)
// narrowed v to here, or nil.
func (c *checker) narrowedTo(v *Var) Type {
	for i := len(c.narrow) - 1; i >= 0; i-- {
		if t, ok := c.narrow[i][v]; ok && t != notNone {
			return t
		}
	}
	return nil
}

// typeTest recognises `NAME is of type T` and `NAME is not of type T` on a
// variable or parameter: it returns the variable, its type where the test
// is true, its type where the test is false (nil when nothing is known),
// and whether the test is negated.
func (c *checker) typeTest(e ast.Expr) (v *Var, yes, no Type, not bool) {
	e = ast.UnparenExpr(e)
	it, ok := e.(*ast.IsTypeExpr)
	if !ok {
		return nil, nil, nil, false
	}
	id, ok := it.X.(*ast.Ident)
	if !ok {
		return nil, nil, nil, false
	}
	v = c.lookupVar(id.Name)
	if v == nil {
		return nil, nil, nil, false
	}
	t := c.quietType(it.T)
	if t == nil || t == AnyType {
		return nil, nil, nil, false
	}
	cur := v.Type()
	if nt := c.narrowedTo(v); nt != nil {
		cur = nt
	}
	if r, ok := t.(*Record); ok && r.Generic != nil {
		// `is of type Box` tests no type arguments: it narrows only a
		// value already known to be some Box (level2.md §10.6), or of the
		// generic sum type whose variant Box is.
		if cr, ok := unwrapOpt(cur).(*Record); ok && cr.Generic == r.Generic {
			t = cr
		} else if st := sumTarget(cur, r); st != Type(r) {
			t = st
		} else {
			return nil, nil, nil, false
		}
	}
	if s, ok := t.(*Sum); ok && s.Generic != nil {
		if cs, ok := unwrapOpt(cur).(*Sum); ok && cs.Generic == s.Generic {
			t = cs
		} else {
			return nil, nil, nil, false
		}
	}
	return v, narrowType(cur, t), remainingType(cur, t), it.Not
}

// narrowType is the type a value of static type cur has when it passed
// the test `is of type t`.
func narrowType(cur, t Type) Type {
	if cur == AnyType || cur == Unknown {
		return t
	}
	if u, ok := cur.(*Union); ok {
		var in []Type
		for _, m := range u.Members {
			if testCovers(t, m) {
				in = append(in, m)
			}
		}
		if len(in) > 0 {
			return unionOf("", in)
		}
		return t
	}
	if o, ok := cur.(*Optional); ok {
		if t == NoneType {
			return NoneType
		}
		return narrowType(o.Elem, t)
	}
	if t == Number && isNumeric(cur) {
		return cur
	}
	return t
}

// remainingType is the type of a value of static type cur that failed the
// test `is of type t`, or nil when nothing is known.
func remainingType(cur, t Type) Type {
	switch x := cur.(type) {
	case *Union:
		var rest []Type
		for _, m := range x.Members {
			if !testCovers(t, m) {
				rest = append(rest, m)
			}
		}
		if len(rest) > 0 && len(rest) < len(x.Members) {
			return unionOf("", rest)
		}
	case *Optional:
		if t == NoneType {
			return x.Elem
		}
	}
	return nil
}

// testCovers reports whether every value of type m passes `is of type t`.
func testCovers(t, m Type) bool {
	if t == m || t == AnyType {
		return true
	}
	switch x := t.(type) {
	case *Union:
		for _, tm := range x.Members {
			if testCovers(tm, m) {
				return true
			}
		}
		return false
	case *List:
		_, ok := m.(*List)
		return ok
	case *Dict:
		_, ok := m.(*Dict)
		return ok
	}
	if t == Number {
		return isNumeric(m)
	}
	if l, ok := m.(*LitUnion); ok {
		return l.Base == t
	}
	return false
}

// quietType resolves a written type without reporting (the checker reports
// it once where it is walked).
func (c *checker) quietType(t *ast.TypeExpr) Type {
	saved := c.diags
	out := c.typeOf(t)
	c.diags = saved
	return out
}

// typeOfExpr types `type of E`: a String.
func (c *checker) typeOfExpr(e *ast.TypeOfExpr) Type {
	c.expr(e.X)
	return String
}

// isType types `E is [not] of type T`: T is a type name without
// arguments, or a union of such names.
func (c *checker) isType(e *ast.IsTypeExpr) Type {
	c.expr(e.X)
	c.testNames(e.T)
	t := c.writtenType(e.T)
	if c.final {
		c.prog.TypeTests[e] = t
	}
	return Boolean
}

// testNames reports the written types `is of type` cannot test.
func (c *checker) testNames(t *ast.TypeExpr) {
	switch {
	case t.Or:
		for _, a := range t.Args {
			c.testNames(a)
		}
	case t.Lit != nil, t.Arrow:
		c.errorf(t.Sp, CodeTypeTest, "test a type name, e.g. `is of type String`", "\"is of type\" takes a type name")
	case len(t.Args) > 0:
		c.errorf(t.Sp, CodeTypeTestArgs, "write \""+t.Name+"\": type arguments cannot be tested", "\"is of type\" takes a type name without arguments")
	}
}

// writtenType resolves a written type, reporting unknown names once (in
// the final pass).
func (c *checker) writtenType(t *ast.TypeExpr) Type {
	if !c.final {
		return c.quietType(t)
	}
	return c.typeOf(t)
}

// asExpr types `E as T` (level2.md §10.7): T, after a compile-time check
// that some value of E's type converts.
func (c *checker) asExpr(e *ast.AsExpr) Type {
	xt := c.expr(e.X)
	t := c.writtenType(e.T)
	if len(e.T.Args) == 0 {
		t = sumTarget(xt, t)
	}
	if c.final {
		c.prog.TypeTests[e] = t
	}
	if !convertible(xt, t) {
		c.errorf(e.OpSp, CodeImpossibleAs, conversionHint(xt, t), "cannot convert %s to %s with \"as\"", xt, t)
	}
	c.literalConstant(e.X, t)
	return t
}

// conversionHint names the builtin that converts what "as" cannot.
func conversionHint(from, to Type) string {
	switch {
	case to == Integer && unwrapOpt(from) == Float:
		return "use math.floor(…) or to_integer(…)"
	case to == Integer || to == Number:
		return "use to_integer(…)"
	case to == Float:
		return "use to_float(…)"
	case to == String:
		return "use to_string(…)"
	}
	return ""
}

// convertible reports whether some value of static type from converts to
// t with `as` (level2.md §10.7 rules 1-4).
func convertible(from, t Type) bool {
	if from == AnyType || from == Unknown || t == AnyType || t == Unknown || sameType(from, t) {
		return true
	}
	if _, ok := from.(*TypeParam); ok {
		return true
	}
	if _, ok := t.(*TypeParam); ok {
		return true
	}
	switch x := from.(type) {
	case *Optional:
		return t == NoneType || convertible(x.Elem, unwrapOpt(t))
	case *Union:
		for _, m := range x.Members {
			if convertible(m, t) {
				return true
			}
		}
		return false
	case *LitUnion:
		return convertible(x.Base, t)
	}
	switch x := t.(type) {
	case *Optional:
		return from == NoneType || convertible(from, x.Elem)
	case *Union:
		for _, m := range x.Members {
			if convertible(from, m) {
				return true
			}
		}
		return false
	case *LitUnion:
		return from == x.Base
	case *Record:
		if y, ok := from.(*Record); ok {
			return x == y || x.Generic != nil && x.Generic == y.Generic || IsVariantOf(x, sumOf(y))
		}
		if y, ok := from.(*Sum); ok {
			return IsVariantOf(x, y) // a sum type to one of its variants
		}
		_, ok := from.(*Dict)
		return ok
	case *List:
		_, ok := from.(*List)
		return ok
	case *Dict:
		_, ok := from.(*Dict)
		return ok
	}
	switch {
	case t == Float:
		return isNumeric(from)
	case t == Number:
		return isNumeric(from)
	case t == Integer:
		return from == Integer || from == Number
	}
	return assignable(t, from)
}
