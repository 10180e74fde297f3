package parser

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/diag"
)

var update = flag.Bool("update", false, "rewrite the testdata/diag/*.golden snapshots")

// TestDiagSnapshots renders the diagnostics of every testdata/diag/*.runa
// and compares them with the .golden file beside it (go test -update
// rewrites the snapshots).
func TestDiagSnapshots(t *testing.T) {
	files, _ := filepath.Glob("testdata/diag/*.runa")
	if len(files) == 0 {
		t.Fatal("no snapshot inputs")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			_, diags := ParseFile(filepath.Base(path), src)
			var got bytes.Buffer
			diag.Render(&got, filepath.Base(path), src, diags)
			golden := strings.TrimSuffix(path, ".runa") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got.String() != string(want) {
				t.Errorf("rendered diagnostics differ from %s\ngot:\n%s\nwant:\n%s", golden, got.String(), want)
			}
		})
	}
}
