package diag

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Sorted returns the diagnostics of l in source order (by start position;
// diagnostics without a position first); equal positions keep their
// reporting order. l itself is not changed.
func (l List) Sorted() List {
	out := append(List(nil), l...)
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].Span.Start.Before(out[j].Span.Start)
	})
	return out
}

// Render writes every diagnostic of l in source order as spec §10 describes:
//
//	FILE:LINE:COL: error[CODE]: message
//	<the source line>
//	<caret line: ^ under the span, at least one, tabs kept so it lines up>
//	hint: <hint>
//
// LINE and COL are 1-based, COL counting characters. A span that runs past
// its first line is underlined to the end of that line. A diagnostic
// without a position prints only its first line, `FILE: error[CODE]: …`.
// A source line longer than MaxShownLine characters is shown as a window
// of that many characters around the caret, cut ends marked with "…".
//
// At most MaxErrors errors are printed; the rest are counted in a last
// line `… and N more errors`. Warnings are printed in source order among
// the errors up to that cut; those after it are dropped with the errors.
func Render(w io.Writer, filename string, src []byte, l List) {
	RenderFiles(w, Files{{Name: filename, Data: src}}, l)
}

// RenderFiles is Render for a program of several files: each diagnostic
// is shown with the name, line and source of the file its position falls
// in (see Files.Locate).
func RenderFiles(w io.Writer, files Files, l List) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	lines := map[*File][]string{}
	errors, more := 0, 0
	for _, d := range l.Sorted() {
		if errors == MaxErrors {
			if d.Severity == Error {
				more++
			}
			continue
		}
		if d.Severity == Error {
			errors++
		}
		start := d.Span.Start
		f, line := files.Locate(start.Line)
		if f == nil {
			f = &File{}
		}
		if !start.IsValid() {
			fmt.Fprintf(bw, "%s: %s[%s]: %s\n", f.Name, d.Severity, d.Code, d.Message)
		} else {
			fmt.Fprintf(bw, "%s:%d:%d: %s[%s]: %s\n", f.Name, line, start.Col, d.Severity, d.Code, d.Message)
			ls, ok := lines[f]
			if !ok {
				ls = splitLines(f.Data)
				lines[f] = ls
			}
			if line <= len(ls) {
				sp := d.Span
				sp.Start.Line, sp.End.Line = line, sp.End.Line-f.Base
				text, span := window(printable(ls[line-1]), sp)
				bw.WriteString(text)
				bw.WriteByte('\n')
				bw.WriteString(caretLine(text, span))
				bw.WriteByte('\n')
			}
		}
		if d.Hint != "" {
			fmt.Fprintf(bw, "hint: %s\n", d.Hint)
		}
	}
	if more > 0 {
		noun := "errors"
		if more == 1 {
			noun = "error"
		}
		fmt.Fprintf(bw, "… and %d more %s\n", more, noun)
	}
}

// printable replaces each byte of line that is not valid UTF-8, and each
// control character but tab, by U+FFFD: one character for one column, so
// the caret still lines up (a binary is never echoed raw to a terminal).
func printable(line string) string {
	clean := true
	for _, r := range line {
		if r == utf8.RuneError || r < 0x20 && r != '\t' || r == 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		if r == utf8.RuneError || r < 0x20 && r != '\t' || r == 0x7f {
			r = utf8.RuneError
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// MaxErrors is the number of errors Render prints for one file (spec §10).
const MaxErrors = 50

// MaxShownLine is the longest source line Render prints whole.
const MaxShownLine = 160

// window cuts line to at most MaxShownLine characters around the start of
// sp, marking cut ends with "…", and returns the cut line with sp moved
// to it (an end past the cut is clipped to it).
func window(line string, sp ast.Span) (string, ast.Span) {
	n := utf8.RuneCountInString(line)
	if n <= MaxShownLine {
		return line, sp
	}
	first := sp.Start.Col - 1 - MaxShownLine/3 // characters kept before the caret
	if first < 0 {
		first = 0
	}
	if first > n-MaxShownLine {
		first = n - MaxShownLine
	}
	last := first + MaxShownLine
	runes := []rune(line)
	var b strings.Builder
	shift := first
	if first > 0 {
		b.WriteString("…")
		shift--
	}
	b.WriteString(string(runes[first:last]))
	if last < n {
		b.WriteString("…")
	}
	sp.Start.Col -= shift
	if sp.End.Line == sp.Start.Line {
		sp.End.Col -= shift
		if max := last - shift + 1; sp.End.Col > max {
			sp.End.Col = max
		}
	} else {
		sp.End = ast.Pos{Line: sp.Start.Line, Col: last - shift + 1}
	}
	return b.String(), sp
}

// splitLines splits src into lines without their line terminators.
func splitLines(src []byte) []string {
	s := string(src)
	lines := strings.Split(s, "\n")
	for i, ln := range lines {
		lines[i] = strings.TrimSuffix(ln, "\r")
	}
	return lines
}

// caretLine builds the marker line under line for span sp: the characters
// before the span become spaces (tabs stay tabs) and the span's characters
// on this line become '^', at least one.
func caretLine(line string, sp ast.Span) string {
	var b strings.Builder
	col := 1
	for _, r := range line {
		if col >= sp.Start.Col {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
		col++
	}
	for col < sp.Start.Col {
		b.WriteByte(' ')
		col++
	}
	width := 1
	if sp.End.Line == sp.Start.Line && sp.End.Col > sp.Start.Col {
		width = sp.End.Col - sp.Start.Col
	} else if sp.End.Line > sp.Start.Line {
		if n := utf8.RuneCountInString(line) - sp.Start.Col + 1; n > 1 {
			width = n
		}
	}
	b.WriteString(strings.Repeat("^", width))
	return b.String()
}

// jsonDiag is the JSON form of one diagnostic.
type jsonDiag struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	EndLine  int    `json:"endLine"`
	EndCol   int    `json:"endCol"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
	Hint     string `json:"hint,omitempty"`
}

// RenderJSON writes the diagnostics of l in source order as a JSON array
// of objects {file, line, col, endLine, endCol, severity, code, message,
// hint}; an empty list is written as [].
func RenderJSON(w io.Writer, filename string, l List) error {
	return RenderJSONFiles(w, Files{{Name: filename}}, l)
}

// RenderJSONFiles is RenderJSON for a program of several files: lines are
// those of the file each position falls in.
func RenderJSONFiles(w io.Writer, files Files, l List) error {
	out := make([]jsonDiag, 0, len(l))
	for _, d := range l.Sorted() {
		f, line := files.Locate(d.Span.Start.Line)
		name, endLine := "", d.Span.End.Line
		if f != nil {
			name = f.Name
			if d.Span.End.IsValid() {
				endLine -= f.Base
			}
		}
		out = append(out, jsonDiag{
			File: name, Line: line, Col: d.Span.Start.Col,
			EndLine: endLine, EndCol: d.Span.End.Col,
			Severity: d.Severity.String(), Code: d.Code, Message: d.Message, Hint: d.Hint,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
