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

// foldMemo records the results of Fold and FoldBool on one operator node,
// so that a pass asking at every level of a tree (the code generator does)
// folds each node once: folding a whole tree is linear in its size. A
// tree is never changed after parsing, so a result never goes stale.
type foldMemo struct {
	num, boolean memoState
	c            Constant
	b            bool
}

type memoState uint8

const (
	unknown memoState = iota
	folds             // the node folds to a constant (held in the memo)
	noFold            // the node is not a constant
)

// memoOf returns the memo of an operator node, or nil for other nodes.
func memoOf(e Expr) *foldMemo {
	switch e := e.(type) {
	case *BinaryExpr:
		return &e.folded
	case *UnaryExpr:
		return &e.folded
	case *ParenExpr:
		return &e.folded
	}
	return nil
}

// Fold evaluates e when it is literal arithmetic (plus, minus, multiplied
// by, unary minus over Integer and Float literals). Results are memoised
// on the nodes, and the left spine of a chain is walked iteratively: Fold
// is linear in the size of e and does not recurse along chains.
func Fold(e Expr) (Constant, bool) {
	// Descend the unfolded operands that must be folded first, left spine
	// first, then fold them bottom-up.
	var pending []Expr
	for x := e; ; {
		m := memoOf(x)
		if m == nil || m.num != unknown {
			break
		}
		pending = append(pending, x)
		switch x := x.(type) {
		case *BinaryExpr:
			if x.Op != OpPlus && x.Op != OpMinus && x.Op != OpMul {
				m.num = noFold
			}
		case *UnaryExpr:
			if x.Op != OpNeg {
				m.num = noFold
			}
		}
		if m.num != unknown {
			break
		}
		switch x1 := x.(type) {
		case *BinaryExpr:
			x = x1.X
		case *UnaryExpr:
			x = x1.X
		case *ParenExpr:
			x = x1.X
		}
	}
	for i := len(pending) - 1; i >= 0; i-- {
		m := memoOf(pending[i])
		if m.num == unknown {
			m.c, m.num = foldNode(pending[i])
		}
	}
	return foldOne(e)
}

// foldOne is Fold for a leaf, or for a node whose operands are folded.
func foldOne(e Expr) (Constant, bool) {
	if m := memoOf(e); m != nil {
		if m.num == unknown {
			m.c, m.num = foldNode(e)
		}
		return m.c, m.num == folds
	}
	if e, ok := e.(*BasicLit); ok {
		switch e.Kind {
		case IntLit:
			return Constant{I: e.Int}, true
		case FloatLit:
			return Constant{IsFloat: true, F: e.Float}, true
		}
	}
	return Constant{}, false
}

// foldNode folds one operator node whose left operand is already folded
// (its right operand is folded here, through Fold).
func foldNode(e Expr) (Constant, memoState) {
	result := func(c Constant, ok bool) (Constant, memoState) {
		if ok {
			return c, folds
		}
		return Constant{}, noFold
	}
	switch e := e.(type) {
	case *ParenExpr:
		return result(foldOne(e.X))
	case *UnaryExpr:
		if e.Op != OpNeg {
			return Constant{}, noFold
		}
		x, ok := foldOne(e.X)
		if !ok {
			return Constant{}, noFold
		}
		if x.IsFloat {
			return Constant{IsFloat: true, F: -x.F}, folds
		}
		return Constant{I: -x.I}, folds
	case *BinaryExpr:
		if e.Op != OpPlus && e.Op != OpMinus && e.Op != OpMul {
			return Constant{}, noFold
		}
		x, ok1 := foldOne(e.X)
		if !ok1 {
			return Constant{}, noFold
		}
		y, ok2 := Fold(e.Y)
		if !ok2 {
			return Constant{}, noFold
		}
		if x.IsFloat || y.IsFloat {
			a, b := x.Float(), y.Float()
			switch e.Op {
			case OpPlus:
				return Constant{IsFloat: true, F: a + b}, folds
			case OpMinus:
				return Constant{IsFloat: true, F: a - b}, folds
			}
			return Constant{IsFloat: true, F: a * b}, folds
		}
		switch e.Op {
		case OpPlus:
			return Constant{I: x.I + y.I}, folds
		case OpMinus:
			return Constant{I: x.I - y.I}, folds
		}
		return Constant{I: x.I * y.I}, folds
	}
	return Constant{}, noFold
}

// FoldBool evaluates and/or/not over Boolean literals, and comparisons of
// numeric or string constants. Like Fold it is memoised and iterative
// along the left spine of a chain.
func FoldBool(e Expr) (bool, bool) {
	var pending []Expr
	for x := e; ; {
		m := memoOf(x)
		if m == nil || m.boolean != unknown {
			break
		}
		pending = append(pending, x)
		var next Expr
		switch x := x.(type) {
		case *BinaryExpr:
			if x.Op == OpAnd || x.Op == OpOr {
				next = x.X
			}
		case *UnaryExpr:
			if x.Op == OpNot {
				next = x.X
			}
		case *ParenExpr:
			next = x.X
		}
		if next == nil {
			break
		}
		x = next
	}
	for i := len(pending) - 1; i >= 0; i-- {
		m := memoOf(pending[i])
		if m.boolean == unknown {
			m.b, m.boolean = foldBoolNode(pending[i])
		}
	}
	return foldBoolOne(e)
}

// foldBoolOne is FoldBool for a leaf, or for a node whose left operand is
// folded.
func foldBoolOne(e Expr) (bool, bool) {
	if m := memoOf(e); m != nil {
		if m.boolean == unknown {
			m.b, m.boolean = foldBoolNode(e)
		}
		return m.b, m.boolean == folds
	}
	if e, ok := e.(*BasicLit); ok {
		return e.Bool, e.Kind == BoolLit
	}
	return false, false
}

// foldBoolNode folds one operator node for FoldBool.
func foldBoolNode(e Expr) (bool, memoState) {
	result := func(v, ok bool) (bool, memoState) {
		if ok {
			return v, folds
		}
		return false, noFold
	}
	switch e := e.(type) {
	case *ParenExpr:
		return result(foldBoolOne(e.X))
	case *UnaryExpr:
		if e.Op == OpNot {
			v, ok := foldBoolOne(e.X)
			return result(!v, ok)
		}
	case *BinaryExpr:
		if e.Op == OpAnd || e.Op == OpOr {
			x, ok1 := foldBoolOne(e.X)
			if !ok1 {
				return false, noFold
			}
			y, ok2 := FoldBool(e.Y)
			if !ok2 {
				return false, noFold
			}
			if e.Op == OpAnd {
				return x && y, folds
			}
			return x || y, folds
		}
		return result(foldCompare(e))
	}
	return false, noFold
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
