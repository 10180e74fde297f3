package parser

import "testing"

func TestMapFilterReduceSort(t *testing.T) {
	runParseCases(t, []parseCase{
		{"map", `Display Map over xs using f`, `(display (Map xs using f))`},
		{"over left out", `Display Filter xs using p`, `(display (Filter xs using p))`},
		{"reduce initial", `Display Reduce over xs using add with initial 0`, `(display (Reduce xs using add initial (int 0)))`},
		{"reduce initial after a process name that takes arguments", "Process called \"add\" that takes a and b:\n    Return a plus b\nDisplay Reduce over xs using add with initial 1 plus 2",
			"(process \"Process\" add (params a b) (block (return (\"plus\" a b))))\n(display (Reduce xs using add initial (\"plus\" (int 1) (int 2))))"},
		{"sort", `Display Sort over xs`, `(display (Sort xs))`},
		{"sort using", `Display Sort over xs using key`, `(display (Sort xs using key))`},
		{"list is an expression", `Display Map over xs plus ys using f`, `(display (Map ("plus" xs ys) using f))`},
		{"named argument ends the process", `Let y be g with items as Map over xs using f and n as 2`,
			`(let y (call named g (arg items (Map xs using f)) (arg n (int 2))))`},
		{"pipeline", `Display xs |> Sort |> Map using f`, `(display (pipeline (Map (Sort xs) using f)))`},
		{"pipeline call stages", `Display xs |> f |> g using 2`, `(display (pipeline (call positional g (call positional f xs) (int 2))))`},
		{"pipeline takes the whole call", `Let y be f with a as 1 |> g`, `(let y (pipeline (call positional g (call named f (arg a (int 1))))))`},
		{"pipeline continuation lines", "Let t be xs\n    |> Filter using p\n    |> Reduce using add with initial 0", `(let t (pipeline (Reduce (Filter xs using p) using add initial (int 0))))`},
		{"line ending in a pipe", "Let t be xs |>\n    Sort |>\n    Map using f\nDisplay t", "(let t (pipeline (Map (Sort xs) using f)))\n(display t)"},
		{"list containing ends before a pipe", "Display list containing |> Sort", "(display (pipeline (Sort (list))))"},
		{"parenthesised stage", `Display xs |> (h)`, `(display (pipeline (call positional (paren h) xs)))`},
	})
}
