// Package parser turns Runa source into an ast.File (spec §1–§4, §7, §8).
//
// The parser is recursive descent over the tokens of frontend/lexer, with
// precedence climbing for the operators of spec §4.2. Multi-word phrase
// operators (`is greater than or equal to`, `followed by`, …) are matched
// over word tokens, longest first.
//
// Before parsing, a first pass (prescan.go) collects every process of the
// program with its parameter names and every record type name: inside an
// argument value, `NAME with` starts a nested call only when NAME is such a
// process or a builtin (spec §4.3), and `TypeName with:` is a record literal.
//
// Errors never cascade: a statement that fails to parse is reported once
// and skipped together with its block. Level 2 constructs (spec Appendix A)
// become ast.Unsupported statements without a diagnostic; the checker
// reports them. The structural pass (structure.go) then reports Break,
// Continue, Yield, Resolve, Reject and Return where they are not allowed.
package parser

import (
	"strconv"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// merged reports whether t is a multi-word name merged into one token.
func (p *parser) merged(t lexer.Token) bool { return int(t.Off) >= p.srcLen }

// ParseFile parses src (the contents of filename) and returns the syntax
// tree with every problem found. The tree is usable even with errors
// (bad parts become BadStmt/BadExpr nodes). ParseFile never panics and
// runs in time linear in the size of src.
func ParseFile(filename string, src []byte) (*ast.File, diag.List) {
	return ParseFileAt(filename, src, 0)
}

// ParseFileAt is ParseFile with every line number raised by base: the
// files of a program of several modules are parsed at distinct bases so
// that a position names one place in the whole program, as go/token's
// file set does (see ast.File.Base).
func ParseFileAt(filename string, src []byte, base int) (*ast.File, diag.List) {
	return ParseImporting(filename, src, base, nil)
}

// ParseImporting is ParseFileAt for a file that imports other files of
// its program: im are their names as this file uses them.
func ParseImporting(filename string, src []byte, base int, im *Imported) (*ast.File, diag.List) {
	lx := lexer.Lex(src)
	if base != 0 {
		lx.Shift(base)
	}
	if d := dialectMarker(string(src), lx.Tokens); d != nil && !hasCode(lx.Diags, diag.CodeEncoding) {
		return &ast.File{Name: filename, Base: base, Comments: lx.Comments, EndPos: lx.EndPos}, diag.List{d}
	}
	text, toks, names := mergeNames(string(src), lx.Tokens)
	p := &parser{
		src:    text,
		srcLen: len(src),
		toks:   toks,
		diags:  lx.Diags,
	}
	p.multi = names
	p.limit = len(p.toks) - 1
	p.prescan()
	p.addImported(im)
	p.prescanImports()
	p.prescanVars()
	p.prescanSums()
	p.scope = globalScope
	f := &ast.File{Name: filename, Base: base, Comments: lx.Comments, EndPos: lx.EndPos}
	f.Stmts = p.stmtList(true)
	checkHeight(f, p.sizes, &p.diags)
	checkStructure(f, &p.diags)
	return f, p.diags
}

// ctx is the expression context, saved and restored around nested parts.
type ctx struct {
	// argDepth > 0 while parsing an argument value (not in parentheses).
	argDepth int
	// calls are the named calls whose argument lists are open in the
	// current flat context, innermost last (spec §4.3 ownership rule).
	calls []*openCall
	// header is set while parsing a block header: its final ':' belongs to
	// the statement, never to a block-taking expression.
	header bool
	// reduce > 0 while the process of an open Reduce is read: `with
	// initial` (not followed by `as`) ends it (level2.md §12.2 rule 6).
	reduce int
	// noPipe is set where an expression ends before `|>` although no
	// argument is open (a Lambda body, an inline If's last branch).
	noPipe bool
	// positional is set while parsing a positional argument: a top-level
	// `and` ends it (Level 2 §12.2 rule 5).
	positional bool
}

type parser struct {
	// src is the text the tokens are read from: the source, followed by
	// the canonical forms of the multi-word names (names.go) from srcLen.
	src    string
	srcLen int
	toks   []lexer.Token
	pos    int
	limit  int // index of the first token treated as the end of the line (stop)
	diags  diag.List

	depth int // Indent tokens consumed minus Dedent tokens consumed
	nest  int // expression and type nesting levels open (depth.go)

	// lineEnded is set when a block-taking expression consumed its block:
	// the logical line is then complete (limit == pos) and needs no Newline.
	lineEnded bool
	// multi are the multi-word names declared in the file, by first word
	// (names.go).
	multi map[string][][]string
	// itemLines > 0 inside the item lines of a `list containing` (and the
	// blocks of its items), where a `,` ending a line is ignored
	// (level2.md §5.3).
	itemLines int

	ctx ctx

	// sizes bound the syntax tree of each top-level statement, in order:
	// the tokens it spans plus the synthetic nodes built for it (synth
	// counts those, see depth.go).
	sizes []int
	synth int

	procs   map[string][]string // callable name → parameter names
	records map[string]bool     // record type names (variants included)
	sums    map[string][]string // sum type → its variant names (sumscan.go)
	modules map[string]string   // qualifier → name of the imported modules (import.go)
	// importedTypes are the type names of imported files (imports.go).
	importedTypes map[string]bool
	// paramTypes are the tokens of each process's parameter types (lo is
	// 0 for a parameter written without one); aliases those of each
	// `Type NAME is …` (prescan.go, functype.go).
	paramTypes map[string][]tokRange
	aliases    map[string]tokRange

	typeNames   map[string]bool // declared type and variant names (typeops.go)
	typeParams  map[string]bool // the type parameters in scope (typeops.go)
	upperOrOnly bool            // after `as`: only `OR` joins type members

	pvars      map[int]map[string]pvar // scope → its variables (pvars.go)
	fieldNames map[string][]string     // record type → its field names (pvars.go)
	scope      int                     // the scope being parsed: globalScope or a process's key
	spaced     map[string][][]string   // first word → the words of spaced process names (spaced.go)
}

// stop is the pseudo kind of every token at or past the limit.
const stop = lexer.Kind(255)

// bailout aborts the current statement after a reported error.
type bailout struct{}

// level2 aborts the current statement: it is a Level 2 construct.
type level2 struct {
	construct string
	at        ast.Span
}

func (p *parser) kind(i int) lexer.Kind {
	j := p.pos + i
	if j >= p.limit {
		if j == p.limit && p.toks[j].Kind == lexer.EOF {
			return lexer.EOF
		}
		return stop
	}
	return p.toks[j].Kind
}

func (p *parser) tok(i int) lexer.Token {
	j := p.pos + i
	if j >= len(p.toks) {
		j = len(p.toks) - 1
	}
	return p.toks[j]
}

func (p *parser) text(i int) string {
	if p.kind(i) == stop {
		return ""
	}
	return p.tok(i).Text(p.src)
}

// word reports whether token i is the word w.
func (p *parser) word(i int, w string) bool {
	j := p.pos + i
	if j >= p.limit {
		return false
	}
	t := &p.toks[j]
	return t.Kind == lexer.Word && int(t.EndOff-t.Off) == len(w) && p.src[t.Off:t.EndOff] == w
}

// words reports whether the tokens from i on are the words ws.
func (p *parser) words(i int, ws ...string) bool {
	for k, w := range ws {
		if !p.word(i+k, w) {
			return false
		}
	}
	return true
}

func (p *parser) next() lexer.Token {
	t := p.toks[p.pos]
	switch t.Kind {
	case lexer.EOF:
		return t
	case lexer.Indent:
		p.depth++
	case lexer.Dedent:
		p.depth--
	}
	p.pos++
	return t
}

// skip consumes n tokens.
func (p *parser) skip(n int) {
	for ; n > 0; n-- {
		p.next()
	}
}

// atEOL reports whether token i ends the logical line.
func (p *parser) atEOL(i int) bool {
	switch p.kind(i) {
	case lexer.Newline, lexer.EOF, stop:
		return true
	}
	return false
}

func (p *parser) span(i int) ast.Span { return p.tok(i).Span() }

// prevEnd is the end of the last consumed token.
func (p *parser) prevEnd() ast.Pos {
	for j := p.pos - 1; j >= 0; j-- {
		switch p.toks[j].Kind {
		case lexer.Newline, lexer.Indent, lexer.Dedent:
			continue
		}
		return p.toks[j].End()
	}
	return ast.Pos{Line: 1, Col: 1}
}

func (p *parser) from(start ast.Pos) ast.Span { return ast.Span{Start: start, End: p.prevEnd()} }

func (p *parser) errorf(sp ast.Span, code, hint, format string, args ...any) {
	p.diags.Errorf(sp, code, hint, format, args...)
}

// fail reports an error and abandons the current statement.
func (p *parser) fail(sp ast.Span, code, hint, format string, args ...any) {
	p.errorf(sp, code, hint, format, args...)
	panic(bailout{})
}

// describe names token i for a diagnostic.
func (p *parser) describe(i int) string {
	switch k := p.kind(i); k {
	case lexer.Word:
		return strconv.Quote(p.text(i))
	case lexer.Int, lexer.Float, lexer.String:
		return k.String() + " " + p.text(i)
	case stop:
		return "end of line"
	default:
		return k.String()
	}
}

// unexpected reports token i as unexpected and abandons the statement. It
// first recognises what a stray token may reveal: a Level 2 pipeline or
// `with … added`, or the RunaLang `of type` suffix.
func (p *parser) unexpected(i int, want string) {
	switch {
	case p.kind(i) == lexer.Illegal:
		panic(bailout{}) // already reported by the lexer
	case p.kind(i) == lexer.Pipe:
		panic(level2{"pipeline (|>)", p.span(i)})
	case p.unknownName(i):
		panic(bailout{})
	case p.words(i, "of", "type"):
		p.dialect(p.tok(i).Span(), "the \"of type\" suffix",
			"annotate instead: \"Let x as Integer be 5\" or \"Let x (Integer) be 5\"")
	case p.word(i, "with") && p.lineHasWord(i+1, "added"):
		panic(level2{"\"with … added\"", p.span(i)})
	}
	if want != "" {
		want = ", expected " + want
	}
	p.fail(p.span(i), diag.CodeSyntax, "", "unexpected %s%s", p.describe(i), want)
}

// lineHasWord reports whether the word w occurs from token i to the end of
// the logical line.
func (p *parser) lineHasWord(i int, w string) bool {
	for j := p.pos + i; j < p.limit; j++ {
		t := p.toks[j]
		if t.Kind == lexer.Newline || t.Kind == lexer.EOF {
			return false
		}
		if t.Kind == lexer.Word && t.Text(p.src) == w {
			return true
		}
	}
	return false
}

// dialect reports RunaLang syntax and abandons the statement.
func (p *parser) dialect(sp ast.Span, what, hint string) {
	p.fail(sp, diag.CodeDialect, hint, "%s belongs to a different Runa dialect (RunaLang), which runa2go does not accept", what)
}

// expect consumes a token of kind k or fails.
func (p *parser) expect(k lexer.Kind, want string) lexer.Token {
	if p.kind(0) != k {
		p.unexpected(0, want)
	}
	return p.next()
}

// expectWord consumes the word w or fails.
func (p *parser) expectWord(w string) lexer.Token {
	if !p.word(0, w) {
		p.unexpected(0, strconv.Quote(w))
	}
	return p.next()
}

// ident consumes a name that is not a reserved word.
func (p *parser) ident(what string) *ast.Ident {
	if p.kind(0) != lexer.Word {
		p.unexpected(0, what)
	}
	t := p.tok(0)
	name := t.Text(p.src)
	if !isName(name) {
		p.fail(t.Span(), diag.CodeSyntax, "choose another name", "%q is a reserved word and cannot be used as %s", name, what)
	}
	p.next()
	return &ast.Ident{Sp: t.Span(), Name: name}
}

// anyWord consumes any word (a field name or dictionary key may be a keyword).
func (p *parser) anyWord(what string) *ast.Ident {
	if p.kind(0) != lexer.Word {
		p.unexpected(0, what)
	}
	t := p.next()
	return &ast.Ident{Sp: t.Span(), Name: t.Text(p.src)}
}

// endLine finishes a logical line: it consumes the Newline, or accepts a
// line already completed by a block-taking expression.
func (p *parser) endLine() {
	if p.lineEnded {
		p.lineEnded = false
		return
	}
	switch p.kind(0) {
	case lexer.Newline:
		p.next()
		return
	case lexer.EOF:
		return
	}
	p.unexpected(0, "end of line")
}

// endByBlock marks the logical line as completed by a block just consumed.
func (p *parser) endByBlock() {
	p.limit = p.pos
	p.lineEnded = true
}

// skipStmt skips the rest of the statement being parsed and its block,
// stopping at the next line at indentation depth d or lower.
func (p *parser) skipStmt(d int, clauses bool) {
	p.limit = len(p.toks) - 1
	p.lineEnded = false
	for {
		t := p.toks[p.pos]
		switch t.Kind {
		case lexer.EOF:
			return
		case lexer.Dedent:
			if p.depth <= d {
				return
			}
			p.next()
			if p.depth <= d && !(clauses && p.continuationClause()) {
				return // the statement's block ended
			}
			continue
		case lexer.Newline:
			if p.depth <= d && p.toks[p.pos+1].Kind != lexer.Indent {
				p.next()
				if !(clauses && p.continuationClause()) {
					return
				}
				continue
			}
		}
		p.next()
	}
}

// continuationClause reports whether the current token starts a clause
// that continues the previous statement (Otherwise, Catch, Finally).
func (p *parser) continuationClause() bool {
	t := p.toks[p.pos]
	if t.Kind != lexer.Word {
		return false
	}
	switch t.Text(p.src) {
	case "Otherwise", "Catch", "Finally":
		return true
	}
	return false
}
