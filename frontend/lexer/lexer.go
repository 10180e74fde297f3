package lexer

import (
	"strconv"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
)

// TabWidth is the number of columns of indentation a tab counts for (spec §1).
const TabWidth = 4

// Result is the output of Lex.
type Result struct {
	Tokens   []Token // always ends with an EOF token
	Comments []*ast.Comment
	Diags    diag.List
	// EndPos is the position just past the last character of the source.
	EndPos ast.Pos
}

// Shift raises every line number of r by base (see parser.ParseFileAt).
func (r *Result) Shift(base int) {
	for i := range r.Tokens {
		r.Tokens[i].Line += int32(base)
	}
	for _, c := range r.Comments {
		c.Sp = c.Sp.Shift(base)
	}
	for _, d := range r.Diags {
		d.Span = d.Span.Shift(base)
	}
	r.EndPos.Line += base
}

// level is one entry of the indentation stack. real is false for a level
// invented to recover from an inconsistent dedent: no Indent token was
// emitted for it, so none is emitted when it closes.
type level struct {
	width int
	real  bool
	// indent is how the block's lines are indented (indentSpaces or
	// indentTabs; 0 at the top level); mixed is set once a line of the
	// block was reported for using the other one.
	indent, mixed uint8
}

// How a line is indented.
const (
	indentSpaces = 1
	indentTabs   = 2
)

type lexer struct {
	src  string
	i    int // byte offset
	line int
	col  int // column of src[i]

	toks     []Token
	comments []*ast.Comment
	diags    diag.List

	levels      []level
	depth       int  // ( [ nesting
	lineHasToks bool // the current physical line has produced a token
	lineFirst   int  // index in toks of the first token of the current physical line
	pendingNL   bool // a Newline is owed for the previous logical line
	nlTok       Token
}

// Lex tokenizes src. It never fails: problems are reported in the result's
// Diags and the token stream stays well formed (Indent and Dedent balance,
// the last token is EOF). A source that is not valid UTF-8 is not
// tokenized: the result is one E114 diagnostic at the first bad byte and
// an empty token stream (spec §1).
func Lex(src []byte) *Result {
	if bad, off, ok := firstInvalid(src); !ok {
		var r Result
		end := bad
		end.Col++
		r.Diags.Errorf(ast.Span{Start: bad, End: end}, diag.CodeEncoding, "save the file as UTF-8 text",
			"the source is not UTF-8 text: invalid byte 0x%02X", src[off])
		r.Tokens = []Token{{Kind: EOF, Line: int32(bad.Line), Col: int32(bad.Col), EndCol: int32(bad.Col)}}
		r.EndPos = bad
		return &r
	}
	lx := &lexer{src: string(src), line: 1, col: 1, levels: []level{{width: 0, real: true}}}
	// A rough token estimate keeps appends from copying much.
	lx.toks = make([]Token, 0, len(src)/4+16)
	lx.run()
	return &Result{Tokens: lx.toks, Comments: lx.comments, Diags: lx.diags, EndPos: ast.Pos{Line: lx.line, Col: lx.col}}
}

func (lx *lexer) pos() ast.Pos { return ast.Pos{Line: lx.line, Col: lx.col} }

func (lx *lexer) errorf(sp ast.Span, code, hint, format string, args ...any) {
	lx.diags.Errorf(sp, code, hint, format, args...)
}

func (lx *lexer) emit(k Kind, off, col int) {
	if !lx.lineHasToks {
		lx.lineFirst = len(lx.toks)
	}
	lx.toks = append(lx.toks, Token{Kind: k, Line: int32(lx.line), Col: int32(col), EndCol: int32(lx.col), Off: int32(off), EndOff: int32(lx.i)})
	lx.lineHasToks = true
}

// zero emits a zero-width token at the current position.
func (lx *lexer) zero(k Kind) {
	lx.toks = append(lx.toks, Token{Kind: k, Line: int32(lx.line), Col: int32(lx.col), EndCol: int32(lx.col), Off: int32(lx.i), EndOff: int32(lx.i)})
}

func (lx *lexer) run() {
	for lx.i < len(lx.src) {
		lx.lineStart()
		lx.lineBody()
	}
	if lx.pendingNL {
		lx.toks = append(lx.toks, lx.nlTok)
	}
	for len(lx.levels) > 1 {
		if lx.levels[len(lx.levels)-1].real {
			lx.zero(Dedent)
		}
		lx.levels = lx.levels[:len(lx.levels)-1]
	}
	lx.zero(EOF)
}

// lineStart handles the indentation of a physical line. Inside brackets
// indentation means nothing; blank and comment-only lines are skipped
// without touching the indentation stack.
func (lx *lexer) lineStart() {
	lx.lineHasToks = false
	startOff := lx.i
	width, tabs, spaces := 0, false, false
	for lx.i < len(lx.src) {
		c := lx.src[lx.i]
		if c == ' ' {
			width++
			spaces = true
		} else if c == '\t' {
			width += TabWidth
			tabs = true
		} else {
			break
		}
		lx.i++
		lx.col++
	}
	if lx.i >= len(lx.src) {
		return
	}
	if lx.depth > 0 {
		if !startsStatement(lx.src[lx.i:]) || inlineIfLine(lx.src[lx.i:]) {
			return
		}
		// A statement keyword cannot continue a bracketed expression: the
		// bracket was left open. Close the logical line here so the parser
		// reports the missing bracket and the following lines parse.
		lx.depth = 0
		lx.pendingNL = true
	}
	switch c := lx.src[lx.i]; c {
	case '\n', '#':
		return
	case '\r':
		if lx.i+1 >= len(lx.src) || lx.src[lx.i+1] == '\n' {
			return
		}
	case '|':
		if lx.i+1 < len(lx.src) && lx.src[lx.i+1] == '>' && lx.pendingNL && width > lx.levels[len(lx.levels)-1].width {
			// A continuation line: the previous logical line goes on.
			lx.pendingNL = false
			return
		}
	}
	if lx.pendingNL && len(lx.toks) > 0 && lx.toks[len(lx.toks)-1].Kind == Pipe && width > lx.levels[len(lx.levels)-1].width {
		// The previous line ended with `|>`: this deeper line goes on.
		lx.pendingNL = false
		return
	}
	kind := uint8(0)
	switch {
	case tabs && spaces:
		lx.errorf(ast.Span{Start: ast.Pos{Line: lx.line, Col: 1}, End: lx.pos()}, diag.CodeIndent,
			"indent with spaces only (a tab counts as 4 spaces)", "indentation mixes tabs and spaces")
	case tabs:
		kind = indentTabs
	case spaces:
		kind = indentSpaces
	}
	_ = startOff
	if lx.pendingNL {
		lx.toks = append(lx.toks, lx.nlTok)
		lx.pendingNL = false
	}
	top := lx.levels[len(lx.levels)-1].width
	switch {
	case width > top:
		lx.levels = append(lx.levels, level{width: width, real: true, indent: kind})
		lx.zero(Indent)
	case width < top:
		for len(lx.levels) > 1 && lx.levels[len(lx.levels)-1].width > width {
			if lx.levels[len(lx.levels)-1].real {
				lx.zero(Dedent)
			}
			lx.levels = lx.levels[:len(lx.levels)-1]
		}
		if lx.levels[len(lx.levels)-1].width < width {
			lx.errorf(ast.Span{Start: ast.Pos{Line: lx.line, Col: 1}, End: lx.pos()}, diag.CodeIndent,
				"indent this line like the block it belongs to", "inconsistent indentation: this line matches no enclosing block")
			lx.levels = append(lx.levels, level{width: width, indent: kind})
		}
	}
	lx.checkIndentKind(kind)
}

// checkIndentKind reports (once per block) a line indented with tabs in a
// block indented with spaces, or the reverse, counting the lines of
// nested blocks as lines of the enclosing ones (spec §1).
func (lx *lexer) checkIndentKind(kind uint8) {
	if kind == 0 {
		return
	}
	for i := len(lx.levels) - 1; i > 0; i-- {
		lv := &lx.levels[i]
		if lv.indent == 0 || lv.indent == kind {
			continue
		}
		if lv.mixed == 0 {
			lv.mixed = 1
			lx.errorf(ast.Span{Start: ast.Pos{Line: lx.line, Col: 1}, End: lx.pos()}, diag.CodeIndent,
				"indent every line of a block the same way, with spaces or with tabs (a tab counts as 4 spaces)",
				"this block mixes tab and space indentation")
		}
		return
	}
}

// lineBody scans the tokens of one physical line and its line break.
func (lx *lexer) lineBody() {
	for lx.i < len(lx.src) {
		c := lx.src[lx.i]
		off, col := lx.i, lx.col
		switch {
		case c == '\n':
			lx.endLine()
			lx.i++
			lx.line++
			lx.col = 1
			return
		case c == ' ' || c == '\t' || c == '\r':
			lx.i++
			lx.col++
		case isLetter(c):
			for lx.i < len(lx.src) && (isLetter(lx.src[lx.i]) || isDigit(lx.src[lx.i])) {
				lx.i++
			}
			lx.col += lx.i - off
			lx.emit(Word, off, col)
		case isDigit(c):
			lx.number()
		case c == '"':
			lx.str()
		case c == '#':
			lx.comment()
		default:
			lx.punct(c)
		}
	}
	// End of input without a final line break.
	lx.endLine()
}

// endLine records the end of a physical line: at bracket depth 0 a line
// that produced tokens owes a Newline (emitted once the next line is known
// not to be a continuation).
func (lx *lexer) endLine() {
	if lx.lineHasToks {
		lx.nlTok = Token{Kind: Newline, Line: int32(lx.line), Col: int32(lx.col), EndCol: int32(lx.col), Off: int32(lx.i), EndOff: int32(lx.i)}
		if lx.depth == 0 {
			lx.pendingNL = true
		}
	}
}

// statementWords start a statement; inside brackets a line starting with
// one means the bracket was never closed.
var statementWords = map[string]bool{
	"Let": true, "Set": true, "If": true, "While": true, "For": true, "Break": true,
	"Continue": true, "Return": true, "Display": true, "Add": true, "Remove": true,
	"Match": true, "When": true, "Try": true, "Catch": true, "Finally": true, "Throw": true,
	"With": true, "Yield": true, "Type": true, "Process": true, "Async": true,
	"Resolve": true, "Reject": true,
}

// inlineIfLine reports whether the line s, which starts with `If` inside
// brackets, continues an inline `If C Then A Otherwise B` (level2.md §8:
// inside parentheses it may span lines) rather than opening an If
// statement after a bracket left open: the word `Then` follows on the
// line, or the line does not end with the ':' of an If header.
func inlineIfLine(s string) bool {
	if !strings.HasPrefix(s, "If") {
		return false
	}
	last := byte(0) // the last character of code on the line
	for i := 2; i < len(s) && s[i] != '\n' && s[i] != '#'; i++ {
		switch c := s[i]; {
		case c == '"':
			// Skip the string literal (an unterminated one ends the line).
			for i++; i < len(s) && s[i] != '"' && s[i] != '\n'; i++ {
				if s[i] == '\\' && i+1 < len(s) && s[i+1] != '\n' {
					i++
				}
			}
			if i >= len(s) || s[i] == '\n' {
				return false
			}
			last = c
		case c == 'T' && strings.HasPrefix(s[i:], "Then") && !isLetter(s[i-1]) && !isDigit(s[i-1]) &&
			(i+4 == len(s) || !isLetter(s[i+4]) && !isDigit(s[i+4])):
			return true
		case c != ' ' && c != '\t' && c != '\r':
			last = c
		}
	}
	return last != ':'
}

// startsStatement reports whether s starts with a statement keyword.
func startsStatement(s string) bool {
	n := 0
	for n < len(s) && isLetter(s[n]) {
		n++
	}
	if n == 0 || n < len(s) && isDigit(s[n]) {
		return false
	}
	return statementWords[s[:n]]
}

func (lx *lexer) punct(c byte) {
	off, col := lx.i, lx.col
	k := Illegal
	n := 1
	switch c {
	case '(':
		k = LParen
		lx.depth++
	case ')':
		k = RParen
		if lx.depth > 0 {
			lx.depth--
		}
	case '[':
		k = LBrack
		lx.depth++
	case ']':
		k = RBrack
		if lx.depth > 0 {
			lx.depth--
		}
	case '{':
		k = LBrace // a dictionary pattern stays on its line (no depth)
	case '}':
		k = RBrace
	case ',':
		k = Comma
	case ':':
		k = Colon
	case '.':
		k = Dot
		if lx.i+2 < len(lx.src) && lx.src[lx.i+1] == '.' && lx.src[lx.i+2] == '.' {
			k, n = Ellipsis, 3
		}
	case '-':
		k = Minus
		if lx.i+1 < len(lx.src) && lx.src[lx.i+1] == '>' {
			k, n = Arrow, 2
		}
	case '|':
		k = Bar
		if lx.i+1 < len(lx.src) && lx.src[lx.i+1] == '>' {
			k, n = Pipe, 2
		}
	}
	if k == Illegal {
		if op, hint := lx.foreignOperator(); op != "" {
			lx.i += len(op)
			lx.col += len(op)
			lx.emit(Illegal, off, col)
			lx.errorf(lx.toks[len(lx.toks)-1].Span(), diag.CodeBadChar, hint, "%q is not a Runa operator", op)
			return
		}
		// Consume one whole UTF-8 character.
		n = 1
		for lx.i+n < len(lx.src) && lx.src[lx.i+n]&0xC0 == 0x80 {
			n++
		}
		lx.i += n
		lx.col++
		lx.emit(Illegal, off, col)
		lx.errorf(lx.toks[len(lx.toks)-1].Span(), diag.CodeBadChar, "", "unexpected character %s", strconv.Quote(lx.src[off:lx.i]))
		return
	}
	lx.i += n
	lx.col += n
	lx.emit(k, off, col)
}

func (lx *lexer) comment() {
	off, col := lx.i, lx.col
	own := !lx.lineHasToks
	for lx.i < len(lx.src) && lx.src[lx.i] != '\n' {
		if lx.src[lx.i]&0xC0 != 0x80 {
			lx.col++
		}
		lx.i++
	}
	end := lx.i
	for end > off && lx.src[end-1] == '\r' {
		end--
	}
	lx.comments = append(lx.comments, &ast.Comment{
		Sp:   ast.Span{Start: ast.Pos{Line: lx.line, Col: col}, End: ast.Pos{Line: lx.line, Col: col + runeCount(lx.src[off:end])}},
		Text: lx.src[off:end],
		Own:  own,
	})
}

func (lx *lexer) number() {
	off, col := lx.i, lx.col
	float := false
	lx.digits()
	if lx.i+1 < len(lx.src) && lx.src[lx.i] == '.' && isDigit(lx.src[lx.i+1]) {
		float = true
		lx.i++
		lx.digits()
	}
	if lx.i < len(lx.src) && (lx.src[lx.i] == 'e' || lx.src[lx.i] == 'E') {
		j := lx.i + 1
		if j < len(lx.src) && (lx.src[j] == '+' || lx.src[j] == '-') {
			j++
		}
		if j < len(lx.src) && isDigit(lx.src[j]) {
			float = true
			lx.i = j
			lx.digits()
		}
	}
	lx.col += lx.i - off
	if float {
		lx.emit(Float, off, col)
		if _, err := strconv.ParseFloat(lx.src[off:lx.i], 64); err != nil {
			lx.errorf(lx.toks[len(lx.toks)-1].Span(), diag.CodeBadNumber, "", "float literal %s is out of range", lx.src[off:lx.i])
		}
		return
	}
	lx.emit(Int, off, col)
	if _, err := strconv.ParseInt(lx.src[off:lx.i], 10, 64); err != nil {
		lx.errorf(lx.toks[len(lx.toks)-1].Span(), diag.CodeBadNumber, "an Integer is 64-bit signed; write a Float (with a \".\") for larger values",
			"integer literal %s overflows a 64-bit Integer", lx.src[off:lx.i])
	}
}

func (lx *lexer) digits() {
	for lx.i < len(lx.src) && isDigit(lx.src[lx.i]) {
		lx.i++
	}
}

// str scans a string literal. It ends at the closing quote or, when
// unterminated, at the end of the line.
func (lx *lexer) str() {
	off, col := lx.i, lx.col
	lx.i++
	lx.col++
	closed := false
	for lx.i < len(lx.src) {
		c := lx.src[lx.i]
		if c == '\n' {
			break
		}
		if c == '"' {
			lx.i++
			lx.col++
			closed = true
			break
		}
		if c == '\\' {
			escOff, escCol := lx.i, lx.col
			end := lx.i + 2
			if lx.i+1 < len(lx.src) && lx.src[lx.i+1] == 'u' && lx.i+2 < len(lx.src) && lx.src[lx.i+2] == '{' {
				// \u{…}: scan to the closing brace on this line.
				end = lx.i + 3
				for end < len(lx.src) && lx.src[end] != '}' && lx.src[end] != '"' && lx.src[end] != '\n' {
					end++
				}
				if end < len(lx.src) && lx.src[end] == '}' {
					end++
				}
			}
			if end > len(lx.src) {
				end = len(lx.src)
			}
			// Keep the escape's end on this line and on a character boundary.
			for end < len(lx.src) && lx.src[end]&0xC0 == 0x80 {
				end++
			}
			if nl := indexNL(lx.src[lx.i+1 : end]); nl >= 0 {
				end = lx.i + 1 + nl
			}
			_, _, ok := escapeAt(lx.src[:end], lx.i)
			lx.col += runeCount(lx.src[lx.i:end])
			lx.i = end
			if !ok {
				lx.errorf(ast.Span{Start: ast.Pos{Line: lx.line, Col: escCol}, End: lx.pos()}, diag.CodeBadString,
					`the escapes are \\ \" \n \t \r and \u{HEX}`, "invalid escape %s in string", strconv.Quote(lx.src[escOff:end]))
			}
			continue
		}
		if c&0xC0 != 0x80 {
			lx.col++
		}
		lx.i++
	}
	lx.emit(String, off, col)
	if !closed {
		end := lx.i
		for end > off && lx.src[end-1] == '\r' {
			end--
		}
		lx.toks[len(lx.toks)-1].EndOff = int32(end)
		lx.errorf(lx.toks[len(lx.toks)-1].Span(), diag.CodeBadString, "strings cannot span lines; close it with '\"' on this line", "unterminated string literal")
	}
}

func indexNL(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return i
		}
	}
	return -1
}

func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
