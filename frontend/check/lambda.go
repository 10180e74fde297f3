package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// lambda types a Lambda (level2.md §4): a process value whose parameters
// are typed by their annotations or by the calls made through the value
// (direct calls, and calls by the processes it is passed to), and whose
// result is the join of its Return values. Like a callback literal, it is
// a nested process whose free names are the enclosing process's.
func (c *checker) lambda(e *ast.LambdaLit) Type {
	p, ok := c.prog.Lambdas[e]
	if !ok {
		kind := ast.PlainProc
		if e.Async {
			kind = ast.AsyncProc
		}
		p = &Proc{Name: "lambda", Lambda: e, Kind: kind, Parent: c.proc, scope: map[string]*Var{}, calls: map[*Proc]bool{}}
		p.Result = c.newTVar("result of a Lambda", e.Sp.Start)
		c.params(p, e.Params)
		c.scanLocals(p, e.Body.Stmts, false)
		c.prog.Lambdas[e] = p
	}
	c.walkProc(p, e.Body.Stmts)
	return p.Func
}

// plainLambda reports whether the code being checked is the body of a
// plain (not Async) Lambda, where waiting is an error (level2.md §4.2).
func (c *checker) plainLambda() bool {
	return c.proc != nil && c.proc.Lambda != nil && c.proc.Kind == ast.PlainProc
}

// waitInLambda reports waiting (await, a waiting builtin, With over an
// async resource) in a plain Lambda at sp. It reports whether it did.
func (c *checker) waitInLambda(sp ast.Span) bool {
	if !c.plainLambda() {
		return false
	}
	c.errorf(sp, CodeWaitInLambda, `write "Async Lambda"`, "a plain Lambda cannot wait")
	return true
}

// readAtCreation reports whether v, read in a Lambda and owned by a process
// enclosing it (through Lambdas and Async For each bodies only), counts as
// read where the Lambda (or the Async For each) is written (level2.md
// §4.2, §11.1): c.assigned is then the set of variables set at that point. The variable that the Let or Set creating the Lambda
// assigns is exempt, so that a Lambda may call itself through it.
func (c *checker) readAtCreation(v *Var) bool {
	for p := c.proc; p != nil && (p.Lambda != nil || p.AsyncEach != nil); {
		p = p.Parent
		if p == v.Owner {
			for _, a := range c.assigning {
				if a == v {
					return false
				}
			}
			return true
		}
	}
	return false
}

// funcType converts a function type, `(A, B) -> R` or `Function[A, B, R]`
// (level2.md §4.4): a process type without parameter names whose cells
// are the annotation's (trusted). A result `Awaitable[R]` makes it the
// type of an Async process value giving R.
func (c *checker) funcType(t *ast.TypeExpr) *Func {
	fn := &Func{NoNames: true, Kind: ast.PlainProc}
	if len(t.Args) == 0 {
		fn.Result = &TVar{t: AnyType, fixed: true}
		return fn
	}
	n := len(t.Args) - 1
	for i, a := range t.Args[:n] {
		fn.Names = append(fn.Names, "argument "+itoa(i+1))
		fn.Params = append(fn.Params, &TVar{t: c.typeOf(a), fixed: true})
	}
	res := c.typeOf(t.Args[n])
	if aw, ok := res.(*Awaitable); ok {
		fn.Kind = ast.AsyncProc
		fn.Result = aw.Elem
		return fn
	}
	fn.Result = &TVar{t: res, fixed: true}
	return fn
}

// namedThroughFuncType reports a call with named arguments through a
// process type that has no parameter names (level2.md §4.4, §15); it
// reports whether it did (the arguments are then only typed).
func (c *checker) namedThroughFuncType(e *ast.CallExpr, fn *Func, info *Call, name string) bool {
	for _, a := range e.Args {
		if a.Name != nil {
			c.errorf(e.Sp, CodeNoParamNames, "", "%q has no parameter names here; pass its arguments in order", name)
			info.Args = make([]ast.Expr, len(fn.Params))
			c.args(e)
			return true
		}
	}
	return false
}
