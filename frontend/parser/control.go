package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
)

// headerExpr parses the expression of a block header: its final ':'
// belongs to the statement.
func (p *parser) headerExpr() ast.Expr {
	saved := p.ctx
	p.ctx = ctx{header: true}
	x := p.expr()
	p.ctx = saved
	return x
}

// ifStmt parses `If C:` with its `Otherwise if C:` (or `Otherwise If`) and
// `Otherwise:` clauses.
func (p *parser) ifStmt() ast.Stmt {
	ifSp := p.span(0)
	start := p.next().Pos()
	s := &ast.IfStmt{}
	cl := &ast.IfClause{Cond: p.headerExpr()}
	if p.word(0, "Then") {
		p.inlineIfStmt(ifSp)
	}
	cl.Sp = p.from(start)
	cl.Body = p.headerBlock("If")
	s.Clauses = append(s.Clauses, cl)
	for p.word(0, "Otherwise") {
		cstart := p.next().Pos()
		cl := &ast.IfClause{}
		if p.word(0, "if") || p.word(0, "If") {
			ifSp := p.next().Span()
			cl.Cond = p.headerExpr()
			if p.word(0, "Then") {
				p.inlineIfStmt(ifSp)
			}
			cl.Sp = p.from(cstart)
			cl.Body = p.headerBlock("Otherwise if")
			s.Clauses = append(s.Clauses, cl)
			continue
		}
		cl.Sp = p.from(cstart)
		cl.Body = p.headerBlock("Otherwise")
		s.Clauses = append(s.Clauses, cl)
		break
	}
	s.Sp = p.from(start)
	return s
}

// whileStmt parses `While C:`.
func (p *parser) whileStmt() ast.Stmt {
	start := p.next().Pos()
	s := &ast.WhileStmt{Cond: p.headerExpr()}
	s.Body = p.headerBlock("While")
	s.Sp = p.from(start)
	return s
}

// forEachStmt parses `For each NAME in E:`.
func (p *parser) forEachStmt() ast.Stmt {
	start := p.next().Pos()
	p.expectWord("each")
	s := &ast.ForEachStmt{Var: p.ident("a loop variable name")}
	p.expectWord("in")
	s.Iter = p.headerExpr()
	s.Body = p.headerBlock("For each")
	s.Sp = p.from(start)
	return s
}

// jumpStmt parses `Break` and `Continue`.
func (p *parser) jumpStmt() ast.Stmt {
	t := p.next()
	p.endLine()
	if t.Text(p.src) == "Break" {
		return &ast.BreakStmt{Sp: t.Span()}
	}
	return &ast.ContinueStmt{Sp: t.Span()}
}

// returnStmt parses `Return` and `Return E`.
func (p *parser) returnStmt() ast.Stmt {
	start := p.next().Pos()
	s := &ast.ReturnStmt{}
	if !p.atEOL(0) {
		s.Value = p.expr()
	}
	p.endLine()
	s.Sp = p.from(start)
	return s
}

// addStmt parses `Add E to TARGET`.
func (p *parser) addStmt() ast.Stmt {
	start := p.next().Pos()
	s := &ast.AddStmt{Value: p.expr()}
	if p.lineEnded {
		p.fail(p.span(0), diag.CodeSyntax, "", "expected \"to\" after the value of \"Add\"")
	}
	p.expectWord("to")
	s.Target = p.expr()
	p.endLine()
	s.Sp = p.from(start)
	return s
}

// removeStmt parses `Remove E from TARGET`.
func (p *parser) removeStmt() ast.Stmt {
	start := p.next().Pos()
	s := &ast.RemoveStmt{Value: p.expr()}
	if p.lineEnded {
		p.fail(p.span(0), diag.CodeSyntax, "", "expected \"from\" after the value of \"Remove\"")
	}
	p.expectWord("from")
	s.Target = p.expr()
	p.endLine()
	s.Sp = p.from(start)
	return s
}

// throwStmt parses `Throw E`.
func (p *parser) throwStmt() ast.Stmt {
	start := p.next().Pos()
	s := &ast.ThrowStmt{Value: p.expr()}
	p.endLine()
	s.Sp = p.from(start)
	return s
}

// yieldStmt parses `Yield E`.
func (p *parser) yieldStmt() ast.Stmt {
	start := p.next().Pos()
	s := &ast.YieldStmt{Value: p.expr()}
	p.endLine()
	s.Sp = p.from(start)
	return s
}

// settleStmt parses `Resolve with E` and `Reject with E`.
func (p *parser) settleStmt() ast.Stmt {
	t := p.next()
	start := t.Pos()
	p.expectWord("with")
	v := p.expr()
	p.endLine()
	if t.Text(p.src) == "Resolve" {
		return &ast.ResolveStmt{Sp: p.from(start), Value: v}
	}
	return &ast.RejectStmt{Sp: p.from(start), Value: v}
}
