package ast_test

import (
	"testing"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/parser"
)

func TestInspectVisitsNestedBlocks(t *testing.T) {
	src := "Let r be new awaitable that resolves when:\n    Let n be 5\n    Resolve with n\nf with cb as (a):\n    Display a\n"
	f, d := parser.ParseFile("t.runa", []byte(src))
	if d.HasErrors() {
		t.Fatal(d[0].Message)
	}
	var lets, displays, idents int
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.LetStmt:
			lets++
		case *ast.DisplayStmt:
			displays++
		case *ast.Ident:
			idents++
		}
		return true
	})
	if lets != 2 || displays != 1 || idents < 3 {
		t.Errorf("lets=%d displays=%d idents=%d, want 2, 1, ≥3", lets, displays, idents)
	}
	// Returning false skips children.
	count := 0
	ast.Inspect(f, func(n ast.Node) bool {
		count++
		_, isLet := n.(*ast.LetStmt)
		return !isLet
	})
	if count == 0 {
		t.Fatal("no nodes visited")
	}
}
