// Package format prints a parsed Runa file in canonical layout (the
// `runa2go fmt` command): 4-space indentation, one blank line around
// top-level processes and types, at most one blank line where the source
// had blank lines, canonical keyword spellings (`Otherwise if`, `true`,
// `false`, `None`, `is equal to` for `is`), and every comment kept on its
// line (own-line comments before the code that followed them, trailing
// comments after the code of their line).
//
// Formatting is idempotent, and parsing the output gives the same tree as
// parsing the input (modulo positions). Level 2 statements
// (ast.Unsupported) are copied verbatim, re-indented.
package format

import (
	"errors"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Source returns the canonical text of f, which was parsed from src.
// It fails when f contains a statement that did not parse (ast.BadStmt):
// only error-free files can be formatted.
func Source(f *ast.File, src []byte) ([]byte, error) {
	pr := &printer{lines: splitLines(string(src)), comments: f.Comments, first: true}
	if err := pr.stmts(f.Stmts, 0, 1<<30, true); err != nil {
		return nil, err
	}
	pr.flushComments(1<<30, 0, 0)
	out := strings.TrimRight(pr.out.String(), "\n")
	if out == "" {
		return nil, nil
	}
	return []byte(out + "\n"), nil
}

var errBad = errors.New("format: the file has syntax errors")

type printer struct {
	out      strings.Builder
	lines    []string
	comments []*ast.Comment
	next     int // index of the first comment not yet printed

	cur      strings.Builder // the line being built
	curStart int             // its first source line
	indent   int
	// pending prints the block of a block-taking expression on the
	// current line once the line is finished.
	pending  func() error
	pendLine int // first source line of the pending block
	bad      bool

	lastLine   int  // last source line printed
	first      bool // nothing printed yet in the current block
	forceBlank bool // a blank line is due before the next item
}

func splitLines(s string) []string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		ls[i] = strings.TrimSuffix(l, "\r")
	}
	return ls
}

func (p *printer) writeIndent(n int) {
	for i := 0; i < n; i++ {
		p.out.WriteString("    ")
	}
}

// blankBefore writes the blank line due before an item at source line l.
func (p *printer) blankBefore(l int) {
	if p.first {
		p.forceBlank = false
		return
	}
	if p.forceBlank || l > p.lastLine+1 {
		p.out.WriteByte('\n')
	}
	p.forceBlank = false
}

// flushComments prints the own-line comments that start before source line
// `before` (and, at a block's end, only those indented at least minCol),
// at indentation level indent.
func (p *printer) flushComments(before, minCol, indent int) {
	for p.next < len(p.comments) {
		c := p.comments[p.next]
		if c.Sp.Start.Line >= before || c.Sp.Start.Col < minCol {
			return
		}
		p.next++
		p.blankBefore(c.Sp.Start.Line)
		p.first = false
		p.writeIndent(indent)
		p.out.WriteString(c.Text)
		p.out.WriteByte('\n')
		if c.Sp.Start.Line > p.lastLine {
			p.lastLine = c.Sp.Start.Line
		}
	}
}

// begin starts an output line for code that starts at source line l.
func (p *printer) begin(l int) {
	p.flushComments(l, 0, p.indent)
	p.blankBefore(l)
	p.first = false
	p.cur.Reset()
	p.curStart = l
}

// end finishes the current line, which covers source lines up to l: the
// trailing comments of those lines follow it. Then a pending block prints.
func (p *printer) end(l int) error {
	if l < p.curStart {
		l = p.curStart
	}
	p.writeIndent(p.indent)
	p.out.WriteString(p.cur.String())
	var trailing []string
	var own []*ast.Comment
	for p.next < len(p.comments) && p.comments[p.next].Sp.Start.Line <= l {
		c := p.comments[p.next]
		if c.Own {
			own = append(own, c)
		} else {
			trailing = append(trailing, c.Text)
		}
		p.next++
	}
	if len(trailing) > 0 {
		p.out.WriteString("  ")
		p.out.WriteString(strings.Join(trailing, " "))
	}
	p.out.WriteByte('\n')
	for _, c := range own {
		p.writeIndent(p.indent)
		p.out.WriteString(c.Text)
		p.out.WriteByte('\n')
	}
	if l > p.lastLine {
		p.lastLine = l
	}
	if pend := p.pending; pend != nil {
		p.pending = nil
		return pend()
	}
	return nil
}

func (p *printer) w(s ...string) {
	for _, x := range s {
		p.cur.WriteString(x)
	}
}

// srcText returns the source text of a single-line span.
func (p *printer) srcText(sp ast.Span) string {
	if sp.Start.Line < 1 || sp.Start.Line > len(p.lines) || sp.End.Line != sp.Start.Line {
		return ""
	}
	line := p.lines[sp.Start.Line-1]
	return runeSlice(line, sp.Start.Col-1, sp.End.Col-1)
}

// runeSlice returns the characters [from, to) of s, counting characters
// as the lexer does (every byte that is not a UTF-8 continuation byte
// starts one), so that it agrees with token columns even on invalid UTF-8.
func runeSlice(s string, from, to int) string {
	col, start, end := 0, -1, len(s)
	for off := 0; off < len(s); off++ {
		if s[off]&0xC0 == 0x80 {
			continue
		}
		if col == from {
			start = off
		}
		if col == to {
			end = off
			break
		}
		col++
	}
	if start < 0 {
		return ""
	}
	return s[start:end]
}

// verbatim copies source lines [from, to] re-indented to the current level,
// keeping their indentation relative to the first line.
func (p *printer) verbatim(from, to int) {
	if from < 1 || to > len(p.lines) {
		return
	}
	base := indentWidth(p.lines[from-1])
	for l := from; l <= to; l++ {
		line := p.lines[l-1]
		if strings.TrimSpace(line) == "" {
			p.out.WriteByte('\n')
			continue
		}
		rel := indentWidth(line) - base
		if rel < 0 {
			rel = 0
		}
		p.writeIndent(p.indent)
		p.out.WriteString(strings.Repeat(" ", rel))
		p.out.WriteString(strings.TrimLeft(line, " \t"))
		p.out.WriteByte('\n')
	}
	for p.next < len(p.comments) && p.comments[p.next].Sp.Start.Line <= to {
		p.next++
	}
	if to > p.lastLine {
		p.lastLine = to
	}
}

// indentWidth is the indentation of line in columns (a tab counts 4).
func indentWidth(line string) int {
	n := 0
	for _, r := range line {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// name is an identifier as the source spells it: a multi-word name
// (level2.md §2.1) keeps its spaces (`unit price`), though the parser
// gives it its canonical form (`unit_price`).
func (p *printer) name(id *ast.Ident) string {
	if strings.Contains(id.Name, "_") {
		if src := p.srcText(id.Sp); src != id.Name && strings.ReplaceAll(strings.Join(strings.Fields(src), " "), " ", "_") == id.Name {
			return strings.Join(strings.Fields(src), " ")
		}
	}
	return id.Name
}
