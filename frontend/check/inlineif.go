package check

import "github.com/runa2go/runa2go/frontend/ast"

// ifExpr checks the inline conditional `If C Then A Otherwise B`
// (level2.md §8): C is a condition (a Boolean, runa.md §6.3), and the
// value's type is the join of A's and B's (Integer and Float give
// Number). `If x is not None Then A …` narrows x in A, and `If x is None
// Then … Otherwise B` narrows it in B, as the clauses of an If statement do.
func (c *checker) ifExpr(e *ast.IfExpr) Type {
	c.cond(e.Cond)
	v, not := c.noneTest(e.Cond)
	branch := func(x ast.Expr, narrow bool) Type {
		c.narrow = append(c.narrow, map[*Var]Type{})
		if narrow && v != nil {
			c.narrow[len(c.narrow)-1][v] = notNone
		}
		t := c.expr(x)
		c.narrow = c.narrow[:len(c.narrow)-1]
		return t
	}
	a := branch(e.Then, not)
	b := branch(e.Else, !not)
	if a == AnyType || b == AnyType {
		// An Any branch makes the value Any (a typed slot would instead
		// check the Any branch at run time, and reject what it holds).
		return AnyType
	}
	// The value has a cell of its own, joined like a variable's: two
	// declared processes of different shapes make it Any once inference
	// settles (settleFuncPairs).
	cell := c.cell(e, "inline If value")
	c.flow(cell, a)
	c.flow(cell, b)
	return cell.Type()
}
