package parser

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
)

// parseCase is one table entry: Runa source and the expected ast.Dump of
// the parsed file. Sources are written with a leading newline and tab
// indentation stripped by trimSrc, so tables stay readable.
type parseCase struct {
	name string
	src  string
	want string
}

// trimSrc removes the first newline of s, so a table's source can start on
// the line after the opening backquote.
func trimSrc(s string) string { return strings.TrimPrefix(s, "\n") }

func runParseCases(t *testing.T, cases []parseCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, diags := ParseFile("t.runa", []byte(trimSrc(c.src)))
			if len(diags) > 0 {
				t.Fatalf("unexpected diagnostics:\n%s", renderAll(trimSrc(c.src), diags))
			}
			if got := ast.Dump(f); got != strings.TrimSpace(trimSrc(c.want)) {
				t.Errorf("source:\n%s\ngot:\n%s\nwant:\n%s", c.src, got, strings.TrimSpace(c.want))
			}
		})
	}
}

// diagCase is source that must produce diagnostics, each given as
// "LINE:COL CODE" in source order.
type diagCase struct {
	name string
	src  string
	want []string
}

func runDiagCases(t *testing.T, cases []diagCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := trimSrc(c.src)
			_, diags := ParseFile("t.runa", []byte(src))
			var got []string
			for _, d := range diags.Sorted() {
				got = append(got, posCode(d))
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("source:\n%s\ngot:  %v\nwant: %v\n%s", src, got, c.want, renderAll(src, diags))
			}
		})
	}
}

func posCode(d *diag.Diagnostic) string {
	return itoa(d.Span.Start.Line) + ":" + itoa(d.Span.Start.Col) + " " + d.Code
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	if n == 0 {
		return "0"
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func renderAll(src string, l diag.List) string {
	var b strings.Builder
	diag.Render(&b, "t.runa", []byte(src), l)
	return b.String()
}
