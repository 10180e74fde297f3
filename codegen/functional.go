package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/codegen/lower"
	"github.com/runa2go/runa2go/frontend/ast"
)

// functional emits a compose, pipe, partial or curry form (level2.md
// §4.5). Its Lowered form applies a Lambda to the operands and fixed
// arguments; that Lambda only gives the Lambda of the form, so it is
// emitted as a Go function literal called in place, whose parameters
// hold the operands (evaluated once, here):
//
//	func(process1, process2 rt.Proc[…]) rt.Proc[…] {
//		return rt.NewLambda(func(ctx context.Context, x int64) (int64, error) {…})
//	}(triple, addTen)
func (f *fnGen) functional(b *[]jen.Code, e *ast.FunctionalExpr) *jen.Statement {
	if e.Lowered == nil {
		return noneValue() // reported by the checker
	}
	outer, _ := e.Lowered.Fun.(*ast.ParenExpr).X.(*ast.LambdaLit)
	p := f.g.p.Lambdas[outer]
	body := outer.BodyExpr()
	if p == nil || body == nil || len(p.Params) != len(e.Lowered.Args) {
		return f.expr(b, e.Lowered)
	}
	values := make([]ast.Expr, len(e.Lowered.Args))
	for i, a := range e.Lowered.Args {
		values[i] = a.Value
	}
	args := f.inOrder(b, values, func(int) string { return "operand" }, func(b *[]jen.Code, i int) *jen.Statement {
		return f.convert(b, values[i], p.Params[i].Type())
	})
	cf := f.g.newFn(p, f)
	cf.promises = f.promises
	cf.lastLine = f.lastLine
	params := f.g.groupParams(cf, p.Params)
	var pre []jen.Code
	made := cf.expr(&pre, body)
	f.lastLine = cf.lastLine
	if len(pre) > 0 {
		return f.expr(b, e.Lowered) // not a plain Lambda: the general call
	}
	codes := make([]jen.Code, len(args))
	for i, a := range args {
		codes[i] = a
	}
	res := lower.ValueType(p.Result.Type())
	return jen.Func().Params(params...).Add(f.g.goType(res)).Block(jen.Return(made)).Call(codes...)
}
