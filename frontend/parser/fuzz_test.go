package parser

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/runa2go/runa2go/frontend/ast"
)

// addSeeds adds every .runa file under testdata as a fuzz seed.
func addSeeds(f *testing.F) {
	for _, dir := range []string{"testdata/conformance", "testdata/seed-blocks", "testdata/diag", "testdata/level2"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.runa"))
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
}

// FuzzParse checks that the parser never panics or hangs and that every
// problem it finds is a diagnostic with a valid position.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan struct{})
		var file *ast.File
		var errs int
		go func() {
			defer close(done)
			fl, ds := ParseFile("fuzz.runa", src)
			file = fl
			for _, d := range ds {
				if d.Span.Start.Line < 1 || d.Span.Start.Col < 1 || d.Code == "" || d.Message == "" {
					t.Errorf("malformed diagnostic %+v", *d)
				}
				errs++
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("parser hangs on %q", src)
		}
		if file == nil {
			t.Fatal("nil file")
		}
		_ = ast.Dump(file)
	})
}
