package ast

// The type operations of level2.md §10.6 and §10.7.

// TypeOfExpr is `type of X` (level 8): a String naming X's dynamic type.
type TypeOfExpr struct {
	Sp Span
	X  Expr
}

// IsTypeExpr is `X is of type T` or (Not) `X is not of type T` (level 5).
// T is a type name without arguments or a parenthesized union of names.
type IsTypeExpr struct {
	Sp   Span
	OpSp Span // `is of type` / `is not of type`
	X    Expr
	T    *TypeExpr
	Not  bool
}

// AsExpr is `X as T` (level 9, postfix): X converted to the type T.
type AsExpr struct {
	Sp   Span
	OpSp Span // the word `as`
	X    Expr
	T    *TypeExpr
}

func (e *TypeOfExpr) Span() Span { return e.Sp }
func (e *IsTypeExpr) Span() Span { return e.Sp }
func (e *AsExpr) Span() Span     { return e.Sp }

func (*TypeOfExpr) exprNode() {}
func (*IsTypeExpr) exprNode() {}
func (*AsExpr) exprNode()     {}
