package format

import "testing"

// Level 2 §3.1, §3.3, §3.4: positional items and Display parts print as
// written; an empty `that takes` is dropped, as for `that takes:`.
func TestFormatPositional(t *testing.T) {
	const decls = "Process called \"add\" that takes a and b:\n    Return a plus b\n\n"
	cases := []struct{ name, in, want string }{
		{"positional", decls + "Display add with 1  and add with 2 and b as 3\n", decls + "Display add with 1 and add with 2 and b as 3\n"},
		{"parens kept", decls + "Display add with (p and q) and r\n", decls + "Display add with (p and q) and r\n"},
		{"display parts", "Display \"a\" with  x as 1 with message \"z\"  with message as 3\n", "Display \"a\" with x as 1 with message \"z\" with message as 3\n"},
		{"part after call", decls + "Display add with a as 1 and b as 2 with unit as \"u\"\n", decls + "Display add with a as 1 and b as 2 with unit as \"u\"\n"},
		{"zero parameters", "Process called \"banner\" that takes returns String:\n    Return \"x\"\n\nDisplay banner with\n",
			"Process called \"banner\" returns String:\n    Return \"x\"\n\nDisplay banner with\n"},
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
