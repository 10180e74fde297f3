// Package vscode holds the Visual Studio Code extension for Runa (a
// TextMate grammar, the language configuration and a client that starts
// `runa2go lsp`); its Go tests check the grammar.
package vscode

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runnerVersion is the vscode-tmgrammar-test release the grammar tests run
// with (devDependencies in package.json).
const runnerVersion = "0.1.3"

// TestGrammarIncludes checks that the grammar is valid JSON whose
// "#name" includes all name repository entries.
func TestGrammarIncludes(t *testing.T) {
	data, err := os.ReadFile("syntaxes/runa.tmLanguage.json")
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		ScopeName  string                     `json:"scopeName"`
		Repository map[string]json.RawMessage `json:"repository"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	if g.ScopeName != "source.runa" {
		t.Errorf("scopeName = %q", g.ScopeName)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if inc, ok := v["include"].(string); ok && strings.HasPrefix(inc, "#") {
				if _, ok := g.Repository[inc[1:]]; !ok {
					t.Errorf("include %q: no such repository entry", inc)
				}
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	var all any
	json.Unmarshal(data, &all)
	walk(all)
}

// TestGrammar runs the scope assertions of test/*.runa with
// vscode-tmgrammar-test, installed from npm into node_modules (ignored by
// git) on first use. It skips when npm is not installed.
func TestGrammar(t *testing.T) {
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm is not installed: the grammar tests need vscode-tmgrammar-test from npm")
	}
	runner := filepath.Join("node_modules", ".bin", "vscode-tmgrammar-test")
	if _, err := os.Stat(runner); err != nil {
		cmd := exec.Command(npm, "install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "vscode-tmgrammar-test@"+runnerVersion)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Skipf("npm install vscode-tmgrammar-test failed (offline?): %v\n%s", err, out)
		}
	}
	cmd := exec.Command(runner, "--compact", "-g", "syntaxes/runa.tmLanguage.json", "test/*.runa")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("grammar tests failed: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}
