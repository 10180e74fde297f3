package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// functional types a compose, pipe, partial or curry form (level2.md
// §4.5) through what it means (FunctionalExpr.Lowered, Lambdas built by
// the parser): an applied Lambda whose parameters take the operands, so
// the operands' types flow into the calls the composed process makes and
// unify with its parameters and result. The operands are then checked
// for the shape the form needs.
func (c *checker) functional(e *ast.FunctionalExpr) Type {
	if e.Lowered == nil {
		return c.unbuiltForm(e)
	}
	c.asyncForm(e)
	t := c.expr(e.Lowered)
	outer := c.prog.Lambdas[e.Lowered.Fun.(*ast.ParenExpr).X.(*ast.LambdaLit)]
	if outer == nil {
		return t
	}
	for i, o := range e.Operands {
		if i >= len(outer.Params) {
			break
		}
		fn, ok := c.operandFunc(o)
		if !ok {
			fn, ok = outer.Params[i].Type().(*Func)
		}
		if !ok {
			if pt := outer.Params[i].Type(); pt != AnyType {
				c.errorf(o.Span(), CodeFunctionalForm, "", "%s needs a process, not %s", e.Word, pt)
			}
			continue
		}
		switch e.Kind {
		case ast.ComposeForm, ast.PipeForm:
			if fn.Kind != ast.PlainProc {
				c.errorf(o.Span(), CodeCollectionOp, "use an Async Lambda", "%s cannot use an async process", e.Word)
				continue
			}
			if len(fn.Params) != 1 {
				c.errorf(o.Span(), CodeCollectionOp, "", "%s needs a process that takes 1 parameter; %q takes %d", e.Word, operandName(o), len(fn.Params))
			}
		}
	}
	return t
}

// asyncForm makes the process that a partial or curry form of an async
// process gives async (level2.md §4.5: for curry, its last step): the
// Lambda of the form (e.Inner) becomes an Async Lambda that awaits the
// operand's call, so a call of it is an awaitable of the operand's result.
// The operand's kind is its declared one (a process, a variable holding a
// process, a parenthesised Lambda); it is decided before the form is
// typed, once.
func (c *checker) asyncForm(e *ast.FunctionalExpr) {
	if e.Kind != ast.PartialForm && e.Kind != ast.CurryForm || e.Inner == nil || e.Inner.Async || len(e.Operands) == 0 {
		return
	}
	fn, ok := c.operandFunc(e.Operands[0])
	if !ok || fn.Kind != ast.AsyncProc {
		return
	}
	ret, ok := e.Inner.Body.Stmts[0].(*ast.ReturnStmt)
	if !ok || ret.Value == nil {
		return
	}
	e.Inner.Async = true
	ret.Value = &ast.AwaitExpr{Sp: ret.Value.Span(), X: ret.Value}
}

// unbuiltForm reports a form whose meaning the parser could not build:
// its operand's parameters were not known (or do not fit the form).
func (c *checker) unbuiltForm(e *ast.FunctionalExpr) Type {
	var ot Type = AnyType
	for i, o := range e.Operands {
		t := c.expr(o)
		if i == 0 {
			ot = t
		}
	}
	for _, a := range e.Args {
		c.expr(a.Value)
	}
	fn, isFunc := ot.(*Func)
	o := e.Operands[0]
	switch {
	case e.Kind == ast.CurryForm && isFunc && len(fn.Params) == 0:
		c.errorf(o.Span(), CodeFunctionalForm, "", "curry needs a process with at least one parameter")
	case (e.Kind == ast.ComposeForm || e.Kind == ast.PipeForm) && len(e.Operands) < 2:
		c.errorf(e.Sp, CodeFunctionalForm, "", "%s needs at least two processes", e.Word)
	case e.Kind == ast.PartialForm && isFunc && !fn.NoNames:
		c.partialArgs(e, fn)
	case e.Kind == ast.PartialForm && isFunc && namedArg(e.Args):
		c.errorf(e.Sp, CodeNoParamNames, "", "%q has no parameter names here; pass its arguments in order", operandName(o))
	case e.Kind == ast.PartialForm && isFunc && len(e.Args) > len(fn.Params):
		c.errorf(e.Sp, CodeTooManyArgs, "", "%q takes %s, but %d were given", operandName(o), plural(len(fn.Params), "argument"), len(e.Args))
	case !isFunc && ot != AnyType:
		c.errorf(o.Span(), CodeFunctionalForm, "", "%s needs a process, not %s", e.Word, ot)
	default:
		c.unknownParams(o, e.Word)
	}
	return AnyType
}

// namedArg reports whether any of args is named.
func namedArg(args []*ast.Arg) bool {
	for _, a := range args {
		if a.Name != nil {
			return true
		}
	}
	return false
}

// partialArgs reports the fixed arguments of a partial form that do not
// fit its process's parameters.
func (c *checker) partialArgs(e *ast.FunctionalExpr, fn *Func) {
	name := operandName(e.Operands[0])
	pos := 0
	seen := map[int]bool{}
	for _, a := range e.Args {
		k := -1
		if a.Name == nil {
			k = pos
			pos++
			if k >= len(fn.Params) {
				c.errorf(e.Sp, CodeTooManyArgs, "", "%q takes %s, but %d were given", name, plural(len(fn.Params), "argument"), len(e.Args))
				return
			}
		} else {
			for j, q := range fn.Names {
				if q == a.Name.Name {
					k = j
				}
			}
			if k < 0 {
				c.errorf(a.Name.Sp, CodeUnknownArg, "", "unknown named argument %q for %q", a.Name.Name, name)
				return
			}
		}
		if seen[k] {
			c.errorf(a.Value.Span(), CodeArgTwice, "", "argument %q of %q is given twice", fn.Names[k], name)
			return
		}
		seen[k] = true
	}
	c.unknownParams(e.Operands[0], e.Word)
}

// unknownParams reports an operand of a partial or curry form whose
// parameters are not known where the form is written: the form is built
// while parsing (level2.md §2.3, §4.5), from a process, a Lambda or a
// process-valued name.
func (c *checker) unknownParams(o ast.Expr, word string) {
	c.errorf(o.Span(), CodeFunctionalForm, "bind it with Let to a process, a Lambda or a form, or annotate the parameter with a function type",
		"%s needs a process whose parameters are known where it is written; those of %q are not", word, operandName(o))
}

// operandFunc returns the process type of an operand that names a
// process or a variable holding one, or is a parenthesised Lambda: the
// operand's own type (the parameter it is passed to may have widened).
func (c *checker) operandFunc(o ast.Expr) (*Func, bool) {
	for {
		p, ok := o.(*ast.ParenExpr)
		if !ok {
			break
		}
		o = p.X
	}
	switch o := o.(type) {
	case *ast.Ident:
		if v := c.lookupVar(o.Name); v != nil {
			fn, ok := v.Type().(*Func)
			return fn, ok
		}
		if p, ok := c.procs[c.key(o.Name)]; ok && p.Func != nil {
			if g := c.genCalls[o]; g != nil {
				return g.fn, true // a generic process's instantiation here
			}
			return p.Func, true
		}
	case *ast.LambdaLit:
		if p := c.prog.Lambdas[o]; p != nil && p.Func != nil {
			return p.Func, true
		}
	}
	return nil, false
}

// operandName is the name of an operand for diagnostics.
func operandName(o ast.Expr) string {
	for {
		p, ok := o.(*ast.ParenExpr)
		if !ok {
			break
		}
		o = p.X
	}
	switch o := o.(type) {
	case *ast.Ident:
		return o.Name
	case *ast.LambdaLit:
		return "lambda"
	}
	return "this process"
}

// formWords are the words that start compose, pipe, partial and curry
// forms where no declared name has their spelling (level2.md §4.5).
var formWords = map[string]bool{"compose": true, "pipe": true, "partial": true, "Partial": true, "curry": true}

// hidesForm warns when a declaration named like one of the form words
// hides that form in its scope (level2.md §4.5, §15).
func (c *checker) hidesForm(sp ast.Span, name string) {
	if formWords[name] {
		c.diags.Warnf(sp, "W311", "", "%q hides the builtin form %s", name, name)
	}
}
