package format

import (
	"strconv"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
)

// setPending registers the block of a block-taking expression, which
// starts at source line line, to print after the current line.
func (p *printer) setPending(line int, f func() error) {
	p.pending = f
	p.pendLine = line
}

// blockLines prints n expression-block lines one level deeper; line(i) writes
// line i's text and returns its first and last source lines.
func (p *printer) blockLines(n int, first func(i int) int, line func(i int), last func(i int) int) error {
	p.indent++
	p.first = true
	defer func() { p.indent-- }()
	for i := 0; i < n; i++ {
		p.begin(first(i))
		line(i)
		if p.bad {
			return errBad
		}
		if err := p.finish(last(i)); err != nil {
			return err
		}
	}
	return nil
}

// blockForm reports whether a construct starting at start whose first item
// starts at item was written in block form (items on the following lines).
func (p *printer) blockForm(start, item ast.Pos) bool {
	if item.Line <= start.Line || item.Line > len(p.lines) {
		return false
	}
	before := runeSlice(p.lines[item.Line-1], 0, item.Col-1)
	return strings.TrimSpace(before) == ""
}

func (p *printer) expr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Ident:
		p.w(p.name(e))
	case *ast.BasicLit:
		switch e.Kind {
		case ast.BoolLit:
			p.w(strconv.FormatBool(e.Bool))
		case ast.NoneLit:
			p.w("None")
		default:
			p.w(e.Raw)
		}
	case *ast.ListLit:
		if e.Empty {
			p.w("empty list")
			break
		}
		p.w("list containing")
		if e.ItemLines && len(e.Items) > 0 {
			items := e.Items
			p.setPending(items[0].Span().Start.Line, func() error {
				return p.blockLines(len(items),
					func(i int) int { return items[i].Span().Start.Line },
					func(i int) { p.expr(items[i]) },
					func(i int) int { return items[i].Span().End.Line })
			})
			break
		}
		for i, x := range e.Items {
			if i > 0 {
				p.w(",")
			}
			p.w(" ")
			p.expr(x)
		}
	case *ast.DictLit:
		p.dict(e)
	case *ast.RecordLit:
		if e.Inline {
			p.w(e.Type.Name)
			p.typeArgs(e.TypeArgs)
			p.w(" with")
			for i, f := range e.Fields {
				if i > 0 {
					p.w(" and")
				}
				p.w(" ", f.Name.Name, " as ")
				p.expr(f.Value)
			}
			return
		}
		p.w(e.Type.Name)
		p.typeArgs(e.TypeArgs)
		p.w(" with:")
		fields := e.Fields
		p.setPending(firstLine(len(fields), func() int { return fields[0].Name.Sp.Start.Line }, e.Sp.End.Line), func() error {
			return p.blockLines(len(fields),
				func(i int) int { return fields[i].Name.Sp.Start.Line },
				func(i int) {
					p.w(fields[i].Name.Name, " as ")
					p.expr(fields[i].Value)
				},
				func(i int) int { return fields[i].Value.Span().End.Line })
		})
	case *ast.IndexExpr:
		p.expr(e.X)
		if e.AtIndex {
			p.w(" at index ")
			p.expr(e.Index)
			break
		}
		p.w("[")
		p.expr(e.Index)
		p.w("]")
	case *ast.TypeOfExpr:
		p.w("type of ")
		p.expr(e.X)
	case *ast.IsTypeExpr:
		p.expr(e.X)
		if e.Not {
			p.w(" is not of type ")
		} else {
			p.w(" is of type ")
		}
		p.operandType(e.T)
	case *ast.AsExpr:
		p.expr(e.X)
		p.w(" as ")
		p.operandType(e.T)
	case *ast.StringOpExpr:
		p.expr(e.X)
		p.w(" ", e.Op.String())
		switch e.Op {
		case ast.OpSplitBy, ast.OpSubstring:
			p.w(" ")
			p.expr(e.Args[0])
			if e.Args[1] != nil {
				if e.Op == ast.OpSplitBy {
					p.w(" with limit ")
				} else {
					p.w(" to ")
				}
				p.expr(e.Args[1])
			}
		}
	case *ast.CollectionExpr:
		p.collection(e)
	case *ast.PipelineExpr:
		p.pipeline(e)
	case *ast.IndexOfExpr:
		p.w("index of ")
		p.expr(e.V)
		p.w(" in ")
		p.expr(e.L)
	case *ast.MemberExpr:
		p.expr(e.X)
		p.w(".", e.Name.Name)
	case *ast.CallExpr:
		p.call(e)
	case *ast.BinaryExpr:
		p.expr(e.X)
		if e.Op == ast.OpWithAdded {
			p.w(" with ")
			p.expr(e.Y)
			p.w(" added")
			break
		}
		p.w(" ", e.Op.String(), " ")
		p.expr(e.Y)
	case *ast.UnaryExpr:
		switch e.Op {
		case ast.OpNeg:
			p.w("-")
		case ast.OpNot:
			p.w("not ")
		case ast.OpCopyOf:
			p.w("copy of ")
		default:
			p.w("length of ")
		}
		p.expr(e.X)
	case *ast.IsNoneExpr:
		p.expr(e.X)
		if e.Not {
			p.w(" is not None")
		} else {
			p.w(" is None")
		}
	case *ast.IsWordExpr:
		p.expr(e.X)
		if e.Not {
			p.w(" is not ", e.Word.Name)
		} else {
			p.w(" is ", e.Word.Name)
		}
	case *ast.AwaitExpr:
		p.w("await ")
		p.expr(e.X)
	case *ast.EachExpr:
		if e.Kind == ast.RaceEach {
			p.w("race_await")
		} else {
			p.w("parallel_await")
		}
		p.w(" for each ", p.name(e.Var), " in ")
		p.expr(e.Iter)
		p.w(":")
		body := e.Body
		p.setPending(body.Span().Start.Line, func() error {
			return p.blockLines(1,
				func(int) int { return body.Span().Start.Line },
				func(int) { p.expr(body) },
				func(int) int { return body.Span().End.Line })
		})
	case *ast.NewAwaitable:
		p.w("new awaitable that resolves when:")
		p.stmtBlock(e.Body)
	case *ast.CallbackLit:
		p.w("(")
		p.params(e.Params, ", ")
		p.w("):")
		p.stmtBlock(e.Body)
	case *ast.LambdaLit:
		p.lambda(e)
	case *ast.FunctionalExpr:
		p.functional(e)
	case *ast.ParenExpr:
		if ie, ok := e.X.(*ast.IfExpr); ok && ie.Sp.Start.Line > e.Sp.Start.Line {
			p.ifBlock(ie)
			return
		}
		p.w("(")
		p.expr(e.X)
		p.w(")")
	case *ast.IfExpr:
		p.inlineIf(e)
	default:
		p.bad = true
	}
}

// stmtBlock registers a statement block owned by an expression.
func (p *printer) stmtBlock(b *ast.Block) {
	line := b.Sp.Start.Line
	if len(b.Stmts) > 0 {
		line = b.Stmts[0].Span().Start.Line
	}
	p.setPending(line, func() error { return p.block(b, b.Sp.End.Line+1) })
}

func firstLine(n int, first func() int, fallback int) int {
	if n == 0 {
		return fallback
	}
	return first()
}

func (p *printer) call(e *ast.CallExpr) {
	switch e.Style {
	case ast.PositionalCall, ast.MethodCall:
		p.expr(e.Fun)
		p.w("(")
		for i, a := range e.Args {
			if i > 0 {
				p.w(", ")
			}
			p.expr(a.Value)
		}
		p.w(")")
		return
	}
	p.expr(e.Fun)
	p.w(" with")
	args := e.Args
	if len(args) == 0 {
		return
	}
	if args[0].Name != nil && p.blockForm(e.Sp.Start, args[0].Name.Sp.Start) {
		p.w(":")
		p.setPending(args[0].Name.Sp.Start.Line, func() error {
			return p.blockLines(len(args),
				func(i int) int { return args[i].Name.Sp.Start.Line },
				func(i int) {
					p.w(p.name(args[i].Name), " as ")
					p.expr(args[i].Value)
				},
				func(i int) int { return args[i].Value.Span().End.Line })
		})
		return
	}
	for i, a := range args {
		if i > 0 {
			p.w(" and")
		}
		if a.Name == nil {
			// A positional item (Level 2 §3.1).
			p.w(" ")
			p.expr(a.Value)
			continue
		}
		p.w(" ", p.name(a.Name), " as ")
		p.expr(a.Value)
	}
}

// dictKey is a dictionary key as written (a string literal or a word).
func (p *printer) dictKey(en *ast.DictEntry) string {
	if k := p.srcText(en.KeySp); k != "" {
		return k
	}
	return strconv.Quote(en.Key)
}

func (p *printer) dict(e *ast.DictLit) {
	ents := e.Entries
	if len(ents) == 0 {
		p.w("dictionary with")
		return
	}
	if p.blockForm(e.Sp.Start, ents[0].KeySp.Start) {
		p.w("dictionary with:")
		p.setPending(ents[0].KeySp.Start.Line, func() error {
			return p.blockLines(len(ents),
				func(i int) int { return ents[i].KeySp.Start.Line },
				func(i int) {
					p.w(p.dictKey(ents[i]), " as ")
					p.expr(ents[i].Value)
				},
				func(i int) int { return ents[i].Value.Span().End.Line })
		})
		return
	}
	p.w("dictionary with:")
	for i, en := range ents {
		if i > 0 {
			p.w(",")
		}
		p.w(" ", p.dictKey(en), " as ")
		p.expr(en.Value)
	}
}

// lambda prints `Lambda PARAMS: E` or `Lambda PARAMS:` + its block
// (level2.md §4.1); parameters are joined with "and".
func (p *printer) lambda(e *ast.LambdaLit) {
	if e.Async {
		p.w("Async ")
	}
	p.w("Lambda")
	if len(e.Params) > 0 {
		p.w(" ")
		p.params(e.Params, " and ")
	}
	p.w(":")
	if x := e.BodyExpr(); x != nil {
		p.w(" ")
		p.expr(x)
		return
	}
	p.stmtBlock(e.Body)
}

// collection prints Map/Filter/Reduce/Sort; a pipeline stage without its
// (piped) list.
func (p *printer) collection(e *ast.CollectionExpr) {
	p.w(e.Op.String())
	if !e.Stage {
		if e.Over {
			p.w(" over")
		}
		p.w(" ")
		p.expr(e.List)
	}
	if e.Fn != nil {
		p.w(" using ")
		p.expr(e.Fn)
	}
	if e.Initial != nil {
		p.w(" with initial ")
		p.expr(e.Initial)
	}
}

// pipeline prints a pipeline (level2.md §6) on one line, or, when it was
// written over several lines (continuation lines starting with `|>`, or
// lines ending with it), with one continuation line per stage, each
// starting with `|>`.
func (p *printer) pipeline(e *ast.PipelineExpr) {
	p.expr(e.X)
	stages := e.Stages
	split := false
	for _, st := range stages {
		if st.Sp.Start.Line > e.X.Span().End.Line {
			split = true
		}
	}
	if !split || p.pending != nil {
		for _, st := range stages {
			p.w(" |> ")
			p.stage(st)
		}
		return
	}
	p.setPending(stages[0].Sp.Start.Line, func() error {
		return p.blockLines(len(stages),
			func(i int) int { return stages[i].Sp.Start.Line },
			func(i int) {
				p.w("|> ")
				p.stage(stages[i])
			},
			func(i int) int { return stages[i].Sp.End.Line })
	})
}

// stage prints one pipeline stage as written.
func (p *printer) stage(st *ast.PipeStage) {
	switch {
	case st.Op != nil:
		p.collection(st.Op)
	case st.Call != nil:
		// The call as written: without the piped first item.
		written := *st.Call
		written.Args = st.Call.Args[1:]
		p.call(&written)
	default:
		p.expr(st.Callee)
		if st.Using != nil {
			p.w(" using ")
			p.expr(st.Using)
		}
	}
}
