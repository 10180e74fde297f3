package check

import (
	"testing"

	"github.com/runa2go/runa2go/frontend/gen"
	"github.com/runa2go/runa2go/frontend/parser"
)

// TestInferenceConverges: inference over the benchmark program settles in a
// handful of passes. A type made afresh in every pass (a List[String] from
// `split by` with a new element cell each time) once kept it walking to
// maxPasses, which made checking 50k lines take 12 s instead of 0.2 s.
func TestInferenceConverges(t *testing.T) {
	f, d := parser.ParseFile("typed.runa", gen.Typed(2000))
	if len(d) > 0 {
		t.Fatal(d[0])
	}
	c := newChecker(f, Config{}, map[slotKey]bool{})
	c.infer()
	if c.passes > 4 {
		t.Fatalf("inference took %d passes (max %d); want ≤ 4", c.passes, maxPasses)
	}
}
