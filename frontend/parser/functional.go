package parser

import (
	"strconv"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// compose, pipe, partial (also Partial) and curry (level2.md §4.5).
//
// The five words start these forms where an operand is expected, unless a
// declared name of that spelling is in scope. Operands are names (spaced
// process names included) or parenthesised expressions; the `with` between
// operands is not a call.
//
// The parser also builds what the form means from Lambdas (Lowered): an
// immediately applied Lambda whose parameters take the operands and the
// fixed arguments, evaluated once where the form is, and whose expression
// body is the Lambda the form gives. The checker types that and the code
// generator emits it; fmt prints the form as written.

// functionalForms maps each opening word to its form.
var functionalForms = map[string]ast.FuncForm{
	"compose": ast.ComposeForm,
	"pipe":    ast.PipeForm,
	"partial": ast.PartialForm,
	"Partial": ast.PartialForm,
	"curry":   ast.CurryForm,
}

// declared reports whether name is declared in scope (a variable or
// parameter of the scope, a global, or a process).
func (p *parser) declared(name string) bool {
	if _, ok := p.scopeVar(name); ok {
		return true
	}
	_, ok := p.procs[name]
	return ok
}

// functionalAhead reports whether a compose/pipe/partial/curry form starts
// at the cursor: the word, not a declared name.
func (p *parser) functionalAhead() bool {
	if p.kind(0) != lexer.Word {
		return false
	}
	_, ok := functionalForms[p.text(0)]
	return ok && !p.declared(p.text(0))
}

// functional parses a compose/pipe/partial/curry form at the cursor.
func (p *parser) functional() ast.Expr {
	t := p.next()
	e := &ast.FunctionalExpr{Word: t.Text(p.src), Kind: functionalForms[t.Text(p.src)]}
	p.enter()
	defer p.leave()
	first := p.funcOperand()
	e.Operands = append(e.Operands, first)
	switch e.Kind {
	case ast.ComposeForm, ast.PipeForm:
		if !p.word(0, "with") {
			p.unexpected(0, "\"with\" and the next process of "+e.Word)
		}
		for p.word(0, "with") && !p.namedArgAt(1) && !(p.ctx.reduce > 0 && p.word(1, "initial")) {
			p.next()
			e.Operands = append(e.Operands, p.funcOperand())
		}
	case ast.PartialForm:
		if !p.word(0, "with") {
			p.unexpected(0, "\"with\" and the fixed arguments of partial")
		}
		id, _ := first.(*ast.Ident)
		name := ""
		if id != nil {
			name = id.Name
		}
		holder := &ast.Ident{Sp: first.Span(), Name: name}
		call := p.withItems(holder, &openCall{name: name, arity: -1})
		e.Args = call.Args
	}
	e.Sp = sp(t.Pos(), p.prevEnd())
	p.lowerFunctional(e)
	return e
}

// funcOperand parses an operand of a form: a name or a parenthesised
// expression.
func (p *parser) funcOperand() ast.Expr {
	if p.kind(0) == lexer.LParen {
		return p.parenOrCallback()
	}
	if p.kind(0) != lexer.Word || !isName(p.text(0)) {
		p.unexpected(0, "a process name or a parenthesised expression")
	}
	if id := p.spacedName(); id != nil {
		return id
	}
	t := p.next()
	return &ast.Ident{Sp: t.Span(), Name: t.Text(p.src)}
}

// operandParams returns the parameter names of an operand when the
// parser knows them: a process, a process-valued variable whose bindings
// agree on the names, or a parenthesised Lambda. For a process-valued
// variable of known arity whose parameters have no names (a parameter of
// a process type, §4.4), the names are hidden ones, "_parameter_N", and
// positional is set: a Lambda over them must be called positionally.
func (p *parser) operandParams(x ast.Expr) (names []string, positional, ok bool) {
	for {
		px, ok := x.(*ast.ParenExpr)
		if !ok {
			break
		}
		x = px.X
	}
	switch x := x.(type) {
	case *ast.Ident:
		if v, ok := p.scopeVar(x.Name); ok {
			switch {
			case v.pv && v.named:
				return v.params, false, true
			case v.pv && v.arity >= 0:
				for k := range v.arity {
					names = append(names, "_parameter_"+strconv.Itoa(k+1))
				}
				return names, true, true
			}
			return nil, false, false
		}
		if params, ok := p.procs[x.Name]; ok {
			return params, false, true
		}
	case *ast.LambdaLit:
		for _, q := range x.Params {
			names = append(names, q.Name.Name)
		}
		return names, false, true
	}
	return nil, false, false
}

// lowerFunctional builds e.Lowered and e.Inner (see FunctionalExpr); it
// leaves them nil when the parameters the form needs are not known.
func (p *parser) lowerFunctional(e *ast.FunctionalExpr) {
	at := e.Sp
	id := func(name string) *ast.Ident { return &ast.Ident{Sp: at, Name: name} }
	call := func(f string, args ...ast.Expr) ast.Expr {
		c := &ast.CallExpr{Sp: at, Fun: id(f), Style: ast.PositionalCall}
		for _, a := range args {
			c.Args = append(c.Args, &ast.Arg{Value: a})
		}
		return c
	}
	unnamed := false // the operand's parameters have no names (operandParams)
	lambda := func(params []string, body ast.Expr) *ast.LambdaLit {
		l := &ast.LambdaLit{Sp: at, Expr: true, Positional: unnamed, Body: &ast.Block{Sp: at, Stmts: []ast.Stmt{&ast.ReturnStmt{Sp: at, Value: body}}}}
		for _, q := range params {
			l.Params = append(l.Params, &ast.Param{Name: id(q)})
		}
		return l
	}
	// The hidden names of the operands and fixed arguments: "_" is not how
	// a Runa name starts, so they cannot meet a name of the program.
	op := func(i int) string { return "_process_" + strconv.Itoa(i+1) }
	arg := func(i int) string { return "_argument_" + strconv.Itoa(i+1) }
	var hidden []string
	var values []ast.Expr
	for i, o := range e.Operands {
		hidden = append(hidden, op(i))
		values = append(values, o)
	}
	var inner *ast.LambdaLit
	switch e.Kind {
	case ast.ComposeForm, ast.PipeForm:
		n := len(e.Operands)
		if n < 2 {
			return
		}
		takes := n - 1 // the operand whose parameter the form takes
		if e.Kind == ast.PipeForm {
			takes = 0
		}
		param := "value"
		if names, positional, ok := p.operandParams(e.Operands[takes]); ok && !positional && len(names) == 1 {
			param = names[0]
		}
		var body ast.Expr = id(param)
		for k := 0; k < n; k++ {
			i := n - 1 - k // compose applies the last operand first
			if e.Kind == ast.PipeForm {
				i = k
			}
			body = call(op(i), body)
		}
		inner = lambda([]string{param}, body)
	case ast.PartialForm:
		names, positional, ok := p.operandParams(e.Operands[0])
		if !ok {
			return
		}
		unnamed = positional
		fixed := make([]ast.Expr, len(names))
		pos := 0
		for i, a := range e.Args {
			hidden = append(hidden, arg(i))
			values = append(values, a.Value)
			k := -1
			if a.Name == nil {
				k = pos
				pos++
			} else {
				for j, q := range names {
					if q == a.Name.Name {
						k = j
					}
				}
			}
			if k < 0 || k >= len(names) || fixed[k] != nil {
				return // the checker reports the arguments
			}
			fixed[k] = id(arg(i))
		}
		var rest []string
		var all []ast.Expr
		for j, q := range names {
			if fixed[j] != nil {
				all = append(all, fixed[j])
				continue
			}
			rest = append(rest, q)
			all = append(all, id(q))
		}
		inner = lambda(rest, call(op(0), all...))
	case ast.CurryForm:
		names, positional, ok := p.operandParams(e.Operands[0])
		if !ok || len(names) == 0 {
			return
		}
		unnamed = positional
		var all []ast.Expr
		for _, q := range names {
			all = append(all, id(q))
		}
		var body ast.Expr = call(op(0), all...)
		p.synth += len(names) // each step nests a Lambda, its Block and Return
		for j := len(names) - 1; j >= 0; j-- {
			l := lambda([]string{names[j]}, body)
			if inner == nil {
				inner = l
			}
			body = l
		}
		// The form gives the outermost Lambda; Inner is the last step.
		e.Inner = inner
		outer := lambda(hidden, body)
		e.Lowered = &ast.CallExpr{Sp: at, Fun: &ast.ParenExpr{Sp: at, X: outer}, Style: ast.PositionalCall}
		for _, v := range values {
			e.Lowered.Args = append(e.Lowered.Args, &ast.Arg{Value: v})
		}
		return
	}
	e.Inner = inner
	outer := lambda(hidden, inner)
	e.Lowered = &ast.CallExpr{Sp: at, Fun: &ast.ParenExpr{Sp: at, X: outer}, Style: ast.PositionalCall}
	for _, v := range values {
		e.Lowered.Args = append(e.Lowered.Args, &ast.Arg{Value: v})
	}
}
