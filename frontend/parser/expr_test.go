package parser

import "testing"

func TestOperators(t *testing.T) {
	runParseCases(t, []parseCase{
		{"mul binds tighter", `Display 2 plus 3 multiplied by 4`, `(display ("plus" (int 2) ("multiplied by" (int 3) (int 4))))`},
		{"parens", `Display (2 plus 3) multiplied by 4`, `(display ("multiplied by" (paren ("plus" (int 2) (int 3))) (int 4)))`},
		{"left assoc", `Display a minus b minus c`, `(display ("minus" ("minus" a b) c))`},
		{"concat", `Display a followed by "/" followed by b`, `(display ("followed by" ("followed by" a (string "/")) b))`},
		{"and or not", `Display not a and b or c`, `(display ("or" ("and" ("not" a) b) c))`},
		{"comparisons", `Display 7 is greater than 2 and 2 is less than 1`, `(display ("and" ("is greater than" (int 7) (int 2)) ("is less than" (int 2) (int 1))))`},
		{"longest phrase", `Display a is greater than or equal to b or c`, `(display ("or" ("is greater than or equal to" a b) c))`},
		{"le", `Display a is less than or equal to 3`, `(display ("is less than or equal to" a (int 3)))`},
		{"ne", `Display a is not equal to b`, `(display ("is not equal to" a b))`},
		{"is none", `Display a is None`, `(display (is-none a))`},
		{"is not none", `Display a[0] is not none`, `(display (is-not-none (index a (int 0))))`},
		{"is word", `Display connection is open`, `(display (is-word connection open))`},
		{"is not word", `Display connection is not open`, `(display (is-not-word connection open))`},
		{"is literal", `Display x is 5`, `(display ("is equal to" x (int 5)))`},
		{"is not literal", `Display x is not "a"`, `(display ("is not equal to" x (string "a")))`},
		{"is true", `Display x is true`, `(display ("is equal to" x (bool true)))`},
		{"contains", `Display items contains 2`, `(display ("contains" items (int 2)))`},
		{"unary minus", `Display -7 modulo 3`, `(display ("modulo" ("-" (int 7)) (int 3)))`},
		{"length of", `Display length of items plus 1`, `(display ("plus" ("length of" items) (int 1)))`},
		{"divided", `Display a divided by b`, `(display ("divided by" a b))`},
		{"await covers rest", `Let y be await f with x as 1 plus 2`, `(let y (await (call named f (arg x ("plus" (int 1) (int 2))))))`},
		{"literals", `Display 1.5 with message 1e16 with message True with message False with message null`, `(display (float 1.5) (float 1e+16) (bool true) (bool false) (none))`},
		{"string escapes", `Display "a\"b\n\u{e9}"`, `(display (string "a\"b\né"))`},
	})
}

func TestPostfix(t *testing.T) {
	runParseCases(t, []parseCase{
		{"index chain", `Display p["langs"][1]`, `(display (index (index p (string "langs")) (int 1)))`},
		{"member", `Display e.kind`, `(display (member e kind))`},
		{"method call", `Display c.bump(5)`, `(display (call method (member c bump) (int 5)))`},
		{"method no args", `Let e be await connection.next_event()`, `(let e (await (call method (member connection next_event))))`},
		{"positional", `Display greet("Go", "Hi")`, `(display (call positional greet (string "Go") (string "Hi")))`},
		{"positional no args", `Let t be new_cancel_token()`, `(let t (call positional new_cancel_token))`},
		{"newlines in brackets", "Display f(1,\n    2)", `(display (call positional f (int 1) (int 2)))`},
	})
}

func TestCollections(t *testing.T) {
	runParseCases(t, []parseCase{
		{"list", `Let xs be list containing 3, 1, 2`, `(let xs (list (int 3) (int 1) (int 2)))`},
		{"empty list", `Let xs be list containing`, `(let xs (list))`},
		{"empty list phrase", `Let xs be empty list`, `(let xs (list))`},
		{"empty list operand", `Let n be length of empty list plus 1`, `(let n ("plus" ("length of" (list)) (int 1)))`},
		{"list of calls", `Let xs be list containing f with a as 1, 2`, `(let xs (list (call named f (arg a (int 1))) (int 2)))`},
		{"dict block", `
Let d be dictionary with:
    "name" as "Ada"
    langs as list containing "go", "runa"
    type as 3`, `(let d (dict ("name" (string "Ada")) ("langs" (list (string "go") (string "runa"))) ("type" (int 3))))`},
		{"dict inline", `Let d be dictionary with: "a" as 1, "b" as 2`, `(let d (dict ("a" (int 1)) ("b" (int 2))))`},
		{"dict empty", `Let d be dictionary with`, `(let d (dict))`},
		{"record", `
Type Point is Dictionary with:
    x as Integer
    y as Integer
Let p be Point with:
    x as 1
    y as p.y`, `
(type Point record (x Integer) (y Integer))
(let p (record Point (x (int 1)) (y (member p y))))`},
		{"record then statement", `
Type P is Dictionary with:
    x as Integer
Display P with:
    x as 1
Display 2`, `
(type P record (x Integer))
(display (record P (x (int 1))))
(display (int 2))`},
	})
}
