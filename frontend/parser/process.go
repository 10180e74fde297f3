package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// procDecl parses a process definition (spec §7):
//
//	[Async | Async Generator | Async Context Manager] Process called "NAME"
//	    [that takes PARAMS] [returns TYPE]:
//
// PARAMS are joined by `and` or `,`; each is `name`, `name as TYPE` or
// `name (TYPE)`; `that takes:` declares none.
func (p *parser) procDecl() ast.Stmt {
	start := p.tok(0).Pos()
	s := &ast.ProcDecl{Kind: ast.PlainProc}
	if p.word(0, "Memoized") {
		// level2.md §4.6; `Memoized Async Process` is the checker's error.
		p.next()
		s.Memoized = true
	}
	if p.word(0, "Async") {
		p.next()
		s.Kind = ast.AsyncProc
		switch {
		case p.word(0, "Generator"):
			p.next()
			s.Kind = ast.AsyncGeneratorProc
		case p.words(0, "Context", "Manager"):
			p.skip(2)
			s.Kind = ast.AsyncContextManagerProc
		case p.word(0, "Memoized") && !s.Memoized:
			p.next()
			s.Memoized = true
		}
	}
	p.expectWord("Process")
	if p.kind(0) == lexer.LBrack {
		s.TypeParams = p.typeParamList()
	}
	p.expectWord("called")
	if p.kind(0) != lexer.String {
		p.fail(p.span(0), diag.CodeSyntax, "write the name as a string: Process called \"name\"", "expected the process name as a string literal after \"called\"")
	}
	lit := p.next()
	key := p.pos - 1
	name, _ := lexer.Unquote(lit.Text(p.src))
	s.Name, s.NameSp = CallableName(name), lit.Span()
	switch {
	case !isIdentifier(s.Name):
		p.errorf(s.NameSp, diag.CodeSyntax, "use letters, digits, spaces and \"_\", starting with a letter: Process called \"fetch data\" is called as fetch_data",
			"process name %q can never be called: its callable form %q is not a name", name, s.Name)
	case !isName(s.Name):
		p.errorf(s.NameSp, diag.CodeSyntax, "choose another name", "%q is a reserved word and cannot be used as a process name", s.Name)
	}
	if p.kind(0) == lexer.LBrack && s.TypeParams == nil {
		s.TypeParams = p.typeParamList()
	}
	p.withTypeParams(s.TypeParams, func() { p.procRest(s, start, key) })
	return s
}

// procRest parses a process header after its name (and type parameters),
// and its body; key is the token index of the name, the body's scope key.
func (p *parser) procRest(s *ast.ProcDecl, start ast.Pos, key int) {
	if p.words(0, "that", "takes") {
		p.skip(2)
		if p.kind(0) != lexer.Colon && !p.word(0, "returns") && !p.atEOL(0) {
			for {
				s.Params = append(s.Params, p.param())
				if p.kind(0) == lexer.Comma || p.word(0, "and") {
					p.next()
					continue
				}
				break
			}
		}
	}
	if p.word(0, "returns") {
		p.next()
		s.Result = p.typeExpr()
	}
	s.Sp = p.from(start)
	saved := p.scope
	p.scope = key
	s.Body = p.headerBlock("Process")
	p.scope = saved
}

// param parses `name`, `name as TYPE` or `name (TYPE)`.
func (p *parser) param() *ast.Param {
	pr := &ast.Param{Name: p.ident("a parameter name")}
	switch {
	case p.word(0, "as"):
		p.next()
		pr.Type = p.typeExpr()
	case p.kind(0) == lexer.LParen:
		p.next()
		pr.Type = p.typeExpr()
		p.expect(lexer.RParen, "\")\"")
	}
	return pr
}
