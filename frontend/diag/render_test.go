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
