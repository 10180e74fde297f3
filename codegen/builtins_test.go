package codegen

import (
	"testing"

	"github.com/runa2go/runa2go/frontend/check"
)

// TestBuiltinLowerings checks that every builtin of the checker's table
// has a Go lowering and that no lowering is left for a builtin the table
// no longer has.
func TestBuiltinLowerings(t *testing.T) {
	table := map[string]bool{}
	for _, b := range append(check.Builtins(), check.ModuleMembers()...) {
		table[b.Name] = true
		if lowerings[b.Name] == nil {
			t.Errorf("builtin %q has no lowering in codegen", b.Name)
		}
	}
	for name := range lowerings {
		if !table[name] {
			t.Errorf("lowering %q is for no builtin of check.Builtins()", name)
		}
	}
}
