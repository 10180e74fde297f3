package parser

import "testing"

func TestWordOperators(t *testing.T) {
	runParseCases(t, []parseCase{
		{"trimmed", `Display s trimmed`, `(display (string-op "trimmed" s))`},
		{"uppercase", `Display s converted to uppercase`, `(display (string-op "converted to uppercase" s))`},
		{"lowercase", `Display s converted to lowercase`, `(display (string-op "converted to lowercase" s))`},
		{"split", `Display s split by ","`, `(display (string-op "split by" s (string ",") nil))`},
		{"split limit", `Display s split by "," with limit 2`, `(display (string-op "split by" s (string ",") (int 2)))`},
		{"split limit named arg is not a limit", `Let y be f with s as t split by "," with limit as 2`,
			`(let y (call named f (arg s (string-op "split by" t (string ",") nil)) (arg limit (int 2))))`},
		{"substring", `Display s substring from 1 to 4`, `(display (string-op "substring from" s (int 1) (int 4)))`},
		{"substring to end", `Display s substring from -2`, `(display (string-op "substring from" s ("-" (int 2)) nil))`},
		{"chain left to right", `Display line split by ";" at index 0 trimmed`,
			`(display (string-op "trimmed" (index (string-op "split by" line (string ";") nil) (int 0))))`},
		{"tight operand", `Display scores at index n minus 1`, `(display ("minus" (index scores n) (int 1)))`},
		{"tight operand with postfixes", `Display xs at index ys[0] plus 1`, `(display ("plus" (index xs (index ys (int 0))) (int 1)))`},
		{"starts with", `Display s starts with "a" and s ends with "z"`,
			`(display ("and" ("starts with" s (string "a")) ("ends with" s (string "z"))))`},
		{"starts with level 6 operand", `Display s starts with a followed by b`, `(display ("starts with" s ("followed by" a b)))`},
		{"contains key", `Display d contains key "k"`, `(display ("contains key" d (string "k")))`},
		{"contains a variable named key", `Display d contains key`, `(display ("contains" d key))`},
		{"index of", `Display index of 2 plus 1 in xs`, `(display (index-of ("plus" (int 2) (int 1)) xs))`},
		{"index of binds tighter than plus", `Display index of "b" in s plus 1`, `(display ("plus" (index-of (string "b") s) (int 1)))`},
		{"copy of", `Display copy of xs`, `(display ("copy of" xs))`},
		{"without is left-associative at level 6", `Display xs without 2 plus 1 without 3`, `(display ("without" ("plus" ("without" xs (int 2)) (int 1)) (int 3)))`},
		{"without takes a level-7 operand", `Display xs without 2 multiplied by n`, `(display ("without" xs ("multiplied by" (int 2) n)))`},
		{"is empty", `Display s is empty`, `(display (is-word s empty))`},
		{"with added", `Display shelf with "diary" added`, `(display ("with … added" shelf (string "diary")))`},
		{"with added chains", `Display xs with 1 added with 2 plus 3 added`, `(display ("with … added" ("with … added" xs (int 1)) ("plus" (int 2) (int 3))))`},
		{"with added inside an argument", "Process called \"count\" that takes items:\n    Return length of items\nLet n be count with items as xs with 4 added",
			"(process \"Process\" count (params items) (block (return (\"length of\" items))))\n(let n (call named count (arg items (\"with … added\" xs (int 4)))))"},
		{"with added as a positional argument", "Process called \"f\" that takes a and b:\n    Return b\nLet n be f with 4 and xs with 5 added",
			"(process \"Process\" f (params a b) (block (return b)))\n(let n (call named f (int 4) (\"with … added\" xs (int 5))))"},
		{"with added in parentheses as an argument", "Process called \"f\" that takes a and b:\n    Return b\nLet n be f with 4 and (xs with 5 added)",
			"(process \"Process\" f (params a b) (block (return b)))\n(let n (call named f (int 4) (paren (\"with … added\" xs (int 5)))))"},
		{"with NAME as is a call, not added", "Process called \"f\" that takes a:\n    Return a\nLet n be f with a as 1 plus added",
			"(process \"Process\" f (params a) (block (return a)))\n(let n (call named f (arg a (\"plus\" (int 1) added))))"},
		{"substring to in Add", "Add word substring from 0 to 1 to tails", `(add (string-op "substring from" word (int 0) (int 1)) tails)`},
	})
}
