package parser

import "testing"

// Match patterns (level2.md §9.1) and the list subject of §5.4.
func TestPatterns(t *testing.T) {
	when := func(pat string) string { return "Match x:\n    When " + pat + ":\n        Display 1" }
	arm := func(pat string) string { return "(match x (when " + pat + " (block (display (int 1)))))" }
	runParseCases(t, []parseCase{
		{"empty list", when("empty list"), arm("(list)")},
		{"list containing nothing", when("list containing"), arm("(list)")},
		{"list items and rest", when("list containing head and rest"), arm("(list (bind head) (rest rest))")},
		{"list rest as", when("list containing 0, a and rest as tail"), arm("(list (int 0) (bind a) (rest tail))")},
		{"brackets", when("[a, 2, ...others]"), arm("(list (bind a) (int 2) (rest others))")},
		{"empty brackets", when("[]"), arm("(list)")},
		{"nested lists", when("list containing (list containing a and b) and c"), arm("(list (paren (list (bind a) (bind b))) (bind c))")},
		{"alternatives", when(`"a" OR "b" or "c"`), arm(`(or (string "a") (string "b") (string "c"))`)},
		{"alternative item", when(`list containing "open" and ("pull" OR "slam")`), arm(`(list (string "open") (paren (or (string "pull") (string "slam"))))`)},
		{"dictionary", when(`{"kind": "stop", "n": -1, "v": v}`), arm(`(dict (string "kind"):(string "stop") (string "n"):(int -1) (string "v"):(bind v))`)},
		{"empty dictionary", when("{}"), arm("(dict)")},
		{"nested dictionary", when(`{"d": {"p": p}, "c": [f, ...m]}`), arm(`(dict (string "d"):(dict (string "p"):(bind p)) (string "c"):(list (bind f) (rest m)))`)},
		{"type pattern", when("Integer"), arm("(type Integer)")},
		{"of type", when("n of type Float"), arm("(type n Float)")},
		{"wildcard of type", when("_ of type String"), arm("(type _ String)")},
		{"negative literal", when("-1"), arm("(int -1)")},
		{"none", when("None"), arm("(none)")},
	})
	runParseCases(t, []parseCase{
		{"guard", "Match x:\n    When n If n is greater than 1:\n        Display n",
			`(match x (when (bind n) (if ("is greater than" n (int 1))) (block (display n))))`},
		{"lowercase guard", "Match x:\n    When n if n is greater than 1:\n        Display n",
			`(match x (when (bind n) (if ("is greater than" n (int 1))) (block (display n))))`},
		{"record pattern", "Type Point is Dictionary with:\n    x as Integer\n    y as Integer\nMatch p:\n    When Point with x as 0 and y as py:\n        Display py",
			`(type Point record (x Integer) (y Integer))
(match p (when (record Point x=(int 0) y=(bind py)) (block (display py))))`},
		{"bare record type", "Type Point is Dictionary with:\n    x as Integer\nMatch p:\n    When Point:\n        Display 1",
			`(type Point record (x Integer))
(match p (when (type Point) (block (display (int 1)))))`},
		{"multi-word bindings", "Match list containing \"k\", \"v\":\n    When list containing first word and second word:\n        Display second word",
			`(match (list (string "k") (string "v")) (when (list (bind first_word) (bind second_word)) (block (display second_word))))`},
		{"list subject with and", "Match list containing a and b:\n    When _:\n        Display 1",
			`(match (list a b) (when _ (block (display (int 1)))))`},
	})
}

func TestPatternDiagnostics(t *testing.T) {
	runDiagCases(t, []diagCase{
		{"bare word key", "Match x:\n    When {name: n}:\n        Display n", []string{"2:11 E116"}},
		{"rest not last", "Match x:\n    When list containing rest and a:\n        Display a", []string{"2:26 E117"}},
		{"dots not last", "Match x:\n    When [...r, a]:\n        Display a", []string{"2:11 E117"}},
		{"unclosed bracket", "Match x:\n    When [a:\n        Display a", []string{"2:12 E106"}},
	})
}
