package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// MaxDepth is the deepest nesting the parser accepts (spec §1): at most
// MaxDepth blocks inside one another, and an expression or written type
// inside at most MaxDepth enclosing brackets, argument values, list items
// and prefix operators. The first token past either limit gets one E113
// diagnostic and its statement is skipped, so no later pass ever recurses
// deeper than that.
const MaxDepth = 1000

// MaxHeight bounds the height of the syntax tree of one top-level
// statement. Long flat chains (`1 plus 1 plus …`, `x[0][0]…`) are not
// nesting in the source, but they build left-deep trees that every
// recursive pass (checker, formatter, code generator) descends: a chain of
// 100,000 terms is accepted; a statement whose tree is deeper than
// MaxHeight is one E113 diagnostic instead of a stack overflow later.
const MaxHeight = 200000

// enter descends one nesting level at the current token; past MaxDepth it
// reports E113 and abandons the statement. The outermost expression or
// type of a statement is level 0 (nest 1). The report is at the opening
// bracket when the level was opened by one, else at the current token.
// Every enter is paired with a leave on the normal path; stmt restores
// the level on bailout.
func (p *parser) enter() {
	p.nest++
	if p.nest > MaxDepth+1 {
		at := p.span(0)
		if p.pos > 0 {
			if t := p.toks[p.pos-1]; t.Kind == lexer.LParen || t.Kind == lexer.LBrack {
				at = t.Span()
			}
		}
		p.tooDeep(at)
	}
}

// leave ends the nesting level opened by the matching enter.
func (p *parser) leave() { p.nest-- }

// enterBlock checks the indentation depth after a block's Indent token was
// consumed: a block inside MaxDepth others is reported at its first token.
func (p *parser) enterBlock() {
	if p.depth > MaxDepth {
		p.tooDeep(p.toks[p.pos].Span())
	}
}

// tooDeep reports nesting past MaxDepth at sp and abandons the statement.
func (p *parser) tooDeep(sp ast.Span) {
	p.fail(sp, diag.CodeTooDeep, "split it up: give inner parts a name with Let, or move them into a process",
		"nesting is too deep: blocks, brackets and operators nest at most %d levels", MaxDepth)
}

// nodesPerToken bounds the levels of syntax tree that one token (or one
// synthetic node counted in parser.synth) can open: a statement of n such
// units is at most nodesPerToken·n levels high, so only a statement of
// more than MaxHeight/nodesPerToken units needs its height measured.
const nodesPerToken = 16

// checkHeight replaces every top-level statement of f whose syntax tree is
// deeper than MaxHeight by a BadStmt and reports E113 at the node where the
// limit is passed (the operator, for a binary chain). sizes[i] bounds the
// tree of f.Stmts[i] (parser.sizes); statements too small to pass the
// limit are not walked.
func checkHeight(f *ast.File, sizes []int, diags *diag.List) {
	for i, s := range f.Stmts {
		if i < len(sizes) && len(sizes) == len(f.Stmts) && sizes[i]*nodesPerToken < MaxHeight {
			continue
		}
		deep := ast.Deeper(s, MaxHeight)
		if deep == nil {
			continue
		}
		at := deep.Span()
		if b, ok := deep.(*ast.BinaryExpr); ok {
			at = b.OpSp
		}
		diags.Errorf(at, diag.CodeTooDeep, "split the expression: compute parts of it with Let statements",
			"expression is too long: its syntax tree is more than %d levels deep", MaxHeight)
		f.Stmts[i] = &ast.BadStmt{Sp: s.Span()}
	}
}
