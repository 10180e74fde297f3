package format

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// stmts prints a statement list at indentation level indent. limit is the
// source line where the code after the list starts (for comment placement);
// top is set for the file's own statements.
func (p *printer) stmts(list []ast.Stmt, indent, limit int, top bool) error {
	saved := p.indent
	p.indent = indent
	p.first = true
	defer func() { p.indent = saved }()
	for i, s := range list {
		next := limit
		if i+1 < len(list) {
			next = list[i+1].Span().Start.Line
		}
		decl := false
		switch s.(type) {
		case *ast.ProcDecl, *ast.TypeDecl:
			decl = top
		}
		if decl && !p.first {
			p.flushComments(s.Span().Start.Line, 0, indent)
			if !p.lastWasComment() {
				p.forceBlank = true
			}
		}
		if err := p.stmt(s, next); err != nil {
			return err
		}
		if decl {
			p.forceBlank = true
		}
	}
	return nil
}

// lastWasComment reports whether the last printed line is an own-line comment.
func (p *printer) lastWasComment() bool {
	s := p.out.String()
	s = s[:len(s)-min(1, len(s))]
	i := len(s) - 1
	for i >= 0 && s[i] != '\n' {
		i--
	}
	line := s[i+1:]
	for len(line) > 0 && line[0] == ' ' {
		line = line[1:]
	}
	return len(line) > 0 && line[0] == '#'
}

// block prints b one level deeper than the current line.
func (p *printer) block(b *ast.Block, limit int) error {
	if b == nil {
		return nil
	}
	indent := p.indent + 1
	if err := p.stmts(b.Stmts, indent, limit, false); err != nil {
		return err
	}
	if len(b.Stmts) > 0 {
		p.flushComments(limit, b.Stmts[0].Span().Start.Col, indent)
	}
	return nil
}

// finish ends a statement line that covers source lines up to l (or up to
// the block of a block-taking expression on it).
func (p *printer) finish(l int) error {
	if p.pending != nil {
		l = p.pendLine - 1
	}
	return p.end(l)
}

func (p *printer) stmt(s ast.Stmt, next int) error {
	start, end := s.Span().Start.Line, s.Span().End.Line
	switch s := s.(type) {
	case *ast.Unsupported:
		p.flushComments(start, 0, p.indent)
		p.blankBefore(start)
		p.first = false
		p.verbatim(start, end)
		return nil
	case *ast.BadStmt:
		return errBad
	case *ast.IfStmt:
		for i, c := range s.Clauses {
			p.begin(c.Sp.Start.Line)
			switch {
			case i == 0:
				p.w("If ")
				p.expr(c.Cond)
			case c.Cond != nil:
				p.w("Otherwise if ")
				p.expr(c.Cond)
			default:
				p.w("Otherwise")
			}
			p.w(":")
			if err := p.finish(c.Sp.End.Line); err != nil {
				return err
			}
			lim := next
			if i+1 < len(s.Clauses) {
				lim = s.Clauses[i+1].Sp.Start.Line
			}
			if err := p.block(c.Body, lim); err != nil {
				return err
			}
		}
		return nil
	case *ast.WhileStmt:
		p.begin(start)
		p.w("While ")
		p.expr(s.Cond)
		return p.header(s.Body, next)
	case *ast.ForEachStmt:
		p.begin(start)
		p.w("For each ", p.name(s.Var), " in ")
		p.expr(s.Iter)
		return p.header(s.Body, next)
	case *ast.AsyncForEachStmt:
		p.begin(start)
		p.w("Async For each ", p.name(s.Var), " in ")
		p.expr(s.Iter)
		return p.header(s.Body, next)
	case *ast.MainStmt:
		p.begin(start)
		p.w("When main is called")
		return p.header(s.Body, next)
	case *ast.MatchStmt:
		p.begin(start)
		p.w("Match ")
		p.expr(s.Subject)
		p.w(":")
		if err := p.finish(s.Subject.Span().End.Line); err != nil {
			return err
		}
		saved := p.indent
		p.indent++
		p.first = true
		for i, a := range s.Arms {
			p.begin(a.Sp.Start.Line)
			p.w("When ")
			p.pattern(a.Pattern)
			if a.Guard != nil {
				p.w(" If ")
				p.expr(a.Guard)
			}
			p.w(":")
			if err := p.finish(a.Sp.End.Line); err != nil {
				return err
			}
			lim := next
			if i+1 < len(s.Arms) {
				lim = s.Arms[i+1].Sp.Start.Line
			}
			if err := p.block(a.Body, lim); err != nil {
				return err
			}
		}
		p.indent = saved
		return nil
	case *ast.TryStmt:
		p.begin(start)
		p.w("Try")
		lim := next
		switch {
		case s.CatchName != nil:
			lim = s.CatchName.Sp.Start.Line
		case s.Finally != nil:
			lim = s.Finally.Sp.Start.Line - 1
		}
		if err := p.header(s.Body, lim); err != nil {
			return err
		}
		if s.CatchName != nil {
			p.begin(s.CatchName.Sp.Start.Line)
			p.w("Catch ", p.name(s.CatchName))
			lim := next
			if s.Finally != nil {
				lim = s.Finally.Sp.Start.Line - 1
			}
			if err := p.header(s.Catch, lim); err != nil {
				return err
			}
		}
		if s.Finally != nil {
			l := s.Finally.Sp.Start.Line - 1
			if len(s.Finally.Stmts) == 0 {
				l = s.Finally.Sp.Start.Line
			}
			p.begin(l)
			p.w("Finally")
			return p.header(s.Finally, next)
		}
		return nil
	case *ast.WithStmt:
		p.begin(start)
		p.w("With ")
		p.expr(s.Manager)
		if s.Binding != nil {
			p.w(" as ", s.Binding.Name)
		}
		return p.header(s.Body, next)
	case *ast.TypeDecl:
		p.begin(start)
		p.w("Type ", s.Name.Name)
		p.typeParams(s.Params)
		if s.Variants != nil {
			p.w(" is")
			return p.variants(s)
		}
		p.w(" is ")
		if s.Alias != nil {
			p.typ(s.Alias)
			return p.finish(end)
		}
		p.w("Dictionary with:")
		if err := p.end(s.Name.Sp.Start.Line); err != nil {
			return err
		}
		p.indent++
		p.first = true
		for _, f := range s.Fields {
			p.begin(f.Name.Sp.Start.Line)
			p.w(f.Name.Name, " as ")
			p.typ(f.Type)
			if err := p.end(f.Type.Sp.End.Line); err != nil {
				return err
			}
		}
		p.indent--
		return nil
	case *ast.ProcDecl:
		p.begin(start)
		if s.Memoized {
			p.w("Memoized ")
		}
		switch s.Kind {
		case ast.AsyncProc:
			p.w("Async ")
		case ast.AsyncGeneratorProc:
			p.w("Async Generator ")
		case ast.AsyncContextManagerProc:
			p.w("Async Context Manager ")
		}
		name := p.srcText(s.NameSp)
		if name == "" {
			name = `"` + s.Name + `"`
		}
		p.w("Process called ", name)
		p.typeParams(s.TypeParams)
		if len(s.Params) > 0 {
			p.w(" that takes ")
			p.params(s.Params, " and ")
		}
		if s.Result != nil {
			p.w(" returns ")
			p.typ(s.Result)
		}
		p.w(":")
		if err := p.end(s.Sp.End.Line); err != nil {
			return err
		}
		return p.block(s.Body, next)
	}
	// Single-line statements (possibly ending in an expression's block).
	p.begin(start)
	switch s := s.(type) {
	case *ast.LetStmt:
		p.w("Let ", p.name(s.Name))
		if s.Type != nil {
			p.w(" as ")
			p.typ(s.Type)
		}
		p.w(" be ")
		p.expr(s.Value)
	case *ast.SetStmt:
		p.w("Set ")
		p.expr(s.Target)
		p.w(" to ")
		p.expr(s.Value)
	case *ast.BreakStmt:
		p.w("Break")
	case *ast.NoopStmt:
		p.w("Noop")
	case *ast.ImportStmt:
		p.importStmt(s)
	case *ast.ContinueStmt:
		p.w("Continue")
	case *ast.ReturnStmt:
		p.w("Return")
		if s.Value != nil {
			p.w(" ")
			p.expr(s.Value)
		}
	case *ast.DisplayStmt:
		p.w("Display ")
		for i, v := range s.Values {
			switch l := s.Label(i); {
			case l != nil:
				p.w(" with ", l.Name, " as ")
			case i > 0:
				p.w(" with message ")
			}
			p.expr(v)
		}
	case *ast.AddStmt:
		p.w("Add ")
		p.expr(s.Value)
		p.w(" to ")
		p.expr(s.Target)
	case *ast.RemoveStmt:
		p.w("Remove ")
		p.expr(s.Value)
		p.w(" from ")
		p.expr(s.Target)
	case *ast.ThrowStmt:
		p.w("Throw ")
		p.expr(s.Value)
	case *ast.YieldStmt:
		p.w("Yield ")
		p.expr(s.Value)
	case *ast.ResolveStmt:
		p.w("Resolve with ")
		p.expr(s.Value)
	case *ast.RejectStmt:
		p.w("Reject with ")
		p.expr(s.Value)
	case *ast.ExprStmt:
		p.expr(s.X)
	}
	if p.bad {
		return errBad
	}
	return p.finish(end)
}

// header ends a block header line with ':' and prints its block.
func (p *printer) header(b *ast.Block, next int) error {
	p.w(":")
	if p.bad {
		return errBad
	}
	l := p.curStart
	if b != nil && len(b.Stmts) > 0 {
		l = b.Stmts[0].Span().Start.Line - 1
	}
	if err := p.finish(l); err != nil {
		return err
	}
	return p.block(b, next)
}

func (p *printer) params(ps []*ast.Param, sep string) {
	for i, pr := range ps {
		if i > 0 {
			p.w(sep)
		}
		p.w(p.name(pr.Name))
		if pr.Type != nil {
			p.w(" as ")
			p.typ(pr.Type)
		}
	}
}

func (p *printer) typ(t *ast.TypeExpr) {
	if t.Lit != nil {
		p.w(t.Lit.Raw)
		return
	}
	if t.Or {
		// A OR B (level2.md §10.1)
		for i, a := range t.Args {
			if i > 0 {
				p.w(" OR ")
			}
			p.typ(a)
		}
		return
	}
	if t.Arrow && len(t.Args) > 0 {
		// (A, B) -> R (level2.md §4.4)
		n := len(t.Args) - 1
		p.w("(")
		for i, a := range t.Args[:n] {
			if i > 0 {
				p.w(", ")
			}
			p.typ(a)
		}
		p.w(") -> ")
		p.typ(t.Args[n])
		return
	}
	p.w(t.Name)
	if len(t.Args) > 0 {
		p.w("[")
		for i, a := range t.Args {
			if i > 0 {
				p.w(", ")
			}
			p.typ(a)
		}
		p.w("]")
	}
}

func (p *printer) pattern(pt ast.Pattern) {
	switch pt := pt.(type) {
	case *ast.LiteralPattern:
		p.expr(pt.Value)
	case *ast.WildcardPattern:
		p.w("_")
	case *ast.BindPattern:
		p.w(p.name(pt.Name))
	default:
		p.pattern2(pt)
	}
}
