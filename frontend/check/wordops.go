package check

import "github.com/runa2go/runa2go/frontend/ast"

// The types of the Level 2 word operators on strings and collections
// (level2.md §5.2, §7.1). Operands of type Any are checked at run time.

// stringOp types `X trimmed`, `X converted to …case`, `X split by D [with
// limit N]` and `X substring from A [to B]`.
func (c *checker) stringOp(e *ast.StringOpExpr) Type {
	xt := c.operandView(e.X, c.expr(e.X), e.Op.String(), e.OpSp)
	c.wantString(e.X, xt, e.Op.String())
	var argTypes []Type
	for _, a := range e.Args {
		if a == nil {
			argTypes = append(argTypes, nil)
			continue
		}
		argTypes = append(argTypes, c.expr(a))
	}
	switch e.Op {
	case ast.OpSplitBy:
		c.wantString(e.Args[0], argTypes[0], "split by")
		if e.Args[1] != nil {
			c.wantInteger(e.Args[1], argTypes[1], "with limit")
		}
		return &List{Elem: &TVar{t: String, fixed: true}}
	case ast.OpSubstring:
		for i, a := range e.Args {
			if a != nil {
				c.wantInteger(a, argTypes[i], "substring from")
			}
		}
	}
	return String
}

// wantString reports an operand of op that is not a String.
func (c *checker) wantString(e ast.Expr, t Type, op string) {
	c.optionalOperand(e, t)
	if u := unwrapOpt(t); u != String && u != AnyType && u != Unknown {
		c.errorf(e.Span(), CodeWordOperand, awaitHint(t, ""), "`%s` needs a String, not %s", op, t)
	}
}

// wantInteger reports an operand of op that is not an Integer.
func (c *checker) wantInteger(e ast.Expr, t Type, op string) {
	c.optionalOperand(e, t)
	if u := unwrapOpt(t); u != Integer && u != Number && u != AnyType && u != Unknown {
		c.errorf(e.Span(), CodeWordOperand, awaitHint(t, ""), "`%s` needs an Integer, not %s", op, t)
	}
}

// indexOf types `index of V in L`: the position of V in a List, or of the
// substring V in a String.
func (c *checker) indexOf(e *ast.IndexOfExpr) Type {
	vt := c.expr(e.V)
	lt := c.expr(e.L)
	c.optionalOperand(e.L, lt)
	switch l := unwrapOpt(lt).(type) {
	case *List:
		c.comparable(e.V.Span(), l.Elem.Type(), vt)
		return Integer
	case *Dict:
		c.errorf(e.L.Span(), CodeWordOperand, "use `contains key` or For each", "`index of` needs a List or a String, not %s", lt)
		return Integer
	}
	switch unwrapOpt(lt) {
	case String:
		c.wantString(e.V, vt, "index of")
	case AnyType, Unknown:
	default:
		c.errorf(e.L.Span(), CodeWordOperand, awaitHint(lt, ""), "`index of` needs a List or a String, not %s", lt)
	}
	return Integer
}

// wordBinary types `starts with`, `ends with`, `contains key` and `without`.
func (c *checker) wordBinary(e *ast.BinaryExpr, xt, yt Type) Type {
	switch e.Op {
	case ast.OpStartsWith, ast.OpEndsWith:
		c.wantString(e.X, xt, e.Op.String())
		c.wantString(e.Y, yt, e.Op.String())
		return Boolean
	case ast.OpContainsKey:
		c.optionalOperand(e.X, xt)
		switch x := unwrapOpt(xt).(type) {
		case *Dict:
			c.flow(x.Key, yt)
		case *List:
			c.errorf(e.OpSp, CodeWordOperand, "use \"contains\"", "`contains key` needs a Dictionary, not %s", xt)
		default:
			if x != AnyType && x != Unknown {
				c.errorf(e.OpSp, CodeWordOperand, awaitHint(xt, ""), "`contains key` needs a Dictionary, not %s", xt)
			}
		}
		return Boolean
	case ast.OpWithAdded:
		c.optionalOperand(e.X, xt)
		if l, ok := unwrapOpt(xt).(*List); ok {
			c.flow(l.Elem, yt)
			return l
		}
		if x := unwrapOpt(xt); x != AnyType && x != Unknown {
			c.errorf(e.OpSp, CodeWordOperand, awaitHint(xt, ""), "`with … added` needs a List, not %s", xt)
		}
		return AnyType
	}
	// without
	c.optionalOperand(e.X, xt)
	switch x := unwrapOpt(xt).(type) {
	case *List:
		c.comparable(e.Y.Span(), x.Elem.Type(), yt)
		return x
	case *Dict:
		c.flow(x.Key, yt)
		return x
	}
	if x := unwrapOpt(xt); x != AnyType && x != Unknown {
		c.errorf(e.OpSp, CodeWordOperand, awaitHint(xt, ""), "`without` needs a List or a Dictionary, not %s", xt)
	}
	return AnyType
}

// copyOf types `copy of E`: a shallow copy of a List, Dictionary or record.
func (c *checker) copyOf(e *ast.UnaryExpr, t Type) Type {
	c.optionalOperand(e.X, t)
	switch x := unwrapOpt(t).(type) {
	case *List, *Dict, *Record, *Sum:
		return x
	}
	if x := unwrapOpt(t); x != AnyType && x != Unknown {
		c.errorf(e.X.Span(), CodeWordOperand, awaitHint(t, ""), "`copy of` needs a List, a Dictionary or a record, not %s", t)
	}
	return AnyType
}

// emptiness reports whether `X is empty` is the emptiness test for a value
// of type t: always, except on a record, where `is WORD` reads a field or
// calls a process named empty (level2.md §5.2).
func emptiness(t Type) bool {
	_, rec := unwrapOpt(t).(*Record)
	return !rec
}
