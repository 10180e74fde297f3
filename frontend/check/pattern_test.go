package check_test

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/check"
)

// TestPatternNeverMatches: a literal pattern of another kind than a scalar
// subject is an error at the pattern (level2.md §9.3); numbers of either
// kind, and a subject of type Any, are not.
func TestPatternNeverMatches(t *testing.T) {
	bad := "Let code be 404\nMatch code:\n    When \"missing\":\n        Display \"no\"\n    When _:\n        Display \"yes\"\n"
	_, d := checkSrc(t, bad, check.Config{})
	out := strings.Join(messages(d), "\n")
	want := `3:10`
	if !strings.Contains(out, want) || !strings.Contains(out, `pattern "missing" (String) can never match a value of type Integer`) {
		t.Fatalf("diagnostics = %q, want the pattern-type error at %s", out, want)
	}
	for _, ok := range []string{
		"Match 5.0:\n    When 5:\n        Display \"five\"\n",
		"Let s be \"a\"\nMatch s:\n    When \"a\":\n        Display \"a\"\n",
	} {
		_, d := checkSrc(t, ok, check.Config{})
		if out := strings.Join(messages(d), "\n"); strings.Contains(out, "can never match") {
			t.Errorf("%q: unexpected %q", ok, out)
		}
	}
}
