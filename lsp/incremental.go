package lsp

import (
	"encoding/binary"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
	"github.com/runa2go/runa2go/frontend/parser"
)

// Incremental diagnostics. The diagnostics of a file are those of its
// independent parts, checked apart and remembered by their text, so that
// after an edit only the part it touched is parsed and checked again.
//
// A part (a component) is a set of top-level statements that use none of
// the names the other parts declare. The text is cut into chunks at the
// lines that start a top-level statement (column 0); chunks are joined
// into components when one uses a word another declares:
//
//   - a process's callable name and every word of its `called` literal
//     (spaced names), wherever the `Process called` is written;
//   - a type's name;
//   - the first words and the joined form of every multi-word name
//     declared in the chunk (the parse merges such word runs file-wide);
//   - for the statements of the main program (all in one component):
//     every word that can be a name (its globals, conservatively).
//
// Chunks declaring the same name are joined too (duplicates). A component
// is parsed and checked as a file of its own chunks, in order; its
// diagnostics, moved back to the chunks' lines, are exactly the ones a
// check of the whole file reports on those lines, because the lexer, the
// parser and the checker look up declarations only by the words written
// at a use. The exceptions fall back to a check of the whole file:
//
//   - a chunk that does not lex cleanly, or leaves a bracket open (its
//     lines could continue into the next chunk);
//   - a component whose parse is not one statement per chunk starting
//     on its first line, a declaration for a chunk starting with
//     Process/Type and another statement for the others (a statement
//     that does not parse may be a BadStmt): error recovery crossed a
//     chunk boundary;
//   - a diagnostic whose text depends on names declared elsewhere or on
//     other lines: an unknown name's "did you mean" (which also stops
//     after 100 names per file) and a duplicate process's "at line N";
//   - a top-level statement that ends the main program (Throw, an
//     endless loop) followed in the file by a chunk of another component
//     (the checker reports the statement after it as unreachable).
//
// A file with syntax errors is not checked: when a component has some,
// the diagnostics are the syntax errors of every component and their
// Level 2 constructs, as for the whole file.
//
// What the checker bounds per run (fixpoint passes, restarts) is reached
// by a component alone as in the whole file: the cells of independent
// components evolve independently, pass by pass.
//
// The server still checks the whole file after every change (hover,
// navigation and inlay hints need its program); when the two ever
// disagree the whole file's diagnostics win and the server logs it.

// globalCodes are the diagnostics a component cannot reproduce alone.
var globalCodes = map[string]bool{
	check.CodeUnknownName:      true,
	check.CodeUnknownRecord:    true,
	check.CodeUnknownMethod:    true,
	check.CodeIsWordUnknown:    true,
	check.CodeDuplicateProcess: true,
	diag.CodeUnknownMultiName:  true,
}

// continuation words may start a column-0 line that continues the
// statement before it.
var continuation = map[string]bool{"Otherwise": true, "Catch": true, "Finally": true, "When": true, "Then": true}

// declWords start a top-level declaration.
var declWords = map[string]bool{"Process": true, "Async": true, "Memoized": true, "Type": true}

// chunk is a run of lines starting a top-level statement (or, the first,
// the lines before any).
type chunk struct {
	text string
	line int // its first line in the document, from 1
	info *chunkInfo
}

// chunkInfo is what the lexer says about a chunk's text.
type chunkInfo struct {
	id    uint64 // unique to the text, for the keys of components
	empty bool   // only blank lines and comments
	bad   bool   // lex diagnostics, an open bracket or an Import
	decl  bool   // a declaration (Process, Type); else a main statement
	words []string
	keys  []string
}

// component is the result of checking one component alone.
type component struct {
	ok bool
	// diags are the checker's diagnostics, or with parseErrors the
	// syntax errors and Level 2 constructs (as for a whole file that does
	// not parse), in the component's own lines.
	diags       diag.List
	parseErrors bool
	// unsupported are the Level 2 constructs of a component that parses,
	// reported when another one does not.
	unsupported diag.List
	// terms are the chunks (indexes in the component) whose statement
	// ends the main program's control flow (Throw, Return, an endless
	// loop): the checker reports the top-level statement after it as
	// unreachable, which must then be the component's next chunk.
	terms []int
}

// incremental holds the parts of one document seen last, by text.
type incremental struct {
	mu     sync.Mutex
	chunks map[string]*chunkInfo
	// comps are by the ids of their chunks' texts, in order.
	comps  map[string]*component
	lastID uint64
	// infos and members are the chunks of the last version and its
	// components (chunk indexes, by component in order): the same when
	// every chunk declares and uses the same words as then.
	infos   []*chunkInfo
	members [][]int
}

func newIncremental() *incremental {
	return &incremental{chunks: map[string]*chunkInfo{}, comps: map[string]*component{}}
}

// splitChunks cuts s at the lines that start a top-level statement: a
// line whose first character is a letter and whose first word does not
// continue the statement before.
func splitChunks(s string) []chunk {
	var out []chunk
	start, startLine := 0, 1
	line := 1
	for i := 0; i < len(s); {
		if i > start && isLetterByte(s[i]) && !continuation[firstWord(s[i:])] {
			out = append(out, chunk{text: s[start:i], line: startLine})
			start, startLine = i, line
		}
		nl := strings.IndexByte(s[i:], '\n')
		if nl < 0 {
			break
		}
		i += nl + 1
		line++
	}
	if start < len(s) || len(out) == 0 {
		out = append(out, chunk{text: s[start:], line: startLine})
	}
	return out
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

func firstWord(s string) string {
	n := 0
	for n < len(s) && (isLetterByte(s[n]) || n > 0 && s[n] >= '0' && s[n] <= '9') {
		n++
	}
	return s[:n]
}

// lexChunk lexes one chunk.
func lexChunk(src string) *chunkInfo {
	// The words outlive this version of the text: copy them out of it.
	src = strings.Clone(src)
	lx := lexer.Lex([]byte(src))
	ci := &chunkInfo{}
	if len(lx.Diags) > 0 {
		ci.bad = true
		return ci
	}
	toks := lx.Tokens
	depth := 0
	seen := map[string]bool{}
	keys := map[string]bool{}
	first, any := "", false
	for i, t := range toks {
		switch t.Kind {
		case lexer.Newline, lexer.Indent, lexer.Dedent, lexer.EOF:
		default:
			any = true
		}
		switch t.Kind {
		case lexer.LParen, lexer.LBrack:
			depth++
		case lexer.RParen, lexer.RBrack:
			depth--
		case lexer.Word:
			w := t.Text(src)
			if first == "" {
				first = w
			}
			if !seen[w] {
				seen[w] = true
				ci.words = append(ci.words, w)
			}
			if w == "Type" && i+1 < len(toks) && toks[i+1].Kind == lexer.Word {
				keys[toks[i+1].Text(src)] = true
			}
		case lexer.String:
			if i > 0 && toks[i-1].Kind == lexer.Word && toks[i-1].Text(src) == "called" {
				if lit, ok := lexer.Unquote(t.Text(src)); ok {
					keys[parser.CallableName(lit)] = true
					for _, w := range strings.Fields(lit) {
						keys[w] = true
					}
				}
			}
		}
	}
	if depth != 0 || first == "Import" {
		// An Import makes names of the whole file qualified (level2.md
		// §11.4) and names the file in its diagnostics: check it whole.
		ci.bad = true
		return ci
	}
	if !any {
		ci.empty = true
		return ci
	}
	for _, ws := range parser.MultiWordNames(src, toks) {
		keys[ws[0]] = true
		keys[strings.Join(ws, "_")] = true
	}
	ci.decl = declWords[first]
	if !ci.decl {
		for _, w := range ci.words {
			if parser.IsName(w) {
				keys[w] = true
			}
		}
	}
	for k := range keys {
		ci.keys = append(ci.keys, k)
	}
	sort.Strings(ci.keys)
	return ci
}

// diagnostics returns the diagnostics of the whole text s as a check of
// the whole file gives them, or false when s must be checked whole.
func (inc *incremental) diagnostics(s string) (diag.List, bool) {
	if importsFile(s) {
		return nil, false
	}
	inc.mu.Lock()
	defer inc.mu.Unlock()
	chunks := splitChunks(s)
	usedChunks := make(map[string]*chunkInfo, len(chunks))
	for i := range chunks {
		c := &chunks[i]
		ci := inc.chunks[c.text]
		if ci == nil {
			ci = lexChunk(c.text)
			inc.lastID++
			ci.id = inc.lastID
		}
		usedChunks[c.text] = ci
		c.info = ci
		if ci.bad {
			inc.chunks = usedChunks
			return nil, false
		}
	}
	inc.chunks = usedChunks

	infos := make([]*chunkInfo, len(chunks))
	for i := range chunks {
		infos[i] = chunks[i].info
	}
	comps := inc.members
	if !sameShapes(infos, inc.infos) {
		comps = components(chunks)
	}
	inc.infos, inc.members = infos, comps

	// next[i] is the first chunk after i that is not empty, or -1.
	next := make([]int, len(chunks))
	following := -1
	for i := len(chunks) - 1; i >= 0; i-- {
		next[i] = following
		if !chunks[i].info.empty {
			following = i
		}
	}
	usedComps := make(map[string]*component, len(comps))
	found := make([]*component, len(comps))
	parseErrors := false
	for k, idx := range comps {
		key := make([]byte, 0, 8*len(idx))
		for _, i := range idx {
			key = binary.LittleEndian.AppendUint64(key, chunks[i].info.id)
		}
		comp := inc.comps[string(key)]
		if comp == nil {
			var b strings.Builder
			for _, i := range idx {
				b.WriteString(chunks[i].text)
			}
			comp = checkComponent(b.String(), chunks, idx)
		}
		usedComps[string(key)] = comp
		found[k] = comp
		parseErrors = parseErrors || comp.parseErrors
		if !comp.ok {
			// Keep what this version checked too, within bounds: the
			// components of the last versions that answered and of this
			// one.
			if len(inc.comps) > 2*len(comps)+64 {
				inc.comps = map[string]*component{}
			}
			for k, v := range usedComps {
				inc.comps[k] = v
			}
			return nil, false
		}
	}
	inc.comps = usedComps
	var out diag.List
	for k, idx := range comps {
		comp := found[k]
		diags := comp.diags
		if parseErrors {
			// As the whole file: not checked; the syntax errors and the
			// Level 2 constructs.
			if !comp.parseErrors {
				diags = comp.unsupported
			}
		} else {
			for _, n := range comp.terms {
				want := -1
				if n+1 < len(idx) {
					want = idx[n+1]
				}
				if next[idx[n]] != want {
					return nil, false
				}
			}
		}
		if len(diags) == 0 {
			continue
		}
		// Lines of the component's file, back to the document's.
		subStart := make([]int, len(idx))
		l := 1
		for n, i := range idx {
			subStart[n] = l
			l += strings.Count(chunks[i].text, "\n")
		}
		move := func(p ast.Pos, n int) ast.Pos {
			if p.Line > 0 {
				p.Line += chunks[idx[n]].line - subStart[n]
			}
			return p
		}
		for _, dg := range diags {
			n := sort.Search(len(subStart), func(k int) bool { return subStart[k] > dg.Span.Start.Line }) - 1
			if n < 0 {
				n = 0
			}
			moved := *dg
			moved.Span = ast.Span{Start: move(dg.Span.Start, n), End: move(dg.Span.End, n)}
			out = append(out, &moved)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start.Before(out[j].Span.Start) })
	return out, true
}

// sameShapes reports whether two versions' chunks declare and use the
// same words, chunk by chunk (then they form the same components).
func sameShapes(a, b []*chunkInfo) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !a[i].sameShape(b[i]) {
			return false
		}
	}
	return true
}

func (a *chunkInfo) sameShape(b *chunkInfo) bool {
	return a.empty == b.empty && a.decl == b.decl && slices.Equal(a.words, b.words) && slices.Equal(a.keys, b.keys)
}

// components joins the chunks into components: the chunks of each, in
// order, the components in the order of their first chunks (empty chunks
// are in none).
func components(chunks []chunk) [][]int {
	parent := make([]int, len(chunks))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		a, b = find(a), find(b)
		if a < b {
			parent[b] = a
		} else if b < a {
			parent[a] = b
		}
	}
	owner := map[string]int{}
	mainChunk := -1
	for i, c := range chunks {
		if c.info.empty {
			continue
		}
		if !c.info.decl {
			if mainChunk >= 0 {
				union(mainChunk, i)
			} else {
				mainChunk = i
			}
		}
		for _, k := range c.info.keys {
			if j, ok := owner[k]; ok {
				union(j, i)
			} else {
				owner[k] = i
			}
		}
	}
	for i, c := range chunks {
		for _, w := range c.info.words {
			if j, ok := owner[w]; ok {
				union(j, i)
			}
		}
	}
	at := map[int]int{}
	var out [][]int
	for i, c := range chunks {
		if c.info.empty {
			continue
		}
		r := find(i)
		k, ok := at[r]
		if !ok {
			k = len(out)
			at[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

// checkComponent parses and checks the chunks idx of chunks, whose text
// is src, as a file of their own.
func checkComponent(src string, chunks []chunk, idx []int) (comp *component) {
	comp = &component{}
	defer func() {
		if r := recover(); r != nil {
			comp = &component{}
		}
	}()
	f, pd := parser.ParseFile("part.runa", []byte(src))
	if len(f.Stmts) != len(idx) {
		return comp
	}
	l := 1
	for n, i := range idx {
		st := f.Stmts[n]
		if st.Span().Start.Line != l {
			return comp
		}
		switch st.(type) {
		case *ast.BadStmt:
		case *ast.ProcDecl, *ast.TypeDecl:
			if !chunks[i].info.decl {
				return comp
			}
		default:
			if chunks[i].info.decl {
				return comp
			}
		}
		if ast.Terminates([]ast.Stmt{st}) {
			comp.terms = append(comp.terms, n)
		}
		l += strings.Count(chunks[i].text, "\n")
	}
	if len(pd) > 0 {
		// Syntax errors: only the lexer and parser report diagnostics.
		for _, dg := range pd {
			if globalCodes[dg.Code] {
				return comp
			}
		}
		comp.ok, comp.parseErrors = true, true
		comp.diags = append(pd, check.Unsupported(f)...)
		return comp
	}
	comp.unsupported = check.Unsupported(f)
	_, cd := check.Check(f, check.Config{})
	for _, dg := range cd {
		if globalCodes[dg.Code] {
			return comp
		}
	}
	comp.ok, comp.diags = true, cd
	return comp
}

// sameDiags reports whether two diagnostic lists are equal.
func sameDiags(a, b diag.List) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if *a[i] != *b[i] {
			return false
		}
	}
	return true
}
