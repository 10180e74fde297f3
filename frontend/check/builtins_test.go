package check

import (
	"os"
	"strings"
	"testing"
)

// TestBuiltinTable checks the shape of every entry of the builtin table:
// sorted and unique names, types and optional parameters within Params,
// a typing rule and a documented result.
func TestBuiltinTable(t *testing.T) {
	table := Builtins()
	if len(table) != len(builtins) {
		t.Fatalf("Builtins() has %d entries, the index %d", len(table), len(builtins))
	}
	for i, b := range table {
		if i > 0 && table[i-1].Name >= b.Name {
			t.Errorf("table not sorted at %q", b.Name)
		}
		if LookupBuiltin(b.Name) != b {
			t.Errorf("LookupBuiltin(%q) is not its entry", b.Name)
		}
		if len(b.Types) > len(b.Params) || b.Optional < 0 || b.Optional > len(b.Params) {
			t.Errorf("%s: %d types, %d optional, for %d params", b.Name, len(b.Types), b.Optional, len(b.Params))
		}
		for j := b.Required(); j < len(b.Params); j++ {
			if j >= len(b.Types) || b.Types[j] == nil {
				t.Errorf("%s: optional parameter %q has no declared type", b.Name, b.Params[j])
			}
		}
		if b.typing == nil || b.Result == "" {
			t.Errorf("%s: no typing rule or result", b.Name)
		}
		if b.Async && !b.task {
			t.Errorf("%s: async but not a task builtin", b.Name)
		}
	}
	if LookupBuiltin("no_such_builtin") != nil {
		t.Error("LookupBuiltin of an unknown name")
	}
}

// TestBuiltinsDocumented checks that the reference's Builtins section
// names every builtin of the table.
func TestBuiltinsDocumented(t *testing.T) {
	data, err := os.ReadFile("../../docs/reference.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	start := strings.Index(doc, "\n## Builtins\n")
	if start < 0 {
		t.Fatal("docs/reference.md has no Builtins section")
	}
	section := doc[start:]
	if end := strings.Index(section[1:], "\n## "); end >= 0 {
		section = section[:end+1]
	}
	for _, b := range Builtins() {
		if !strings.Contains(section, "`"+b.Name) {
			t.Errorf("builtin %q is not in the Builtins section of docs/reference.md", b.Name)
		}
	}
}
