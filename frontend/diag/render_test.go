package diag

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/ast"
)

func span(l1, c1, l2, c2 int) ast.Span {
	return ast.Span{Start: ast.Pos{Line: l1, Col: c1}, End: ast.Pos{Line: l2, Col: c2}}
}

func TestRender(t *testing.T) {
	src := "Let x be 1\n\tDisplay \"é\" plus 3\nIf x\n"
	var l List
	l.Errorf(span(2, 10, 2, 19), "E201", "use \"followed by\"", "bad %s", "plus")
	l.Warnf(span(1, 5, 1, 6), "W1", "", "unused")
	l.Errorf(span(3, 5, 3, 5), "E105", "", "missing colon")
	l.Errorf(span(1, 1, 2, 3), "E106", "", "multi-line")
	l.Errorf(ast.Span{}, "E100", "", "no position")
	var b strings.Builder
	Render(&b, "f.runa", []byte(src), l)
	want := `f.runa: error[E100]: no position
f.runa:1:1: error[E106]: multi-line
Let x be 1
^^^^^^^^^^
f.runa:1:5: warning[W1]: unused
Let x be 1
    ^
f.runa:2:10: error[E201]: bad plus
	Display "é" plus 3
	        ^^^^^^^^^
hint: use "followed by"
f.runa:3:5: error[E105]: missing colon
If x
    ^
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestRenderJSON(t *testing.T) {
	var l List
	l.Errorf(span(2, 1, 2, 4), "E1", "h", "second")
	l.Errorf(span(1, 3, 1, 4), "E2", "", "first")
	var b strings.Builder
	if err := RenderJSON(&b, "f.runa", l); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(b.String()), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0]["message"] != "first" || got[1]["hint"] != "h" || got[1]["endCol"] != 4.0 || got[0]["severity"] != "error" {
		t.Errorf("unexpected JSON %s", b.String())
	}
	b.Reset()
	_ = RenderJSON(&b, "f.runa", nil)
	if strings.TrimSpace(b.String()) != "[]" {
		t.Errorf("empty list renders %q", b.String())
	}
}

// TestRenderCap: at most MaxErrors errors are printed, then a count of
// the rest; warnings past the cut are dropped with the errors.
func TestRenderCap(t *testing.T) {
	var src strings.Builder
	var l List
	for i := 1; i <= 120; i++ {
		src.WriteString("Let x be y\n")
		if i%2 == 0 {
			l.Warnf(span(i, 1, i, 4), "W1", "", "warning %d", i)
		}
		l.Errorf(span(i, 10, i, 11), "E201", "", "error %d", i)
	}
	var b strings.Builder
	Render(&b, "t.runa", []byte(src.String()), l)
	out := b.String()
	if n := strings.Count(out, ": error["); n != MaxErrors {
		t.Errorf("printed %d errors, want %d", n, MaxErrors)
	}
	if n := strings.Count(out, ": warning["); n != MaxErrors/2 {
		t.Errorf("printed %d warnings, want %d (those before the cut)", n, MaxErrors/2)
	}
	if !strings.HasSuffix(out, "\n… and 70 more errors\n") {
		t.Errorf("output does not end with the count of the rest:\n%s", out[len(out)-200:])
	}
	errs := func(n int) List {
		var l List
		for i := 1; i <= n; i++ {
			l.Errorf(span(i, 10, i, 11), "E201", "", "error %d", i)
		}
		return l
	}
	b.Reset()
	Render(&b, "t.runa", []byte(src.String()), errs(MaxErrors))
	if strings.Contains(b.String(), "more error") {
		t.Errorf("no count line expected when nothing is cut")
	}
	b.Reset()
	Render(&b, "t.runa", []byte(src.String()), errs(MaxErrors+1))
	if !strings.HasSuffix(b.String(), "\n… and 1 more error\n") {
		t.Errorf("want a last line \"… and 1 more error\"")
	}
}

// TestRenderLongLine: a very long source line is shown as a window
// around the caret, and the caret still points at the span.
func TestRenderLongLine(t *testing.T) {
	line := strings.Repeat("(", 100000) + "1"
	var l List
	l.Errorf(span(1, 50001, 1, 50002), "E113", "", "too deep")
	var b strings.Builder
	Render(&b, "t.runa", []byte(line+"\n"), l)
	rows := strings.Split(b.String(), "\n")
	if len(b.String()) > 1000 {
		t.Fatalf("output is %d bytes", len(b.String()))
	}
	src, caret := []rune(rows[1]), []rune(rows[2])
	if src[0] != '…' || src[len(src)-1] != '…' || len(src) != MaxShownLine+2 {
		t.Errorf("window %q", rows[1])
	}
	if c := len(caret) - 1; caret[c] != '^' || strings.Count(rows[2], "^") != 1 || src[c] != '(' {
		t.Errorf("caret line %q", rows[2])
	}
	// Near the start, the line is cut only at its end.
	b.Reset()
	l[0].Span = span(1, 3, 1, 4)
	Render(&b, "t.runa", []byte(line+"\n"), l)
	rows = strings.Split(b.String(), "\n")
	if rows[2] != "  ^" || !strings.HasPrefix(rows[1], "(((") {
		t.Errorf("got %q / %q", rows[1], rows[2])
	}
}
