package lsp

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportedFiles: a document that imports files beside it (level2.md
// §11.4) is checked with them: their names resolve, hover works in the
// document, and an error inside an imported file is reported once, at the
// document's Import.
func TestImportedFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("util.runa", "Process called \"double\" that takes n as Integer returns Integer:\n    Return n plus n\n")
	uri := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(dir, "app.runa"))}).String()
	const src = "Import module \"util\"\nLet x be util.double(21)\nDisplay x\n"

	c := startServer(t, 0)
	if d := open(t, c, uri, src); len(d) != 0 {
		t.Fatalf("diagnostics of a program importing util.runa: %+v", d)
	}
	if h := hoverAt(t, c, uri, 2, 9); !strings.Contains(h.Contents.Value, "x") {
		t.Errorf("hover on x: %q", h.Contents.Value)
	}

	write("broken.runa", "Process called \"f\":\n    Return 1 plus \"a\"\n")
	uri2 := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(dir, "b.runa"))}).String()
	d := open(t, c, uri2, "Import module \"broken\"\nDisplay broken.f()\n")
	if len(d) != 1 || d[0].Range.Start.Line != 0 || !strings.Contains(d[0].Message, "an imported file has errors") {
		t.Fatalf("want one diagnostic at the Import naming the imported file's error, got %+v", d)
	}
}
