package check_test

import (
	"sort"
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

// TestTypeOfSubject: under `Match type of E:`, a type-name pattern is a
// String pattern for the name (level2.md §9.1), not a type test of a
// String subject, which could never match.
func TestTypeOfSubject(t *testing.T) {
	src := "For each x in list containing 1, \"a\":\n    Match type of x:\n        When Integer:\n            Display 1\n        When String OR Float:\n            Display 2\n        When _:\n            Display 3\n"
	p, d := checkSrc(t, src, check.Config{})
	if d.HasErrors() {
		t.Fatalf("unexpected %q", messages(d))
	}
	var got []string
	for _, names := range p.NamePatterns {
		got = append(got, strings.Join(names, "|"))
	}
	sort.Strings(got)
	if strings.Join(got, " ") != "Integer String|Float" {
		t.Errorf("NamePatterns = %q", got)
	}
	_, d = checkSrc(t, "Let x be \"a\"\nMatch x:\n    When Integer:\n        Display 1\n", check.Config{})
	if out := strings.Join(messages(d), "\n"); !strings.Contains(out, "can never match") {
		t.Errorf("a type pattern on a String subject: %q", out)
	}
}
