package format

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/parser"
)

// TestFormatDeep: the deepest inputs the parser accepts (nesting at
// parser.MaxDepth, flat chains of 100,000 terms) format without crashing,
// keep their tree and are idempotent.
func TestFormatDeep(t *testing.T) {
	n := parser.MaxDepth
	var blocks strings.Builder
	for i := 0; i < n; i++ {
		blocks.WriteString(strings.Repeat(" ", i) + "If true:\n")
	}
	blocks.WriteString(strings.Repeat(" ", n) + "Display 1\n")
	cases := map[string]string{
		"paren":   "Let x be " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "\n",
		"list":    "Let x be " + strings.Repeat("list containing ", n) + "1\n",
		"index":   "Display " + strings.Repeat("x[", n) + "0" + strings.Repeat("]", n) + "\n",
		"not":     "Let x be " + strings.Repeat("not ", n) + "true\n",
		"blocks":  blocks.String(),
		"plus":    "Let x be 1" + strings.Repeat(" plus 1", 100000) + "\n",
		"mixed":   "Let x be 1" + strings.Repeat(" plus 2 multiplied by 3", 50000) + "\n",
		"postfix": "Display x" + strings.Repeat("[0]", 100000) + "\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			if check(t, []byte(src)) == nil {
				t.Fatal("input does not parse")
			}
		})
	}
}
