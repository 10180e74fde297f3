package ast

import (
	"strings"
)

// Constant is a folded numeric constant with Runa's run-time semantics
// (64-bit wrapping integers, IEEE floats rounded at every step). Go would
// fold literal arithmetic exactly, so `0.1 plus 0.2` must be folded here.
type Constant struct {
	IsFloat bool
	I       int64
	F       float64
}

// Float is c as a Float.
func (c Constant) Float() float64 {
	if c.IsFloat {
		return c.F
	}
	return float64(c.I)
}

// Fold evaluates e when it is literal arithmetic (plus, minus, multiplied
// by, unary minus over Integer and Float literals).
func Fold(e Expr) (Constant, bool) {
	switch e := e.(type) {
	case *ParenExpr:
		return Fold(e.X)
	case *BasicLit:
		switch e.Kind {
		case IntLit:
			return Constant{I: e.Int}, true
		case FloatLit:
			return Constant{IsFloat: true, F: e.Float}, true
		}
	case *UnaryExpr:
		if e.Op != OpNeg {
			return Constant{}, false
		}
		x, ok := Fold(e.X)
		if !ok {
			return Constant{}, false
		}
		if x.IsFloat {
			return Constant{IsFloat: true, F: -x.F}, true
		}
		return Constant{I: -x.I}, true
	case *BinaryExpr:
		if e.Op != OpPlus && e.Op != OpMinus && e.Op != OpMul {
			return Constant{}, false
		}
		x, ok1 := Fold(e.X)
		y, ok2 := Fold(e.Y)
		if !ok1 || !ok2 {
			return Constant{}, false
		}
		if x.IsFloat || y.IsFloat {
			a, b := x.Float(), y.Float()
			switch e.Op {
			case OpPlus:
				return Constant{IsFloat: true, F: a + b}, true
			case OpMinus:
				return Constant{IsFloat: true, F: a - b}, true
			}
			return Constant{IsFloat: true, F: a * b}, true
		}
		switch e.Op {
		case OpPlus:
			return Constant{I: x.I + y.I}, true
		case OpMinus:
			return Constant{I: x.I - y.I}, true
		}
		return Constant{I: x.I * y.I}, true
	}
	return Constant{}, false
}

// FoldBool evaluates and/or/not over Boolean literals.
func FoldBool(e Expr) (bool, bool) {
	switch e := e.(type) {
	case *ParenExpr:
		return FoldBool(e.X)
	case *BasicLit:
		return e.Bool, e.Kind == BoolLit
	case *UnaryExpr:
		if e.Op == OpNot {
			v, ok := FoldBool(e.X)
			return !v, ok
		}
	case *BinaryExpr:
		if e.Op == OpAnd || e.Op == OpOr {
			x, ok1 := FoldBool(e.X)
			y, ok2 := FoldBool(e.Y)
			if ok1 && ok2 {
				if e.Op == OpAnd {
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
func foldCompare(e *BinaryExpr) (bool, bool) {
	switch e.Op {
	case OpEq, OpNe, OpGt, OpLt, OpGe, OpLe:
	default:
		return false, false
	}
	if xs, ok := e.X.(*BasicLit); ok && xs.Kind == StringLit {
		if ys, ok := e.Y.(*BasicLit); ok && ys.Kind == StringLit {
			c := strings.Compare(xs.Str, ys.Str)
			return cmpResult(e.Op, c), true
		}
	}
	x, ok1 := Fold(e.X)
	y, ok2 := Fold(e.Y)
	if !ok1 || !ok2 {
		return false, false
	}
	var c int
	if x.IsFloat || y.IsFloat {
		a, b := x.Float(), y.Float()
		switch {
		case a < b:
			c = -1
		case a > b:
			c = 1
		case a != b: // NaN
			return e.Op == OpNe, true
		}
	} else {
		switch {
		case x.I < y.I:
			c = -1
		case x.I > y.I:
			c = 1
		}
	}
	return cmpResult(e.Op, c), true
}

func cmpResult(op BinaryOp, c int) bool {
	switch op {
	case OpEq:
		return c == 0
	case OpNe:
		return c != 0
	case OpGt:
		return c > 0
	case OpLt:
		return c < 0
	case OpGe:
		return c >= 0
	}
	return c <= 0
}
