package lexer

import "strings"

// foreignOps are the symbol operators of other languages that newcomers
// write, longest first, with the Runa words for them (spec §4.2).
var foreignOps = []struct{ op, hint string }{
	{"===", `to compare, write "is equal to": x is equal to 5`},
	{"==", `to compare, write "is equal to": x is equal to 5`},
	{"!=", `write "is not equal to": x is not equal to 5`},
	{"<>", `write "is not equal to": x is not equal to 5`},
	{"<=", `write "is less than or equal to"`},
	{">=", `write "is greater than or equal to"`},
	{"+=", `write "Set x to x plus 1"`},
	{"-=", `write "Set x to x minus 1"`},
	{"&&", `write "and"`},
	{"||", `write "or"`},
	{"<", `write "is less than"`},
	{">", `write "is greater than"`},
	{"+", `write "plus" (or "followed by" to join text)`},
	{"*", `write "multiplied by"`},
	{"/", `write "divided by"`},
	{"%", `write "modulo"`},
	{"!", `write "not"`},
}

// foreignOperator recognises, at the cursor, a symbol operator that Runa
// spells in words, and returns it with a hint; "=" gets the hint its line
// calls for (`be` after Let, `to` after Set, else `is equal to`). It
// returns "" for any other character.
func (lx *lexer) foreignOperator() (op, hint string) {
	rest := lx.src[lx.i:]
	if strings.HasPrefix(rest, "=") && !strings.HasPrefix(rest, "==") {
		first, name := "", "x"
		if lx.lineHasToks && lx.lineFirst < len(lx.toks) {
			first = lx.toks[lx.lineFirst].Text(lx.src)
			if n := lx.lineFirst + 1; n < len(lx.toks) && lx.toks[n].Kind == Word {
				name = lx.toks[n].Text(lx.src)
			}
		}
		switch first {
		case "Let":
			return "=", `write "be": Let ` + name + ` be …`
		case "Set":
			return "=", `write "to": Set ` + name + ` to …`
		}
		return "=", `to compare, write "is equal to": x is equal to 5; to assign, "Let x be 5" or "Set x to 5"`
	}
	for _, f := range foreignOps {
		if strings.HasPrefix(rest, f.op) {
			return f.op, f.hint
		}
	}
	return "", ""
}
