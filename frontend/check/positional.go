package check

import (
	"strconv"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Positional arguments after "with" and Display parts (Level 2 §3.1, §3.4).

// arguments is "1 argument" or "N arguments".
func arguments(n int) string {
	if n == 1 {
		return "1 argument"
	}
	return strconv.Itoa(n) + " arguments"
}

// wereGiven is "1 was given" or "N were given".
func wereGiven(n int) string {
	if n == 1 {
		return "1 was given"
	}
	return strconv.Itoa(n) + " were given"
}

// tooManyArgs reports a call with more arguments than its callee has
// parameters, once, at the call.
func (c *checker) tooManyArgs(e *ast.CallExpr, callee string, params, given int) {
	c.errorf(e.Sp, CodeTooManyArgs, "", "%q takes %s, but %s", callee, arguments(params), wereGiven(given))
}

// markNamedAnd records the `and` chain that is the whole value of the
// named argument a, written without parentheses: `rent with months as 2
// and 3`. When its left operand is not a Boolean, the `and` cannot be the
// operator: the item after it is a positional argument that follows a
// named one (Level 2 §3.1), which binaryOp reports.
func (c *checker) markNamedAnd(a *ast.Arg) {
	if a.Name == nil {
		return
	}
	for x := a.Value; ; {
		b, ok := x.(*ast.BinaryExpr)
		if !ok || b.Op != ast.OpAnd {
			return
		}
		if c.namedAnd == nil {
			c.namedAnd = map[*ast.BinaryExpr]bool{}
		}
		if _, seen := c.namedAnd[b]; !seen {
			c.namedAnd[b] = false
		}
		x = b.X
	}
}

// positionalAnd reports whether the `and` e, in a named argument's value,
// separates a positional argument rather than combining Booleans; it
// reports the error once per such argument.
func (c *checker) positionalAnd(e *ast.BinaryExpr, xt Type) bool {
	if _, ok := c.namedAnd[e]; !ok {
		return false
	}
	inner, _ := e.X.(*ast.BinaryExpr)
	if !(inner != nil && c.namedAnd[inner]) && (xt == Boolean || xt == AnyType || xt == Unknown || unwrapOpt(xt) == Boolean) {
		return false
	}
	c.namedAnd[e] = true
	c.errorf(e.Y.Span(), CodePositionalAfterNamed, "", "a positional argument cannot follow a named argument")
	return true
}

// displayHead reports `Display f with x as 1` where f holds a process:
// the labelled parts make f the head, not a call (Level 2 §3.4).
func (c *checker) displayHead(s *ast.DisplayStmt, t Type) {
	id, ok := s.Values[0].(*ast.Ident)
	if !ok || len(s.Values) < 2 || s.Label(1) == nil {
		return
	}
	if _, ok := unwrapOpt(t).(*Func); !ok {
		return
	}
	value := "…"
	switch v := s.Values[1].(type) {
	case *ast.BasicLit:
		if len(v.Raw) <= 20 {
			value = v.Raw
		}
	case *ast.Ident:
		value = v.Name
	}
	c.errorf(id.Sp, CodeDisplayProcess, "", "%q holds a process: write \"Display (%s with %s as %s)\" to call it",
		id.Name, id.Name, s.Label(1).Name, value)
}

// misplacedPositional reports whether a positional argument of e follows
// a named one (reported already: the parameters it meant to fill are not
// reported missing).
func (c *checker) misplacedPositional(e *ast.CallExpr) bool {
	named := false
	for _, a := range e.Args {
		if a.Name == nil && named {
			return true
		}
		if a.Name != nil {
			named = true
			if b, ok := a.Value.(*ast.BinaryExpr); ok && c.namedAnd[b] {
				return true
			}
		}
	}
	return false
}
