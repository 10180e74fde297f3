package parser

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/ast"
)

// TestFunctionalForms checks how compose, pipe, partial and curry forms
// and Memoized processes parse (level2.md §4.5, §4.6).
func TestFunctionalForms(t *testing.T) {
	head := "Process called \"add\" that takes a and b:\n    Return a plus b\n" +
		"Process called \"Plus Ten\" that takes n:\n    Return n plus 10\n" +
		"Let inc be Lambda x: x plus 1\n"
	cases := []struct {
		name, src, want string
	}{
		{"compose", "Let f be compose inc with Plus Ten with inc", "(compose inc Plus_Ten inc)"},
		{"pipe parenthesised", "Let f be pipe (Lambda v: v) with inc", "(pipe (paren (lambda (params v) v)) inc)"},
		{"partial named", "Let f be partial add with b as 2", "(partial add (arg b (int 2)))"},
		{"Partial positional", "Let f be Partial add with 1", "(partial add (int 1))"},
		{"curry", "Let f be curry add", "(curry add)"},
		{"compose stops at a named argument", "Display f with g as compose inc with inc with x as 1", "(compose inc inc)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := head + c.src + "\n"
			f, diags := ParseFile("t.runa", []byte(src))
			if len(diags) > 0 {
				t.Fatalf("diagnostics:\n%s", renderAll(src, diags))
			}
			last := f.Stmts[len(f.Stmts)-1]
			var got *ast.FunctionalExpr
			ast.Inspect(last, func(n ast.Node) bool {
				if e, ok := n.(*ast.FunctionalExpr); ok && got == nil {
					got = e
				}
				return true
			})
			if got == nil {
				t.Fatalf("no form in:\n%s", ast.Dump(f))
			}
			if d := ast.Dump(got); !strings.Contains(d, c.want) {
				t.Errorf("got %s, want %s", d, c.want)
			}
			if got.Lowered == nil {
				t.Errorf("the form was not lowered")
			}
		})
	}
}

// TestFunctionalHidden checks that a declared name spelled like a form
// word is that name (level2.md §4.5).
func TestFunctionalHidden(t *testing.T) {
	src := "Let pipe be 3\nDisplay pipe plus 1\n"
	f, diags := ParseFile("t.runa", []byte(src))
	if len(diags) > 0 {
		t.Fatalf("diagnostics:\n%s", renderAll(src, diags))
	}
	ast.Inspect(f.Stmts[1], func(n ast.Node) bool {
		if _, ok := n.(*ast.FunctionalExpr); ok {
			t.Errorf("pipe parsed as a form:\n%s", ast.Dump(f))
		}
		return true
	})
}

// TestMemoizedDecl checks the Memoized header, plain and Async.
func TestMemoizedDecl(t *testing.T) {
	for _, src := range []string{
		"Memoized Process called \"f\" that takes n:\n    Return n\n",
		"Memoized Async Process called \"f\" that takes n:\n    Return n\n",
	} {
		f, diags := ParseFile("t.runa", []byte(src))
		if len(diags) > 0 {
			t.Fatalf("diagnostics:\n%s", renderAll(src, diags))
		}
		d, ok := f.Stmts[0].(*ast.ProcDecl)
		if !ok || !d.Memoized || d.Name != "f" {
			t.Errorf("%q: got\n%s", src, ast.Dump(f))
		}
	}
}
