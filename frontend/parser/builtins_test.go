package parser

import (
	"slices"
	"testing"

	"github.com/runa2go/runa2go/frontend/check"
)

// TestBuiltinsMatchChecker: the parser's list of builtins (it decides
// which call a named argument belongs to) names every builtin of the
// checker's table, with the same parameters, and no other.
func TestBuiltinsMatchChecker(t *testing.T) {
	seen := map[string]bool{}
	for _, b := range check.Builtins() {
		seen[b.Name] = true
		want := slices.Clone(b.Params)
		if b.VarArgs {
			want = append(want, anyParams)
		}
		got, ok := builtins[b.Name]
		if !ok {
			t.Errorf("builtin %q is missing from the parser's list", b.Name)
			continue
		}
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("builtin %q: parser has parameters %q, checker %q", b.Name, got, want)
		}
	}
	for name := range builtins {
		if !seen[name] {
			t.Errorf("the parser lists %q, which the checker does not know", name)
		}
	}
}

// TestModuleMembersMatchChecker keeps moduleParams equal to the member
// processes of the checker's built-in modules.
func TestModuleMembersMatchChecker(t *testing.T) {
	seen := map[string]bool{}
	for _, b := range check.ModuleMembers() {
		seen[b.Name] = true
		if got, ok := moduleParams[b.Name]; !ok || !slices.Equal(got, b.Params) {
			t.Errorf("module member %q: parser has parameters %q, checker %q", b.Name, got, b.Params)
		}
	}
	for name := range moduleParams {
		if !seen[name] {
			t.Errorf("the parser lists module member %q, which the checker does not know", name)
		}
	}
}
