package lsp

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Position encodings (LSP 3.17 PositionEncodingKind).
const (
	encUTF8  = "utf-8"
	encUTF16 = "utf-16"
	encUTF32 = "utf-32"
)

// text is the content of a document with its line index. Internally the
// server uses ast.Pos (1-based line, 1-based column counting characters,
// as the frontend does); the client's positions are converted at the edge.
type text struct {
	s     string
	lines []int // byte offset of the start of each line
}

func newText(s string) *text {
	t := &text{s: s, lines: []int{0}}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			t.lines = append(t.lines, i+1)
		}
	}
	return t
}

// line returns the text of the 1-based line n without its line ending; ""
// beyond the end.
func (t *text) line(n int) string {
	if n < 1 || n > len(t.lines) {
		return ""
	}
	start := t.lines[n-1]
	end := len(t.s)
	if n < len(t.lines) {
		end = t.lines[n] - 1
	}
	return strings.TrimSuffix(t.s[start:end], "\r")
}

// end returns the position just past the last character.
func (t *text) end() ast.Pos {
	n := len(t.lines)
	return ast.Pos{Line: n, Col: utf8.RuneCountInString(t.line(n)) + 1}
}

// pos converts a client position to a server position, clamped to the
// line's end.
func (t *text) pos(p Position, enc string) ast.Pos {
	if p.Line < 0 {
		return ast.Pos{Line: 1, Col: 1}
	}
	if p.Line >= len(t.lines) {
		return t.end()
	}
	line := t.line(p.Line + 1)
	col, units := 1, 0
	for _, r := range line {
		if units >= p.Character {
			break
		}
		units += unitLen(r, enc)
		col++
	}
	return ast.Pos{Line: p.Line + 1, Col: col}
}

// position converts a server position to a client position.
func (t *text) position(p ast.Pos, enc string) Position {
	if p.Line < 1 {
		return Position{}
	}
	line := t.line(p.Line)
	units, col := 0, 1
	for _, r := range line {
		if col >= p.Col {
			break
		}
		units += unitLen(r, enc)
		col++
	}
	return Position{Line: p.Line - 1, Character: units}
}

// rng converts a server span to a client range.
func (t *text) rng(sp ast.Span, enc string) Range {
	return Range{Start: t.position(sp.Start, enc), End: t.position(sp.End, enc)}
}

// offset returns the byte offset of a server position, clamped.
func (t *text) offset(p ast.Pos) int {
	if p.Line < 1 {
		return 0
	}
	if p.Line > len(t.lines) {
		return len(t.s)
	}
	line := t.line(p.Line)
	off := t.lines[p.Line-1]
	col := 1
	for i := range line {
		if col == p.Col {
			return off + i
		}
		col++
	}
	return off + len(line)
}

// unitLen is the length of r in the code units of enc.
func unitLen(r rune, enc string) int {
	switch enc {
	case encUTF8:
		return utf8.RuneLen(r)
	case encUTF32:
		return 1
	}
	return len(utf16.Encode([]rune{r}))
}

// edit is one change of a document in server positions: the old range
// [Start, End) became the new range [Start, NewEnd).
type edit struct {
	version         int // the document version the change produced
	start, end, new ast.Pos
}

// apply replaces the client range r (the whole text when r is nil) with s
// and returns the new text and the edit in server positions.
func (t *text) apply(r *Range, s string, enc string) (*text, edit) {
	var e edit
	if r == nil {
		e.start, e.end = ast.Pos{Line: 1, Col: 1}, t.end()
	} else {
		e.start, e.end = t.pos(r.Start, enc), t.pos(r.End, enc)
		if e.end.Before(e.start) {
			e.start, e.end = e.end, e.start
		}
	}
	from, to := t.offset(e.start), t.offset(e.end)
	nt := newText(t.s[:from] + s + t.s[to:])
	e.new = advance(e.start, s)
	return nt, e
}

// advance returns the position after s written at p.
func advance(p ast.Pos, s string) ast.Pos {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return ast.Pos{Line: p.Line + strings.Count(s, "\n"), Col: utf8.RuneCountInString(s[i+1:]) + 1}
	}
	return ast.Pos{Line: p.Line, Col: p.Col + utf8.RuneCountInString(s)}
}

// shift moves q, at or after from, to the same place relative to to.
func shift(q, from, to ast.Pos) ast.Pos {
	if q.Line == from.Line {
		return ast.Pos{Line: to.Line, Col: to.Col + q.Col - from.Col}
	}
	return ast.Pos{Line: q.Line + to.Line - from.Line, Col: q.Col}
}

// leq reports p ≤ q.
func leq(p, q ast.Pos) bool { return !q.Before(p) }

// toOld maps a position of the current text back through edits (oldest
// first) to the text they were applied to; false inside changed text.
func toOld(p ast.Pos, edits []edit) (ast.Pos, bool) {
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		switch {
		case leq(p, e.start):
		case leq(e.new, p):
			p = shift(p, e.new, e.end)
		default:
			return p, false
		}
	}
	return p, true
}

// toNew maps a span of the text edits were applied to into the current
// text; false when an edit touched it.
func toNew(sp ast.Span, edits []edit) (ast.Span, bool) {
	for _, e := range edits {
		switch {
		case leq(sp.End, e.start) && !(sp.Start == e.start && sp.End == e.start && e.start != e.new):
		case leq(e.end, sp.Start):
			sp = ast.Span{Start: shift(sp.Start, e.end, e.new), End: shift(sp.End, e.end, e.new)}
		default:
			return sp, false
		}
	}
	return sp, true
}

// from returns the rest of p's line from p on ("" when p is past it).
func (t *text) from(p ast.Pos) string {
	line := t.line(p.Line)
	col := 1
	for i := range line {
		if col == p.Col {
			return line[i:]
		}
		col++
	}
	return ""
}

// text returns the source text of a span.
func (t *text) text(sp ast.Span) string {
	from, to := t.offset(sp.Start), t.offset(sp.End)
	if to < from {
		return ""
	}
	return t.s[from:to]
}
