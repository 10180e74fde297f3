package parser

import "testing"

// The inline conditional (level2.md §8, §12.1, §12.2).
func TestInlineIf(t *testing.T) {
	runParseCases(t, []parseCase{
		{"let", `Let v be If s is greater than 50 Then "pass" Otherwise "fail"`,
			`(let v (if-expr ("is greater than" s (int 50)) (string "pass") (string "fail")))`},
		{"parenthesised", `Let l be (If s is greater than 50 Then "pass" Otherwise "fail")`,
			`(let l (paren (if-expr ("is greater than" s (int 50)) (string "pass") (string "fail"))))`},
		{"set", `Set fee to If member Then 0 Otherwise 2.5`,
			`(set fee (if-expr member (int 0) (float 2.5)))`},
		{"display", `Display If a and b Then 1 Otherwise 2`,
			`(display (if-expr ("and" a b) (int 1) (int 2)))`},
		{"return", "Process called \"p\" that takes c:\n    Return If c Then 1 Otherwise 2",
			`(process "Process" p (params c) (block (return (if-expr c (int 1) (int 2)))))`},
		{"last branch extends right", `Display If c Then 1 Otherwise 2 plus 3`,
			`(display (if-expr c (int 1) ("plus" (int 2) (int 3))))`},
		{"operators after parentheses", `Display (If c Then 1 Otherwise 2) plus 40`,
			`(display ("plus" (paren (if-expr c (int 1) (int 2))) (int 40)))`},
		{"followed by", `Display (If polite Then "a" Otherwise "b") followed by name`,
			`(display ("followed by" (paren (if-expr polite (string "a") (string "b"))) name))`},
		{"chain in Otherwise", `Display If s is greater than 90 Then "A" Otherwise If s is greater than 70 Then "B" Otherwise "C"`,
			`(display (if-expr ("is greater than" s (int 90)) (string "A") (if-expr ("is greater than" s (int 70)) (string "B") (string "C"))))`},
		{"nested in Then pairs innermost first", `Display If a Then If b Then 1 Otherwise 2 Otherwise 3`,
			`(display (if-expr a (if-expr b (int 1) (int 2)) (int 3)))`},
		{"calls in branches", `
Process called "noisy" that takes label and value:
    Return value
Let c be If s is less than 10 Then noisy with label as "low" and value as 1 Otherwise noisy with label as "high" and value as 2`,
			`(process "Process" noisy (params label value) (block (return value)))
(let c (if-expr ("is less than" s (int 10)) (call named noisy (arg label (string "low")) (arg value (int 1))) (call named noisy (arg label (string "high")) (arg value (int 2)))))`},
		{"argument value ends at the next argument", `
Process called "greet" that takes name and polite:
    Return name
Display greet with name as If s is less than 5 Then "tiny" Otherwise "Cy" and polite as false`,
			`(process "Process" greet (params name polite) (block (return name)))
(display (call named greet (arg name (if-expr ("is less than" s (int 5)) (string "tiny") (string "Cy"))) (arg polite (bool false))))`},
		{"condition with a named argument", `
Process called "greet" that takes name and polite:
    Return name
Display greet with polite as If s is equal to 10 and t Then true Otherwise false and name as "Ben"`,
			`(process "Process" greet (params name polite) (block (return name)))
(display (call named greet (arg polite (if-expr ("and" ("is equal to" s (int 10)) t) (bool true) (bool false))) (arg name (string "Ben"))))`},
		{"list items", `Let xs be If c Then list containing 3, 1 Otherwise list containing`,
			`(let xs (if-expr c (list (int 3) (int 1)) (list)))`},
		{"empty list in Then", `Let xs be If c Then list containing Otherwise list containing 1`,
			`(let xs (if-expr c (list) (list (int 1))))`},
		{"in a list", `Let xs be list containing If c Then 1 Otherwise 2, 3`,
			`(let xs (list (if-expr c (int 1) (int 2)) (int 3)))`},
		{"positional argument", `Display f(If c Then 1 Otherwise 2, 3)`,
			`(display (call positional f (if-expr c (int 1) (int 2)) (int 3)))`},
		{"with message", `Display If c Then 1 Otherwise 2 with message 3`,
			`(display (if-expr c (int 1) (int 2)) (int 3))`},
		{"condition of an If statement", "If (If c Then a Otherwise b):\n    Display 1",
			`(if (clause (paren (if-expr c a b)) (block (display (int 1)))))`},
		{"multi-line in parentheses", `
Let size be (
    If score is greater than 100 Then
        "large"
    Otherwise
        "small"
)
Display size`,
			`(let size (paren (if-expr ("is greater than" score (int 100)) (string "large") (string "small"))))
(display size)`},
		{"multi-line chain", `
Let g be (
    If s is greater than 90 Then
        "A"
    Otherwise If s is greater than 70 Then
        "B"
    Otherwise
        "C"
)`,
			`(let g (paren (if-expr ("is greater than" s (int 90)) (string "A") (if-expr ("is greater than" s (int 70)) (string "B") (string "C")))))`},
		{"Then on the next line", "Let x be (\n    If a and\n        b Then 1\n    Otherwise 2)",
			`(let x (paren (if-expr ("and" a b) (int 1) (int 2))))`},
		{"string holding Then on a bracketed If line", "Let x be (\n    If s is \"#\" Then \"Then\"\n    Otherwise \"b\")",
			`(let x (paren (if-expr ("is equal to" s (string "#")) (string "Then") (string "b"))))`},
	})
}

func TestInlineIfDiagnostics(t *testing.T) {
	runDiagCases(t, []diagCase{
		{"missing Otherwise", "Let x be If c Then 1\nDisplay x", []string{"1:10 E106"}},
		{"missing Otherwise in parentheses", "Let x be (If c Then 1)\nDisplay x", []string{"1:11 E106"}},
		{"missing Otherwise before an argument", "Process called \"g\" that takes a and b:\n    Return a\nDisplay g with a as If c Then 1 and b as 2", []string{"3:21 E106"}},
		{"missing Then", "Let x be If c\nDisplay x", []string{"1:14 E106"}},
		{"stray token after Then branch", "Let x be If c Then 1 2 Otherwise 3", []string{"1:22 E106"}},
		{"statement", "Let n be 3\nIf n is greater than 2 Then Display \"big\"\nDisplay n", []string{"2:1 E106"}},
		{"Otherwise if clause", "If a:\n    Display 1\nOtherwise if b Then Display 2\nDisplay 3", []string{"3:11 E106"}},
		{"unclosed bracket before an If statement", "Let x be (1 plus\nIf c:\n    Display 1", []string{"1:17 E106"}},
		{"unclosed bracket before an If statement with a comment", "Let x be (1 plus\nIf c is \"#:\":  # see\n    Display 1", []string{"1:17 E106"}},
	})
}

// The messages and hints of level2.md §15.
func TestInlineIfMessages(t *testing.T) {
	cases := []struct{ src, msg, hint string }{
		{"Let x be If c Then 1\n", `an inline If needs "Otherwise"`, `add "Otherwise" and the value to use when the condition is false`},
		{"If c Then Display 1\n", `an inline If is an expression; an If statement ends with ":"`, `use it as a value, e.g. "Let x be If c Then a Otherwise b"`},
	}
	for _, c := range cases {
		_, diags := ParseFile("t.runa", []byte(c.src))
		if len(diags) != 1 || diags[0].Message != c.msg || diags[0].Hint != c.hint {
			t.Errorf("%q: got\n%s\nwant %q (hint %q)", c.src, renderAll(c.src, diags), c.msg, c.hint)
		}
	}
}

// Then is reserved (level2.md §1).
func TestThenReserved(t *testing.T) {
	src := "Let Then be 1\n"
	_, diags := ParseFile("t.runa", []byte(src))
	if len(diags) != 1 || diags[0].Message != `"Then" is a reserved word and cannot be used as a variable name` {
		t.Errorf("got\n%s", renderAll(src, diags))
	}
}
