package parser

import (
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// importStmt parses the four forms of Import (level2.md §11.4):
//
//	Import module "NAME"
//	Import module "NAME" as QUALIFIER
//	Import function "PROCESS" from module "NAME"
//	Import type "TYPE" from module "NAME"
func (p *parser) importStmt() ast.Stmt {
	start := p.next().Pos()
	s := &ast.ImportStmt{}
	str := func(what string) (string, ast.Span) {
		if p.kind(0) != lexer.String {
			p.unexpected(0, what)
		}
		t := p.next()
		v, _ := lexer.Unquote(t.Text(p.src))
		return v, t.Span()
	}
	switch {
	case p.word(0, "module"):
		p.next()
		s.Module, s.ModuleSp = str("the module name in quotes")
		if p.word(0, "as") {
			p.next()
			s.As = p.ident("a module qualifier")
		}
	case p.word(0, "function"), p.word(0, "type"):
		s.Kind = ast.ImportFunction
		if p.word(0, "type") {
			s.Kind = ast.ImportType
		}
		p.next()
		s.Member, s.MemberSp = str("the imported name in quotes")
		p.expectWord("from")
		p.expectWord("module")
		s.Module, s.ModuleSp = str("the module name in quotes")
	default:
		p.fail(p.span(0), diag.CodeSyntax, "write `Import module \"NAME\"`", "expected \"module\", \"function\" or \"type\" after \"Import\"")
	}
	p.endLine()
	s.Sp = p.from(start)
	return s
}

// prescanImports collects the qualifiers of the modules that the file
// imports with `Import module` at the start of a line, so that `Q.m` reads
// as one name, a process-valued one when m is a process (level2.md §11.4).
func (p *parser) prescanImports() {
	toks := p.toks
	word := func(j int, w string) bool {
		return j < len(toks) && toks[j].Kind == lexer.Word && toks[j].Text(p.src) == w
	}
	for i := 0; i+2 < len(toks); i++ {
		if i > 0 && toks[i-1].Kind != lexer.Newline || !word(i, "Import") || !word(i+1, "module") || toks[i+2].Kind != lexer.String {
			continue
		}
		q := (&ast.ImportStmt{})
		q.Module, _ = lexer.Unquote(toks[i+2].Text(p.src))
		if word(i+3, "as") && i+4 < len(toks) && toks[i+4].Kind == lexer.Word {
			q.As = &ast.Ident{Name: toks[i+4].Text(p.src)}
		}
		if p.modules == nil {
			p.modules = map[string]string{}
		}
		p.modules[q.Qualifier()] = q.Module
	}
}

// topImports returns the Import statements among the file's own statements.
func topImports(stmts []ast.Stmt) map[*ast.ImportStmt]bool {
	var m map[*ast.ImportStmt]bool
	for _, st := range stmts {
		if im, ok := st.(*ast.ImportStmt); ok {
			if m == nil {
				m = map[*ast.ImportStmt]bool{}
			}
			m[im] = true
		}
	}
	return m
}

// moduleParams are the member processes of the built-in modules with
// their parameter names (level2.md §11.4); TestBuiltinsMatchChecker keeps
// them equal to check.ModuleMembers.
var moduleParams = map[string][]string{
	"asyncio.sleep": {"seconds"},
	"math.abs":      {"x"},
	"math.ceil":     {"x"},
	"math.floor":    {"x"},
	"math.max":      {"a", "b"},
	"math.min":      {"a", "b"},
	"math.power":    {"base", "exponent"},
	"math.sqrt":     {"x"},
}

// builtinParams returns the parameter names of the builtin called name:
// a builtin, or `Q.m`, a member process of an imported built-in module.
func (p *parser) builtinParams(name string) ([]string, bool) {
	if params, ok := builtins[name]; ok {
		return params, true
	}
	q, m, ok := strings.Cut(name, ".")
	if !ok {
		return nil, false
	}
	module, ok := p.modules[q]
	if !ok {
		return nil, false
	}
	params, ok := moduleParams[module+"."+m]
	return params, ok
}

// params returns the parameter names of the builtin called name (nil when
// it is none).
func (p *parser) params(name string) []string {
	params, _ := p.builtinParams(name)
	return params
}

// qualified extends id to the module member name `Q.m` when id is the
// qualifier of an imported module followed by `.m` (level2.md §11.4), and
// to the qualified variant name `S.V` when id is a sum type with a variant
// V (level2.md §10.5).
func (p *parser) qualified(id *ast.Ident) *ast.Ident {
	if p.kind(0) != lexer.Dot || p.kind(1) != lexer.Word {
		return id
	}
	if _, ok := p.modules[id.Name]; !ok && !p.isVariant(id.Name, p.text(1)) {
		return id
	}
	p.next()
	t := p.next()
	return &ast.Ident{Sp: ast.Span{Start: id.Sp.Start, End: t.End()}, Name: id.Name + "." + t.Text(p.src)}
}

// importStmt reports an Import that is not at the top level of the file.
func (s *structure) importStmt(st *ast.ImportStmt) {
	if !s.topImports[st] {
		s.diags.Errorf(st.Sp, diag.CodeImportPlace, "", "Import must be at the top level")
	}
}
