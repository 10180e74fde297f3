package format

import "testing"

// Match patterns (level2.md §9.1) print in canonical form: `OR` between
// alternatives, `If` before a guard, `and` between list items.
func TestFormatPatterns(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"list, rest, guard", "Match xs:\n    When list containing a , b and rest as tail if a is 1:\n        Display tail\n    When [first,...more]:\n        Display more\n    When empty list:\n        Display 0\n",
			"Match xs:\n    When list containing a and b and rest as tail If a is equal to 1:\n        Display tail\n    When [first, ...more]:\n        Display more\n    When empty list:\n        Display 0\n"},
		{"alternatives and dictionaries", "Match d:\n    When {\"k\":\"a\"} or {\"k\": (\"b\" OR \"c\"), \"n\": n}:\n        Display 1\n    When n of type Integer:\n        Display n\n    When _ of type String:\n        Display 2\n",
			"Match d:\n    When {\"k\": \"a\"} OR {\"k\": (\"b\" OR \"c\"), \"n\": n}:\n        Display 1\n    When n of type Integer:\n        Display n\n    When _ of type String:\n        Display 2\n"},
		{"record and multi-word bindings", "Type Point is Dictionary with:\n    x as Integer\n\nMatch p:\n    When Point with x as first value:\n        Display first value\n    When list containing rest:\n        Display rest\n",
			"Type Point is Dictionary with:\n    x as Integer\n\nMatch p:\n    When Point with x as first value:\n        Display first value\n    When list containing rest:\n        Display rest\n"},
		{"sum type", "Type Reply is\n    |  Accepted with code as Integer , note as String\n    | Pending\nLet r be Reply.Pending\nMatch r:\n    When Reply.Accepted with code as c:\n        Display c\n    When Pending:\n        Display 0\n",
			"Type Reply is\n    | Accepted with code as Integer and note as String\n    | Pending\n\nLet r be Reply.Pending\nMatch r:\n    When Reply.Accepted with code as c:\n        Display c\n    When Pending:\n        Display 0\n"},
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
