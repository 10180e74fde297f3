package parser

import (
	"testing"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Level 2 constructs (spec Appendix A) parse, without diagnostics, to
// ast.Unsupported covering the statement and its block.
func TestLevel2(t *testing.T) {
	cases := []struct {
		name, src, construct string
		atCol                int
	}{
		{"stray pipeline", "Display |> 3", "pipeline (|>)", 9},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := c.src + "\nDisplay \"after\"\n"
			f, diags := ParseFile("t.runa", []byte(src))
			if len(diags) > 0 {
				t.Fatalf("diagnostics:\n%s", renderAll(src, diags))
			}
			if len(f.Stmts) != 2 {
				t.Fatalf("want 2 statements, got:\n%s", ast.Dump(f))
			}
			u, ok := f.Stmts[0].(*ast.Unsupported)
			if !ok {
				t.Fatalf("want Unsupported, got:\n%s", ast.Dump(f))
			}
			if u.Construct != c.construct || u.At.Start.Col != c.atCol {
				t.Errorf("got %q at col %d, want %q at col %d", u.Construct, u.At.Start.Col, c.construct, c.atCol)
			}
			if u.Sp.Start.Line != 1 || u.Sp.Start.Col != 1 {
				t.Errorf("Unsupported span starts at %v, want 1:1", u.Sp.Start)
			}
		})
	}
}

// A Level 2 construct inside a block affects only its own statement.
func TestLevel2Nested(t *testing.T) {
	src := "Process called \"p\" that takes xs:\n    Display |> 3\n    Return xs\n"
	f, diags := ParseFile("t.runa", []byte(src))
	if len(diags) > 0 {
		t.Fatalf("diagnostics:\n%s", renderAll(src, diags))
	}
	want := `(process "Process" p (params xs) (block (unsupported "pipeline (|>)") (return xs)))`
	if got := ast.Dump(f); got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}
