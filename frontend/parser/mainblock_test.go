package parser

import (
	"strings"
	"testing"
)

func TestNoopAndMain(t *testing.T) {
	runParseCases(t, []parseCase{
		{"noop arm", "Match n:\n    When 2:\n        Noop\n    When _:\n        Display n", `(match n (when (int 2) (block (noop))) (when _ (block (display n))))`},
		{"main block", "Display 1\nWhen main is called:\n    Display 2\nDisplay 3", `
(display (int 1))
(main (block (display (int 2))))
(display (int 3))`},
	})
}

func TestMainPlacement(t *testing.T) {
	cases := []struct{ name, src, at string }{
		{"twice", "When main is called:\n    Noop\nWhen main is called:\n    Noop\n", "t.runa:3:1:"},
		{"nested", "If true:\n    When main is called:\n        Noop\n", "t.runa:2:5:"},
		{"in process", "Process called \"f\":\n    When main is called:\n        Noop\n", "t.runa:2:5:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, diags := ParseFile("t.runa", []byte(c.src))
			out := renderAll(c.src, diags)
			if len(diags) != 1 || !strings.Contains(out, c.at) || !strings.Contains(out, `"When main is called:" must appear once, at the top level`) {
				t.Fatalf("want one E125 at %s, got:\n%s", c.at, out)
			}
		})
	}
}
