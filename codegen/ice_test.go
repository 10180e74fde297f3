package codegen_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/runa2go/runa2go/codegen"
)

// TestICERegressions replays every reproducer of testdata/ICE.md (inputs
// the checker accepted but whose Go did not compile): each must now either
// be rejected with diagnostics or generate Go that type-checks.
func TestICERegressions(t *testing.T) {
	md, err := os.ReadFile("testdata/ICE.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```runa\n(.*?)```").FindAllSubmatch(md, -1)
	if len(blocks) == 0 {
		t.Fatal("no reproducers in testdata/ICE.md")
	}
	for i, m := range blocks {
		src := m[1]
		code, ok := generate(t, "ice.runa", src, codegen.Options{NoLine: true})
		if !ok {
			continue // now diagnosed
		}
		if errs := typeCheckGo(t, "ice.go", code); errs != nil {
			t.Errorf("reproducer %d: %s", i+1, reportTypeErrors(src, code, errs))
		}
	}
}
