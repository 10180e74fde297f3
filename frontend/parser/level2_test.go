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
		{"union", `Type Status is "open" OR "closed"`, "union type", 16},
		{"generic type", "Type Result[T] is Dictionary with:\n    value as T", "generic type", 12},
		{"algebraic", "Type Shape is\n    | Circle with radius as Float\n    | Square with side as Float", "algebraic type", 5},
		{"generic process", "Process called \"first\"[T] that takes xs as List[T] returns T:\n    Return xs[0]", "generic process", 23},
		{"is of type", `Display x is of type Integer`, "\"is of type\"", 11},
		{"type of", `Display type of x`, "\"type of\"", 9},
		{"import", `Import module "m"`, "Import", 1},
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
	src := "Process called \"p\" that takes xs:\n    Let d be type of xs\n    Return xs\n"
	f, diags := ParseFile("t.runa", []byte(src))
	if len(diags) > 0 {
		t.Fatalf("diagnostics:\n%s", renderAll(src, diags))
	}
	want := `(process "Process" p (params xs) (block (unsupported "\"type of\"") (return xs)))`
	if got := ast.Dump(f); got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}
