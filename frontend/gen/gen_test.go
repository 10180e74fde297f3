package gen_test

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/gen"
	"github.com/runa2go/runa2go/frontend/parser"
)

// TestTypedChecks: the benchmark's typed program parses and checks without
// a diagnostic, Level 2 forms included.
func TestTypedChecks(t *testing.T) {
	src := gen.Typed(1000)
	f, d := parser.ParseFile("typed.runa", src)
	if len(d) > 0 {
		t.Fatalf("parse: %v", d[0])
	}
	if _, d := check.Check(f, check.Config{}); len(d) > 0 {
		t.Fatalf("check: %v", d[0])
	}
	for _, form := range []string{"Lambda", "Map over", "|>", "split by", "Then", "unit price"} {
		if !strings.Contains(string(src), form) {
			t.Errorf("typed program lacks %q", form)
		}
	}
}
