package parser

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/diag"
)

// deepCases build inputs nested n deep in each way the source can nest.
var deepCases = map[string]func(n int) string{
	"paren":  func(n int) string { return "Let x be " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "\n" },
	"index":  func(n int) string { return "Display " + strings.Repeat("x[", n) + "0" + strings.Repeat("]", n) + "\n" },
	"list":   func(n int) string { return "Let x be " + strings.Repeat("list containing ", n) + "1\n" },
	"not":    func(n int) string { return "Let x be " + strings.Repeat("not ", n) + "true\n" },
	"neg":    func(n int) string { return "Let x be " + strings.Repeat("-", n) + "1\n" },
	"length": func(n int) string { return "Let x be " + strings.Repeat("length of ", n) + "y\n" },
	"await":  func(n int) string { return "Let x be " + strings.Repeat("await ", n) + "y\n" },
	"type": func(n int) string {
		return "Let x as " + strings.Repeat("List[", n) + "Integer" + strings.Repeat("]", n) + " be 1\n"
	},
	"args": func(n int) string { return "Display " + strings.Repeat("f(", n) + "1" + strings.Repeat(")", n) + "\n" },
	"named": func(n int) string {
		return "Process called \"f\" that takes a:\n    Return a\nDisplay " + strings.Repeat("f with a as ", n) + "1\n"
	},
	"listpar": func(n int) string {
		return "Let x be " + strings.Repeat("list containing (", n) + "1" + strings.Repeat(")", n) + "\n"
	},
	"block": func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(strings.Repeat(" ", i) + "If true:\n")
		}
		b.WriteString(strings.Repeat(" ", n) + "Display 1\n")
		return b.String()
	},
}

func tooDeep(d diag.List) (n int, first *diag.Diagnostic) {
	for _, x := range d {
		if x.Code == diag.CodeTooDeep {
			if first == nil {
				first = x
			}
			n++
		}
	}
	return n, first
}

// TestDepthLimit: MaxDepth levels of every kind of nesting parse; one
// more is exactly one E113.
func TestDepthLimit(t *testing.T) {
	for name, mk := range deepCases {
		t.Run(name, func(t *testing.T) {
			n := MaxDepth
			if name == "listpar" {
				n = MaxDepth / 2 // a list and a parenthesis per level
			}
			if _, d := ParseFile("t.runa", []byte(mk(n))); len(d) != 0 {
				t.Fatalf("depth %d: %s", n, d[0].Message)
			}
			_, d := ParseFile("t.runa", []byte(mk(n+1)))
			if k, _ := tooDeep(d); k != 1 || len(d) != 1 {
				t.Fatalf("depth %d: want one E113, got %d diagnostics (%d E113)", n+1, len(d), k)
			}
		})
	}
}

// TestDepthPosition: the report is at the first token past the limit.
func TestDepthPosition(t *testing.T) {
	_, d := ParseFile("t.runa", []byte(deepCases["paren"](MaxDepth+5)))
	if _, x := tooDeep(d); x == nil || x.Span.Start.Line != 1 || x.Span.Start.Col != len("Let x be ")+MaxDepth+1 {
		t.Fatalf("want E113 at the parenthesis number %d, got %+v", MaxDepth+1, x)
	}
	_, d = ParseFile("t.runa", []byte(deepCases["block"](MaxDepth+5)))
	if _, x := tooDeep(d); x == nil || x.Span.Start.Line != MaxDepth+2 {
		t.Fatalf("want E113 on line %d (the first line of block %d), got %+v", MaxDepth+2, MaxDepth+1, x)
	}
}

// TestDepthHuge: 300,000 levels (which overflowed the stack) are one
// diagnostic, and the statements after it still parse.
func TestDepthHuge(t *testing.T) {
	for name, mk := range deepCases {
		if name == "block" {
			continue // 300k indented lines is 45 GB; TestDepthLimit covers blocks
		}
		t.Run(name, func(t *testing.T) {
			f, d := ParseFile("t.runa", []byte(mk(300000)+"Display 2\n"))
			if k, _ := tooDeep(d); k != 1 || len(d) != 1 {
				t.Fatalf("want one E113, got %d diagnostics (%d E113)", len(d), k)
			}
			if len(f.Stmts) == 0 {
				t.Fatal("no statements")
			}
		})
	}
}

// TestLongChain: a flat chain of 100,000 terms is not nesting and parses;
// a statement deeper than MaxHeight is one E113 at an operator.
func TestLongChain(t *testing.T) {
	for _, op := range []string{" plus 1", " multiplied by 1", " and true", " or x", " followed by \"a\""} {
		src := "Let x be 1" + strings.Repeat(op, 100000) + "\n"
		if _, d := ParseFile("t.runa", []byte(src)); len(d) != 0 {
			t.Fatalf("%q chain: %s", op, d[0].Message)
		}
	}
	src := "Let x be 1" + strings.Repeat(" plus 1", MaxHeight+10) + "\nDisplay x\n"
	f, d := ParseFile("t.runa", []byte(src))
	k, x := tooDeep(d)
	if k != 1 || len(d) != 1 || x.Span.Start.Line != 1 {
		t.Fatalf("want one E113 on line 1, got %d diagnostics (%d E113)", len(d), k)
	}
	if len(f.Stmts) != 2 {
		t.Fatalf("want 2 statements, got %d", len(f.Stmts))
	}
	// Postfix chains build the same left-deep trees.
	src = "Display x" + strings.Repeat("[0]", MaxHeight+10) + "\n"
	if _, d := ParseFile("t.runa", []byte(src)); len(d) != 1 || d[0].Code != diag.CodeTooDeep {
		t.Fatalf("postfix chain: want one E113, got %v", d)
	}
}
