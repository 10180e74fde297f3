package parser

import "testing"

// Type expressions with unions, literals and type parameters, and the
// type operations (level2.md §10.1, §10.4, §10.6, §10.7).
func TestTypeOps(t *testing.T) {
	runParseCases(t, []parseCase{
		{"type of", `Display type of x`, `(display (type-of x))`},
		{"type of binds tighter than followed by", `Display type of x followed by "!"`,
			`(display ("followed by" (type-of x) (string "!")))`},
		{"is of type", `Display x is of type Integer`, `(display (is-of-type x Integer))`},
		{"is not of type", `Display x is not of type String`, `(display (is-not-of-type x String))`},
		{"is of type union", `Display x is of type (Integer OR Float)`, `(display (is-of-type x Union[Integer, Float]))`},
		{"as", `Let b be raw as Integer`, `(let b (as raw Integer))`},
		{"as generic", `Let b be json_parse("[]") as List[Integer]`, `(let b (as (call positional json_parse (string "[]")) List[Integer]))`},
		{"as then plus", `Display x as Float plus 1`, `(display ("plus" (as x Float) (int 1)))`},
		{"as keeps or", `Display x as Boolean or y`, `(display ("or" (as x Boolean) y))`},
		{"as declared type", "Type P is Dictionary with:\n    x as Integer\nLet p be raw as P",
			"(type P record (x Integer))\n(let p (as raw P))"},
		{"as not a type", `Display "a" with value as x`, `(display (string "a") (label value x))`},
		{"literal union", `Type Level is "low" OR "high"`, `(type Level alias Union["low", "high"])`},
		{"integer literal union", `Type Die is 1 or 2 or 3`, `(type Die alias Union[1, 2, 3])`},
		{"type union", `Type Reading is Integer OR String`, `(type Reading alias Union[Integer, String])`},
		{"union annotation", "Process called \"f\" that takes mode as \"fast\" OR \"safe\":\n    Return mode",
			`(process "Process" f (params mode:Union["fast", "safe"]) (block (return mode)))`},
		{"union result", "Process called \"f\" that takes x returns Integer OR None:\n    Return None",
			`(process "Process" f (params x) returns Union[Integer, None] (block (return (none))))`},
		{"generic record", "Type Box[T] is Dictionary with:\n    content as T", `(type Box record (content T))`},
		{"generic alias", "Type Table[V] is Dictionary[String, V]", `(type Table alias Dictionary[String, V])`},
		{"generic process", "Process called \"first\"[T] that takes xs as List[T] returns T:\n    Return xs[0]",
			`(process "Process" first (params xs:List[T]) returns T (block (return (index xs (int 0)))))`},
		{"generic process before called", "Process [K, V] called \"swap\" that takes d returns K:\n    Return d as K",
			`(process "Process" swap (params d) returns K (block (return (as d K))))`},
		{"generic record literal", "Type Box[T] is Dictionary with:\n    content as T\nLet b be Box[String] with content as \"x\"",
			"(type Box record (content T))\n(let b (record Box (content (string \"x\"))))"},
	})
}
