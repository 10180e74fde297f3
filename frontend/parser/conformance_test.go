package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/diag"
)

// parserDiagCases are the conformance cases whose expected diagnostic is
// the parser's; the other d*.runa cases are checker errors and must parse
// cleanly.
var parserDiagCases = map[string]bool{
	"d01_missing_colon": true, "d04_yield_outside": true, "d05_break_outside": true,
	"d07_other_dialect": true, "d08_bad_indent": true,
}

// TestConformance parses every conformance case and seed block (copied into
// testdata): each must parse without diagnostics, except the parser's
// diagnostic cases, whose rendered output must contain the expected
// position prefix and message fragments of the matching .diag file.
func TestConformance(t *testing.T) {
	files, _ := filepath.Glob("testdata/conformance/*.runa")
	seeds, _ := filepath.Glob("testdata/seed-blocks/*.runa")
	files = append(files, seeds...)
	if len(files) < 50 {
		t.Fatalf("found only %d test files", len(files))
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".runa")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Base(path)
			_, diags := ParseFile(file, src)
			var out strings.Builder
			diag.Render(&out, file, src, diags)
			if !parserDiagCases[name] {
				if len(diags) > 0 {
					t.Fatalf("unexpected diagnostics:\n%s", out.String())
				}
				return
			}
			if !diags.HasErrors() {
				t.Fatalf("expected an error, got none")
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".runa") + ".diag")
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSpace(string(want)), "\n")
			if !hasLinePrefix(out.String(), lines[0]) {
				t.Errorf("no diagnostic line starts with %q:\n%s", lines[0], out.String())
			}
			for _, frag := range lines[1:] {
				if !strings.Contains(out.String(), frag) {
					t.Errorf("output lacks %q:\n%s", frag, out.String())
				}
			}
		})
	}
}

func hasLinePrefix(s, prefix string) bool {
	for _, ln := range strings.Split(s, "\n") {
		if strings.HasPrefix(ln, prefix) {
			return true
		}
	}
	return false
}
