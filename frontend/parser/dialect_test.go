package parser

import (
	"strings"
	"testing"
)

func TestDialectMarker(t *testing.T) {
	cases := []struct{ src, want string }{
		{"Process called \"f\":\n    Return 1\nEnd Process\n", `RunaLang dialect (found "End Process")`},
		{"Display 1\nNote: hi\n", `RunaLang dialect (found "Note:")`},
		{"Let x be 5 of type Integer\n", `RunaLang dialect (found "of type")`},
		{"Let total = 0\n", `symbolic Runa dialect (found "Let total =")`},
		{"function f() {\n", `symbolic Runa dialect (found "{")`},
		{"Display 1\n}\n", `symbolic Runa dialect (found "}")`},
		{"import math\n", `symbolic Runa dialect (found "import")`},
		// the first marker in source order wins
		{"Let a = 1\nEnd Process\n", `symbolic Runa dialect (found "Let a =")`},
		// not markers
		{"Let v be 1\nIf v is of type Integer:\n    Display v\n", ""},
		{"Let v be 1\nIf v is not of type Integer:\n    Display v\n", ""},
		{"Match 1:\n    When n of type Integer:\n        Display n\n", ""},
		{"Display \"End Process\"\n# End Process\nDisplay \"Let x = 1 {\"\n", ""},
		{"Let end of it be 1\nDisplay end of it\n", ""},
	}
	for _, c := range cases {
		f, ds := ParseFile("t.runa", []byte(c.src))
		got := ""
		for _, d := range ds {
			if d.Code == "E107" {
				got = d.Message
			}
		}
		if c.want == "" {
			if got != "" {
				t.Errorf("%q: unexpected dialect diagnostic %q", c.src, got)
			}
			continue
		}
		if len(ds) != 1 || !strings.Contains(got, c.want) {
			t.Errorf("%q: got %d diagnostics (%q), want one containing %q", c.src, len(ds), got, c.want)
		}
		if len(f.Stmts) != 0 {
			t.Errorf("%q: a file in another dialect is not analysed, got %d statements", c.src, len(f.Stmts))
		}
	}
}
