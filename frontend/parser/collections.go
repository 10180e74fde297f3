package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// Map, Filter, Reduce and Sort (level2.md §5.1) and pipelines (§6).

// usingAhead reports whether the word `using` follows token i on the
// logical line, outside brackets: `Filter scores using passing` leaves
// out `over`.
func (p *parser) usingAhead(i int) bool { return p.wordAhead(i, "using") }

// wordAhead reports whether the word w follows token i on the logical
// line, outside brackets and before any `|>`.
func (p *parser) wordAhead(i int, w string) bool {
	return p.scanLine(p.pos+i, func(t lexer.Token, _, depth int) (bool, bool) {
		switch {
		case t.Kind == lexer.Pipe:
			return true, false
		case t.Kind == lexer.Word && depth == 0 && t.Text(p.src) == w:
			return true, true
		}
		return false, false
	})
}

// scanLine visits the tokens from index from to the end of the logical
// line with their bracket depth (a closing bracket of depth 0 ends the
// scan, false), until visit says done; it returns what visit found.
func (p *parser) scanLine(from int, visit func(t lexer.Token, j, depth int) (done, found bool)) bool {
	depth := 0
	for j := from; j < p.limit; j++ {
		t := p.toks[j]
		switch t.Kind {
		case lexer.Newline, lexer.EOF:
			return false
		case lexer.LParen, lexer.LBrack:
			depth++
			continue
		case lexer.RParen, lexer.RBrack:
			if depth == 0 {
				return false
			}
			depth--
			continue
		}
		if done, found := visit(t, j, depth); done {
			return found
		}
	}
	return false
}

// collection parses `Map|Filter|Reduce|Sort [over] L [using F] [with
// initial V]`; with stage set it parses a pipeline stage, where L is not
// written (it is the piped value).
func (p *parser) collection(piped ast.Expr) *ast.CollectionExpr {
	kw := p.next()
	e := &ast.CollectionExpr{OpSp: kw.Span(), Stage: piped != nil, List: piped}
	switch kw.Text(p.src) {
	case "Map":
		e.Op = ast.OpMap
	case "Filter":
		e.Op = ast.OpFilter
	case "Reduce":
		e.Op = ast.OpReduce
	default:
		e.Op = ast.OpSort
	}
	p.enter()
	defer p.leave()
	if piped != nil {
		if p.word(0, "over") {
			p.fail(p.span(0), diag.CodeSyntax, "write \"|> "+e.Op.String()+" using F\"", "a pipeline stage is written %q", e.Op.String()+" using F")
		}
	} else {
		if p.word(0, "over") {
			p.next()
			e.Over = true
		}
		e.List = p.collectionList()
		if p.word(0, "over") {
			p.fail(p.span(0), diag.CodeSyntax, "", "\"over\" comes before the list: write %q", e.Op.String()+" over L using F")
		}
	}
	end := p.prevEnd()
	if p.word(0, "using") {
		p.next()
		saved := p.ctx.reduce
		if e.Op == ast.OpReduce {
			p.ctx.reduce++
		}
		p.ctx.argDepth++
		e.Fn = p.expr()
		p.ctx.argDepth--
		p.ctx.reduce = saved
		end = e.Fn.Span().End
	} else if e.Op != ast.OpSort {
		p.fail(p.span(0), diag.CodeSyntax, "", "%s needs a process: write %q", e.Op.String(), e.Op.String()+" over L using F")
	}
	if e.Op == ast.OpReduce && p.words(0, "with", "initial") && !p.word(2, "as") {
		p.skip(2)
		p.ctx.argDepth++
		e.Initial = p.expr()
		p.ctx.argDepth--
		end = e.Initial.Span().End
	}
	e.Sp = sp(kw.Pos(), end)
	if piped != nil {
		e.Sp.Start = piped.Span().Start
	}
	if e.Fn != nil {
		at := e.Fn.Span()
		args := []*ast.Arg{{Value: &ast.ElemRef{Sp: at, Coll: e}}}
		if e.Op == ast.OpReduce {
			args = []*ast.Arg{{Value: &ast.ElemRef{Sp: at, Coll: e, Acc: true}}, args[0]}
		}
		e.Call = &ast.CallExpr{Sp: at, Fun: e.Fn, Style: ast.PositionalCall, Args: args}
	}
	return e
}

// collectionList parses the list operand of Map/Filter/Reduce/Sort: an
// expression that ends before `using` (it is no operator, so any
// expression stops there) and before `|>`.
func (p *parser) collectionList() ast.Expr {
	saved := p.ctx.noPipe
	p.ctx.noPipe = true
	x := p.expr()
	p.ctx.noPipe = saved
	return x
}

// pipeAllowed reports whether a `|>` at the cursor continues the
// expression being parsed: not inside an argument value, a Lambda body or
// an inline If's last branch, which end before it.
func (p *parser) pipeAllowed() bool { return p.ctx.argDepth == 0 && !p.ctx.noPipe }

// pipeline parses the stages after x: `|> STAGE {|> STAGE}`.
func (p *parser) pipeline(x ast.Expr) ast.Expr {
	pe := &ast.PipelineExpr{X: x}
	value := x
	for p.kind(0) == lexer.Pipe {
		p.next()
		p.enter()
		st := &ast.PipeStage{}
		start := p.tok(0).Pos()
		switch w := p.text(0); {
		case p.kind(0) == lexer.Word && (w == "Map" || w == "Filter" || w == "Reduce" || w == "Sort"):
			c := p.collection(value)
			st.Op = c
			value = c
		case p.kind(0) == lexer.LParen || p.word(0, "Lambda"):
			p.ctx.noPipe = true
			callee := p.postfixExpr()
			p.ctx.noPipe = false
			st.Callee = callee
			value = &ast.CallExpr{Sp: sp(value.Span().Start, callee.Span().End), Fun: callee, Style: ast.PositionalCall,
				Args: []*ast.Arg{{Value: value}}}
		case p.kind(0) == lexer.Word && isName(w) && p.word(1, "with"):
			// `NAME with ARGS`: the piped value is the first positional item.
			x := p.postfixExpr()
			call, ok := x.(*ast.CallExpr)
			if !ok || call.Style != ast.NamedCall {
				p.fail(x.Span(), diag.CodeSyntax, "", "expected a call of %q with its arguments after \"|>\"", w)
			}
			st.Callee = call.Fun
			call.Args = append([]*ast.Arg{{Value: value}}, call.Args...)
			call.Sp.Start = value.Span().Start
			st.Call = call
			value = call
		case p.kind(0) == lexer.Word && isName(w):
			t := p.next()
			id := &ast.Ident{Sp: t.Span(), Name: w}
			st.Callee = id
			args := []*ast.Arg{{Value: value}}
			end := id.Sp.End
			switch {
			case p.word(0, "using"):
				p.next()
				p.ctx.argDepth++
				u := p.expr()
				p.ctx.argDepth--
				st.Using = u
				args = append(args, &ast.Arg{Value: u})
				end = u.Span().End
			}
			value = &ast.CallExpr{Sp: sp(value.Span().Start, end), Fun: id, Style: ast.PositionalCall, Args: args}
		default:
			p.unexpected(0, "a pipeline stage (Map, Filter, Reduce, Sort, a process, a Lambda or a parenthesised expression)")
		}
		p.leave()
		st.Sp = sp(start, p.prevEnd())
		pe.Stages = append(pe.Stages, st)
	}
	pe.Value = value
	pe.Sp = sp(x.Span().Start, p.prevEnd())
	return pe
}
