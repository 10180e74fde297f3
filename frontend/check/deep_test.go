package check_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/parser"
)

// deepPrograms are the deepest inputs the parser accepts: nesting at
// parser.MaxDepth and flat chains of 100,000 terms.
func deepPrograms() map[string]string {
	n := parser.MaxDepth
	var blocks strings.Builder
	for i := 0; i < n; i++ {
		blocks.WriteString(strings.Repeat(" ", i) + "If true:\n")
	}
	blocks.WriteString(strings.Repeat(" ", n) + "Display 1\n")
	return map[string]string{
		"paren":   "Let x be " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "\nDisplay x\n",
		"list":    "Let x be " + strings.Repeat("list containing ", n) + "1\nDisplay x\n",
		"index":   "Let x be list containing 0\nDisplay " + strings.Repeat("x[", n) + "0" + strings.Repeat("]", n) + "\n",
		"not":     "Let x be " + strings.Repeat("not ", n) + "true\nDisplay x\n",
		"blocks":  blocks.String(),
		"plus":    "Let x be 1" + strings.Repeat(" plus 1", 100000) + "\nDisplay x\n",
		"concat":  "Let x be \"a\"" + strings.Repeat(" followed by \"b\"", 100000) + "\nDisplay x\n",
		"and":     "Let x be true" + strings.Repeat(" and false", 100000) + "\nDisplay x\n",
		"postfix": "Let x be list containing 0\nDisplay x" + strings.Repeat("[0]", 100000) + "\n",
	}
}

// TestDeepInputs: the checker handles the deepest trees the parser
// accepts without crashing.
func TestDeepInputs(t *testing.T) {
	for name, src := range deepPrograms() {
		t.Run(name, func(t *testing.T) {
			f, d := parser.ParseFile("t.runa", []byte(src))
			if len(d) != 0 {
				t.Fatalf("parse: %s", d[0].Message)
			}
			_, d = check.Check(f, check.Config{})
			for _, x := range d {
				if name != "postfix" { // x[0][0]… is a type error after the first index
					t.Errorf("%s: %s", x.Code, x.Message)
				}
			}
		})
	}
}

// BenchmarkDeep parses, checks and folds (ast.Fold at every level, as
// codegen asks) a flat `plus` chain of 1k, 10k and 100k terms and
// parentheses nested 1k deep (parser.MaxDepth) and 10k deep (past the
// limit: one diagnostic). Time per op must grow linearly with the size.
func BenchmarkDeep(b *testing.B) {
	inputs := []struct {
		name string
		src  string
	}{}
	for _, n := range []int{1000, 10000, 100000} {
		inputs = append(inputs, struct{ name, src string }{
			fmt.Sprintf("chain_%dk", n/1000), "Let x be 1" + strings.Repeat(" plus 1", n-1) + "\nDisplay x\n"})
	}
	for _, n := range []int{1000, 10000} {
		inputs = append(inputs, struct{ name, src string }{
			fmt.Sprintf("nest_%dk", n/1000), "Let x be " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "\nDisplay x\n"})
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			src := []byte(in.src)
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				f, d := parser.ParseFile("t.runa", src)
				if d.HasErrors() {
					continue
				}
				if _, d := check.Check(f, check.Config{}); d.HasErrors() {
					b.Fatal(d[0].Message)
				}
				ast.Inspect(f, func(n ast.Node) bool {
					if e, ok := n.(ast.Expr); ok {
						ast.Fold(e)
					}
					return true
				})
			}
		})
	}
}
