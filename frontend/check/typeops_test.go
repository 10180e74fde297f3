package check_test

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/check"
)

// The diagnostics of the Level 2 types (level2.md §10, §15.1), each as
// "LINE:COL CODE message"; nil wants no error.
func TestTypeDiagnostics(t *testing.T) {
	const reading = "Type Reading is Integer OR String\n"
	const level = "Type Level is \"low\" OR \"mid\" OR \"high\"\n"
	tests := []struct {
		name, src string
		want      []string
	}{
		{"type of", "Let t be type of 1\nDisplay t\n", nil},
		{"is of type", "Let a be 1\nDisplay a is of type Integer\nDisplay a is not of type (Integer OR Float)\n", nil},
		{"is of type arguments", "Let a be 1\nDisplay a is of type List[Integer]\n",
			[]string{`2:22 E317 "is of type" takes a type name without arguments`}},
		{"as impossible", "Let n be \"x\" as Integer\n", []string{`1:14 E316 cannot convert String to Integer with "as"`}},
		{"as float to integer", "Let n be 2.5 as Integer\n", []string{`1:14 E316 cannot convert Float to Integer with "as"`}},
		{"as from any", "Let n be json_parse(\"1\") as Integer\nDisplay n plus 1\n", nil},
		{"as integer to float", "Let n be 3 as Float\nDisplay n\n", nil},
		{"not a member", reading + "Process called \"p\" that takes x returns Reading:\n    Return false\nDisplay p with x as 1\n",
			[]string{`3:12 E310 Boolean is not a member of Reading (Integer OR String)`}},
		{"member", reading + "Process called \"p\" that takes x returns Reading:\n    Return 3\nDisplay p with x as 1\n", nil},
		{"un-narrowed", reading + "Process called \"p\" that takes r as Reading:\n    Return r plus 1\nDisplay p with r as 1\n",
			[]string{`3:12 E313 r is Integer OR String here; narrow it first`}},
		{"narrowed", reading + "Process called \"p\" that takes r as Reading:\n    If r is of type Integer:\n        Return r plus 1\n    Otherwise:\n        Return length of r\nDisplay p with r as 1\n", nil},
		{"narrowed after leaving", reading + "Process called \"p\" that takes r as Reading:\n    If r is not of type Integer:\n        Return 0\n    Return r plus 1\nDisplay p with r as 1\n", nil},
		{"narrowing ends at assignment", "Process called \"p\" that takes r as Integer OR String:\n    If r is of type Integer:\n        Set r to \"x\"\n        Return r plus 1\n    Return 0\nDisplay p with r as 1\n",
			[]string{`4:16 E313 r is Integer OR String here; narrow it first`}},
		{"literal outside", level + "Type Alert is Dictionary with:\n    level as Level\nLet a be Alert with level as \"urgent\"\n",
			[]string{`4:30 E311 "urgent" is not a Level (expected "low", "mid" or "high")`}},
		{"literal inside", level + "Type Alert is Dictionary with:\n    level as Level\nLet a be Alert with level as \"mid\"\nDisplay a.level converted to uppercase\n", nil},
		{"literal from a String", level + "Type Alert is Dictionary with:\n    level as Level\nLet w be \"mid\"\nLet a be Alert with level as w\n", nil},
		{"mixed literals", "Type Odd is \"a\" OR 1\n", []string{`1:13 E312 a literal union mixes String and Integer literals`}},
		{"literal parameter", "Process called \"go\" that takes mode as \"fast\" OR \"safe\":\n    Return mode\nDisplay go with mode as \"slow\"\n",
			[]string{`3:25 E311 "slow" is not a "fast" OR "safe" (expected "fast" or "safe")`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, d := checkSrc(t, tc.src, check.Config{})
			got := messages(d)
			for _, w := range tc.want {
				pos, rest, _ := strings.Cut(w, " ")
				code, msg, _ := strings.Cut(rest, " ")
				found := false
				for _, g := range got {
					if strings.HasPrefix(g, pos+" ") && strings.Contains(g, "["+code+"]") && strings.Contains(g, msg) {
						found = true
					}
				}
				if !found {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			if tc.want == nil && d.HasErrors() {
				t.Errorf("unexpected errors: %q", got)
			}
		})
	}
}
