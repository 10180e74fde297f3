package parser

import "testing"

func TestMultiWordNames(t *testing.T) {
	runParseCases(t, []parseCase{
		{"let and use", "Let unit price be 4\nDisplay unit price multiplied by 2",
			`(let unit_price (int 4))
(display ("multiplied by" unit_price (int 2)))`},
		{"longest first", "Let total be 1\nLet total due be 2\nDisplay total due\nDisplay total",
			`(let total (int 1))
(let total_due (int 2))
(display total_due)
(display total)`},
		{"underscore spelling is the same name", "Let item count be 3\nSet item_count to 10\nDisplay item count",
			`(let item_count (int 3))
(set item_count (int 10))
(display item_count)`},
		{"for each and catch", "For each guest name in xs:\n    Display guest name\nTry:\n    Display 1\nCatch lookup failure:\n    Display lookup failure.kind",
			`(for guest_name xs (block (display guest_name)))
(try (block (display (int 1))) (catch lookup_failure (block (display (member lookup_failure kind)))))`},
		{"parameters", "Process called \"area\" that takes side a and side b as Integer:\n    Return side a multiplied by side b",
			`(process "Process" area (params side_a side_b:Integer) (block (return ("multiplied by" side_a side_b))))`},
		{"spaced process name with a reserved inner word", "Process called \"Convert Inches to Centimetres\" that takes inches:\n    Return inches\nDisplay Convert Inches to Centimetres with inches as 2",
			`(process "Process" Convert_Inches_to_Centimetres (params inches) (block (return inches)))
(display (call named Convert_Inches_to_Centimetres (arg inches (int 2))))`},
		{"operator words are never part of a name", "Let rate limit be 7\nLet rate be 2\nDisplay rate limit plus rate",
			`(let rate_limit (int 7))
(let rate (int 2))
(display ("plus" rate_limit rate))`},
		{"a name does not cross lines", "Let total due be 2\nLet total be 1\nDisplay total\nDisplay 3",
			`(let total_due (int 2))
(let total (int 1))
(display total)
(display (int 3))`},
	})
}
