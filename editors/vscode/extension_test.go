package vscode

import (
	"encoding/json"
	"os"
	"os/exec"
	"testing"
)

// TestManifest checks that package.json parses, that the files it names
// exist, and that the language configuration is valid JSON.
func TestManifest(t *testing.T) {
	data, err := os.ReadFile("package.json")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Main        string `json:"main"`
		Contributes struct {
			Languages []struct {
				ID            string   `json:"id"`
				Extensions    []string `json:"extensions"`
				Configuration string   `json:"configuration"`
			} `json:"languages"`
			Grammars []struct {
				Language  string `json:"language"`
				ScopeName string `json:"scopeName"`
				Path      string `json:"path"`
			} `json:"grammars"`
		} `json:"contributes"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Contributes.Languages) != 1 || m.Contributes.Languages[0].ID != "runa" || m.Contributes.Languages[0].Extensions[0] != ".runa" {
		t.Fatalf("languages: %+v", m.Contributes.Languages)
	}
	files := []string{m.Main, m.Contributes.Languages[0].Configuration}
	for _, g := range m.Contributes.Grammars {
		files = append(files, g.Path)
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("package.json names %s: %v", f, err)
		}
	}
	conf, err := os.ReadFile(m.Contributes.Languages[0].Configuration)
	if err != nil {
		t.Fatal(err)
	}
	var c map[string]any
	if err := json.Unmarshal(conf, &c); err != nil {
		t.Errorf("language configuration: %v", err)
	}
}

// TestExtensionSyntax checks extension.js with node --check (skipped
// without node).
func TestExtensionSyntax(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	if out, err := exec.Command(node, "--check", "extension.js").CombinedOutput(); err != nil {
		t.Fatalf("node --check extension.js: %v\n%s", err, out)
	}
}
