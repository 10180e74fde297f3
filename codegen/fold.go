package codegen

import (
	"math"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
)

// constant is a folded numeric constant with Runa's run-time semantics
// (64-bit wrapping integers, IEEE floats rounded at every step). Go would
// fold literal arithmetic exactly, so `0.1 plus 0.2` must be folded here.
type constant struct {
	isFloat bool
	i       int64
	f       float64
}

func (c constant) float() float64 {
	if c.isFloat {
		return c.f
	}
	return float64(c.i)
}

// fold evaluates e when it is literal arithmetic (plus, minus, multiplied
// by, unary minus over Integer and Float literals).
func fold(e ast.Expr) (constant, bool) {
	switch e := e.(type) {
	case *ast.ParenExpr:
		return fold(e.X)
	case *ast.BasicLit:
		switch e.Kind {
		case ast.IntLit:
			return constant{i: e.Int}, true
		case ast.FloatLit:
			return constant{isFloat: true, f: e.Float}, true
		}
	case *ast.UnaryExpr:
		if e.Op != ast.OpNeg {
			return constant{}, false
		}
		x, ok := fold(e.X)
		if !ok {
			return constant{}, false
		}
		if x.isFloat {
			return constant{isFloat: true, f: -x.f}, true
		}
		return constant{i: -x.i}, true
	case *ast.BinaryExpr:
		if e.Op != ast.OpPlus && e.Op != ast.OpMinus && e.Op != ast.OpMul {
			return constant{}, false
		}
		x, ok1 := fold(e.X)
		y, ok2 := fold(e.Y)
		if !ok1 || !ok2 {
			return constant{}, false
		}
		if x.isFloat || y.isFloat {
			a, b := x.float(), y.float()
			switch e.Op {
			case ast.OpPlus:
				return constant{isFloat: true, f: a + b}, true
			case ast.OpMinus:
				return constant{isFloat: true, f: a - b}, true
			}
			return constant{isFloat: true, f: a * b}, true
		}
		switch e.Op {
		case ast.OpPlus:
			return constant{i: x.i + y.i}, true
		case ast.OpMinus:
			return constant{i: x.i - y.i}, true
		}
		return constant{i: x.i * y.i}, true
	}
	return constant{}, false
}

// code is the Go literal of c.
func (c constant) code() *jen.Statement {
	if c.isFloat && c.f == 0 && math.Signbit(c.f) {
		return negZero()
	}
	if c.isFloat {
		return jen.Lit(c.f)
	}
	return jen.Lit(int(c.i))
}

// foldBool evaluates and/or/not over Boolean literals.
func foldBool(e ast.Expr) (bool, bool) {
	switch e := e.(type) {
	case *ast.ParenExpr:
		return foldBool(e.X)
	case *ast.BasicLit:
		return e.Bool, e.Kind == ast.BoolLit
	case *ast.UnaryExpr:
		if e.Op == ast.OpNot {
			v, ok := foldBool(e.X)
			return !v, ok
		}
	case *ast.BinaryExpr:
		if e.Op == ast.OpAnd || e.Op == ast.OpOr {
			x, ok1 := foldBool(e.X)
			y, ok2 := foldBool(e.Y)
			if ok1 && ok2 {
				if e.Op == ast.OpAnd {
					return x && y, true
				}
				return x || y, true
			}
		}
		return foldCompare(e)
	}
	return false, false
}

// foldCompare evaluates a comparison of two numeric constants.
func foldCompare(e *ast.BinaryExpr) (bool, bool) {
	switch e.Op {
	case ast.OpEq, ast.OpNe, ast.OpGt, ast.OpLt, ast.OpGe, ast.OpLe:
	default:
		return false, false
	}
	if xs, ok := e.X.(*ast.BasicLit); ok && xs.Kind == ast.StringLit {
		if ys, ok := e.Y.(*ast.BasicLit); ok && ys.Kind == ast.StringLit {
			c := strings.Compare(xs.Str, ys.Str)
			return cmpResult(e.Op, c), true
		}
	}
	x, ok1 := fold(e.X)
	y, ok2 := fold(e.Y)
	if !ok1 || !ok2 {
		return false, false
	}
	var c int
	if x.isFloat || y.isFloat {
		a, b := x.float(), y.float()
		switch {
		case a < b:
			c = -1
		case a > b:
			c = 1
		case a != b: // NaN
			return e.Op == ast.OpNe, true
		}
	} else {
		switch {
		case x.i < y.i:
			c = -1
		case x.i > y.i:
			c = 1
		}
	}
	return cmpResult(e.Op, c), true
}

func cmpResult(op ast.BinaryOp, c int) bool {
	switch op {
	case ast.OpEq:
		return c == 0
	case ast.OpNe:
		return c != 0
	case ast.OpGt:
		return c > 0
	case ast.OpLt:
		return c < 0
	case ast.OpGe:
		return c >= 0
	}
	return c <= 0
}
