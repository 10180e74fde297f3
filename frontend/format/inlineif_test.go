package format

import "testing"

// The inline If (level2.md §8) keeps its layout: one line, or the
// multi-line form inside parentheses, re-indented.
func TestFormatInlineIf(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"one line", "Let v be If s is 1 Then   \"a\"   Otherwise If s is none Then 2.5 Otherwise 0\n",
			"Let v be If s is equal to 1 Then \"a\" Otherwise If s is None Then 2.5 Otherwise 0\n"},
		{"parentheses and operators", "Process called \"f\" that takes p and n:\n    Return (If p Then \"a\" Otherwise \"b\") followed by n\n\nDisplay (If c Then 1 Otherwise 2) plus 40\n",
			"Process called \"f\" that takes p and n:\n    Return (If p Then \"a\" Otherwise \"b\") followed by n\n\nDisplay (If c Then 1 Otherwise 2) plus 40\n"},
		{"argument value", "Process called \"greet\" that takes name and polite:\n    Return name\n\nDisplay greet with name as If c Then \"tiny\" Otherwise \"Cy\" with polite as false\n",
			"Process called \"greet\" that takes name and polite:\n    Return name\n\nDisplay greet with name as If c Then \"tiny\" Otherwise \"Cy\" and polite as false\n"},
		{"nested in Then", "Display If a Then If b Then 1 Otherwise 2 Otherwise 3\n",
			"Display If a Then If b Then 1 Otherwise 2 Otherwise 3\n"},
		{"multi-line", "Let size be (\n  If s is greater than 100 Then\n      \"large\"\n  Otherwise\n   \"small\"\n)\nDisplay size\n",
			"Let size be (\n    If s is greater than 100 Then\n        \"large\"\n    Otherwise\n        \"small\"\n)\nDisplay size\n"},
		{"multi-line chain in a process", "Process called \"g\" that takes s:\n  Return (\n   If s is greater than 90 Then\n    \"A\"\n   Otherwise If s is greater than 70 Then \"B\"\n   Otherwise \"C\")\n",
			"Process called \"g\" that takes s:\n    Return (\n        If s is greater than 90 Then\n            \"A\"\n        Otherwise If s is greater than 70 Then\n            \"B\"\n        Otherwise\n            \"C\"\n    )\n"},
		{"comment inside kept", "Let x be (\n    If c Then  # why\n        1\n    Otherwise\n        2\n)\n",
			"Let x be (\n    If c Then\n        1\n    Otherwise\n        2\n)  # why\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := check(t, []byte(c.in))
			if string(out) != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", out, c.want)
			}
		})
	}
}
