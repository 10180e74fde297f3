package codegen

import (
	"math"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
)

// fold evaluates literal arithmetic with run-time semantics (ast.Fold).
func fold(e ast.Expr) (ast.Constant, bool) { return ast.Fold(e) }

// foldBool evaluates constant Boolean expressions (ast.FoldBool).
func foldBool(e ast.Expr) (bool, bool) { return ast.FoldBool(e) }

// constCode is the Go literal of a folded constant.
func constCode(c ast.Constant) *jen.Statement {
	if c.IsFloat && c.F == 0 && math.Signbit(c.F) {
		return negZero()
	}
	if c.IsFloat {
		return jen.Lit(c.F)
	}
	return jen.Lit(int(c.I))
}
