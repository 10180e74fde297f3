package ast_test

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/parser"
)

func valueOf(t testing.TB, src string) ast.Expr {
	t.Helper()
	f, d := parser.ParseFile("t.runa", []byte("Let x be "+src+"\n"))
	if len(d) != 0 {
		t.Fatalf("%s: %s", src, d[0].Message)
	}
	return f.Stmts[0].(*ast.LetStmt).Value
}

func TestFold(t *testing.T) {
	cases := []struct {
		src   string
		ok    bool
		float bool
		i     int64
		f     float64
	}{
		{"1 plus 2 multiplied by 3", true, false, 7, 0},
		{"(1 minus 4) multiplied by -(2)", true, false, 6, 0},
		{"0.1 plus 0.2", true, true, 0, 0.30000000000000004}, // rounded at each step, unlike Go constants
		{"9223372036854775807 plus 1", true, false, -9223372036854775808, 0},
		{"1 plus x", false, false, 0, 0},
		{"x plus 1 plus 2", false, false, 0, 0},
		{"1 divided by 2", false, false, 0, 0},
		{"\"a\" followed by \"b\"", false, false, 0, 0},
	}
	for _, c := range cases {
		e := valueOf(t, c.src)
		for pass := 0; pass < 2; pass++ { // the second answer comes from the memo
			got, ok := ast.Fold(e)
			if ok != c.ok || ok && (got.IsFloat != c.float || got.I != c.i || got.F != c.f) {
				t.Errorf("pass %d: Fold(%s) = %+v, %v; want ok=%v i=%d f=%v", pass, c.src, got, ok, c.ok, c.i, c.f)
			}
		}
	}
	// Inner nodes answer from the memo filled by folding the root.
	e := valueOf(t, "1 plus 2 plus 3").(*ast.BinaryExpr)
	ast.Fold(e)
	if c, ok := ast.Fold(e.X); !ok || c.I != 3 {
		t.Errorf("Fold(1 plus 2) = %+v, %v", c, ok)
	}
}

func TestFoldBool(t *testing.T) {
	cases := []struct {
		src   string
		v, ok bool
	}{
		{"true and not false", true, true},
		{"false or (1 plus 1 is equal to 2)", true, true},
		{"\"a\" is less than \"b\" and 2 is greater than 3", false, true},
		{"true and x", false, false},
		{"not x", false, false},
	}
	for _, c := range cases {
		e := valueOf(t, c.src)
		for pass := 0; pass < 2; pass++ {
			v, ok := ast.FoldBool(e)
			if ok != c.ok || ok && v != c.v {
				t.Errorf("pass %d: FoldBool(%s) = %v, %v; want %v, %v", pass, c.src, v, ok, c.v, c.ok)
			}
		}
	}
}

// TestFoldLongChain: a 100,000-term chain folds (without deep recursion)
// to the right value, also when every level is asked, as codegen does.
func TestFoldLongChain(t *testing.T) {
	e := valueOf(t, "1"+strings.Repeat(" plus 1", 99999))
	for x := e; ; {
		b, ok := x.(*ast.BinaryExpr)
		if !ok {
			break
		}
		ast.Fold(b)
		x = b.X
	}
	if c, ok := ast.Fold(e); !ok || c.I != 100000 {
		t.Fatalf("Fold = %+v, %v; want 100000", c, ok)
	}
	b := valueOf(t, "true"+strings.Repeat(" and true", 99999))
	if v, ok := ast.FoldBool(b); !ok || !v {
		t.Fatalf("FoldBool = %v, %v", v, ok)
	}
}
