package format

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/parser"
)

// check formats src and verifies the contract: the output parses to the
// same tree and formatting it again changes nothing. It returns the output.
func check(t testing.TB, src []byte) []byte {
	t.Helper()
	f, diags := parser.ParseFile("in.runa", src)
	if diags.HasErrors() {
		return nil
	}
	out, err := Source(f, src)
	if err != nil {
		t.Fatalf("Source: %v", err)
	}
	g, diags := parser.ParseFile("out.runa", out)
	if diags.HasErrors() {
		t.Fatalf("formatted output does not parse:\n%s\ninput:\n%q", out, src)
	}
	if a, b := ast.Dump(f), ast.Dump(g); a != b {
		t.Fatalf("tree changed by formatting\ninput:\n%s\noutput:\n%s\nbefore: %s\nafter:  %s", src, out, a, b)
	}
	again, err := Source(g, out)
	if err != nil {
		t.Fatalf("Source (second pass): %v", err)
	}
	if string(again) != string(out) {
		t.Fatalf("formatting is not idempotent\nfirst:\n%s\nsecond:\n%s", out, again)
	}
	return out
}

func TestFormatTestdata(t *testing.T) {
	files, _ := filepath.Glob("../parser/testdata/*/*.runa")
	if len(files) == 0 {
		t.Fatal("no inputs")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			check(t, src)
		})
	}
}

func TestFormatCanonical(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"keywords and indent", "If x is 1:\n  Display True\nOtherwise If x is none:\n  Display null\nOtherwise:\n  Display False\n",
			"If x is equal to 1:\n    Display true\nOtherwise if x is None:\n    Display None\nOtherwise:\n    Display false\n"},
		{"blank lines around processes", "Let a be 1\nProcess called \"f\" that takes x (Integer), y:\n\tReturn x\nDisplay f with x as 1 with y as 2\n\n\n\nDisplay 3\n",
			"Let a be 1\n\nProcess called \"f\" that takes x as Integer and y:\n    Return x\n\nDisplay f with x as 1 and y as 2\n\nDisplay 3\n"},
		{"comments kept", "# head\nLet a be 1  # trailing\nIf a:\n    # inside\n    Display a\n    # end of block\n# tail\n",
			"# head\nLet a be 1  # trailing\nIf a:\n    # inside\n    Display a\n    # end of block\n# tail\n"},
		{"block forms", "Let d be dictionary with:\n  \"a\" as 1\n  b as list containing 1,2\nLet r be await_with_timeout with:\n  operation as f()\n  timeout_seconds as 1\n",
			"Let d be dictionary with:\n    \"a\" as 1\n    b as list containing 1, 2\nLet r be await_with_timeout with:\n    operation as f()\n    timeout_seconds as 1\n"},
		{"level 2 verbatim", "If a:\n  Import   module \"m\"\nDisplay 1\n", "If a:\n    Import   module \"m\"\nDisplay 1\n"},
		{"type operations", "Type Box[T] is Dictionary with:\n  content as T\nType L is \"a\" or \"b\"\nProcess [T] called \"f\" that takes x (T OR None):\n  Return type of   x\nDisplay x is not of type (Integer or Float)\nDisplay raw as   List[Box[L]]\nLet b be Box[Integer] with content as 1\n",
			"Type Box[T] is Dictionary with:\n    content as T\n\nType L is \"a\" OR \"b\"\n\nProcess called \"f\"[T] that takes x as T OR None:\n    Return type of x\n\nDisplay x is not of type (Integer OR Float)\nDisplay raw as List[Box[L]]\nLet b be Box[Integer] with content as 1\n"},
		{"lambda expression", "Let f be Lambda a , b (Integer):  a plus   b\nLet g be Async Lambda:1\n", "Let f be Lambda a and b as Integer: a plus b\nLet g be Async Lambda: 1\n"},
		{"lambda block", "Let f be Lambda n:\n  If n is 0:\n      Return 1\n  Return n\napply with f as Lambda x:\n  Return x\nDisplay 1\n",
			"Let f be Lambda n:\n    If n is equal to 0:\n        Return 1\n    Return n\napply with f as Lambda x:\n    Return x\nDisplay 1\n"},
		{"function types", "Type Check is ( Integer,String )->Boolean\nLet f as Function[Integer] be Lambda: 1\nProcess called \"k\" that takes t ((Integer) -> Check):\n    Return 1\n",
			"Type Check is (Integer, String) -> Boolean\n\nLet f as Function[Integer] be Lambda: 1\n\nProcess called \"k\" that takes t as (Integer) -> Check:\n    Return 1\n"},
		{"pipeline on one line", "Let r be xs |>Sort|>   show\n", "Let r be xs |> Sort |> show\n"},
		{"pipeline continuation lines", "Process called \"p\" that takes xs:\n  Let r be xs\n      |> Filter using Lambda x: x is greater than 4\n      # keep the big ones\n      |> Sort\n  Return r\n",
			"Process called \"p\" that takes xs:\n    Let r be xs\n        |> Filter using Lambda x: x is greater than 4\n        # keep the big ones\n        |> Sort\n    Return r\n"},
		{"pipeline lines ending with |>", "Let b be data |>\n    Sort |>\n    show\nDisplay b\n", "Let b be data\n    |> Sort\n    |> show\nDisplay b\n"},
		{"async for each", "Async  For each x in   xs:\n  Continue\n", "Async For each x in xs:\n    Continue\n"},
		{"lambda in list", "Let fs be list containing Lambda x: x,Lambda: 2\n", "Let fs be list containing Lambda x: x, Lambda: 2\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := check(t, []byte(c.in))
			if string(out) != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", out, c.want)
			}
		})
	}
}

// FuzzFormat checks, on every input that parses without errors, that
// formatting is idempotent and keeps the tree.
func FuzzFormat(f *testing.F) {
	files, _ := filepath.Glob("../parser/testdata/*/*.runa")
	for _, path := range files {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) { check(t, src) })
}
