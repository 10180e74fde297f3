package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// The inline conditional `If C Then A Otherwise B` (level2.md §8) becomes
// a Go if statement before its use: C is evaluated, then only the chosen
// branch (the statements a branch needs stay inside its Go block). Where
// the value goes decides what each branch does with it:
//
//	Let/Set v be If … : `var v T; if c { v = a } else { v = b }` (Set: the
//	                    assignments only);
//	Return If …       : `if c { return a } else { return b }`;
//	dropped value     : each branch evaluated as a statement;
//	any other use     : a temporary, `var choice T; if c { choice = a } …`,
//	                    read where the value is used.
//
// An Otherwise branch that is itself an inline If continues the chain as
// `else if`.

// inlineIf returns the inline If that e is (through parentheses), or nil.
func inlineIf(e ast.Expr) *ast.IfExpr {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		case *ast.IfExpr:
			return x
		default:
			return nil
		}
	}
}

// ifExpr emits an inline If used as a value: its if statement stores the
// chosen branch into a temporary of the If's type, which is the value.
func (f *fnGen) ifExpr(b *[]jen.Code, e *ast.IfExpr) *jen.Statement {
	t := f.typ(e)
	tmp := f.names.name("choice")
	*b = append(*b, jen.Var().Id(tmp).Add(f.g.goType(t)))
	f.branches(b, e, func(b *[]jen.Code, x ast.Expr) {
		v := f.convert(b, x, t)
		if isNullCode(v) {
			v = f.none(t)
		}
		*b = append(*b, jen.Id(tmp).Op("=").Add(v))
	})
	return jen.Id(tmp)
}

// branches emits `if C { use(A) } else { use(B) }` for e, where use emits
// the statements that take a branch's value; an Otherwise branch that is
// an inline If becomes `else if` (its condition's statements, if any, go
// in the else block).
func (f *fnGen) branches(b *[]jen.Code, e *ast.IfExpr, use func(b *[]jen.Code, x ast.Expr)) {
	cond := f.cond(b, e.Cond)
	var then []jen.Code
	use(&then, e.Then)
	// Each branch's lines and closing brace are the statement's (lined).
	st := jen.If(cond).Block(f.endAt(f.lined(f.pos, then), f.pos)...)
	var els []jen.Code
	if next := inlineIf(e.Else); next != nil {
		f.branches(&els, next, use)
	} else {
		use(&els, e.Else)
	}
	if len(els) == 1 && inlineIf(e.Else) != nil {
		st.Else().Add(els[0])
	} else {
		st.Else().Block(f.endAt(f.lined(f.pos, els), f.pos)...)
	}
	*b = append(*b, st)
}

// assignIf stores inline If e into v, declaring v first when define.
func (f *fnGen) assignIf(b *[]jen.Code, v *check.Var, e *ast.IfExpr, define bool) {
	if define {
		*b = append(*b, jen.Var().Id(f.varName(v)).Add(f.g.goType(v.Type())))
	}
	f.branches(b, e, func(b *[]jen.Code, x ast.Expr) {
		f.assignVar(b, v, x, false)
	})
}

// returnIf emits `Return If …` as a return in each branch.
func (f *fnGen) returnIf(b *[]jen.Code, s *ast.ReturnStmt, e *ast.IfExpr) {
	f.branches(b, e, func(b *[]jen.Code, x ast.Expr) {
		f.returnStmt(b, &ast.ReturnStmt{Sp: s.Sp, Value: x})
	})
}
