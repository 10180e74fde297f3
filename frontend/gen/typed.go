package gen

import (
	"fmt"
	"strings"
)

// Typed returns a type-correct Runa program of about lines lines
// (deterministic): records, sync and async processes calling each other,
// loops, collections, Match, Try, generators and context managers.
func Typed(lines int) []byte {
	var b strings.Builder
	n := 0
	for i := 0; n < lines; i++ {
		fmt.Fprintf(&b, `Type Item%[1]d is Dictionary with:
    name as String
    size as Integer

Process called "score_%[1]d" that takes a and b:
    Let total be 0
    For each x in list containing a, b, %[1]d:
        If x is greater than 10:
            Set total to total plus x modulo 7
        Otherwise:
            Set total to total minus 1
    Return total

Async Process called "fetch_%[1]d" that takes item:
    await sleep with seconds as 0
    Let d be dictionary with:
        "name" as item.name
        "count" as "n"
    Match item.size:
        When 1:
            Return d["name"] followed by "one"
        When _:
            Return d["count"]

Async Generator Process called "gen_%[1]d" that takes limit:
    Let i be 0
    While i is less than limit:
        Yield score_%[1]d with a as i and b as 2
        Set i to i plus 1

Async Process called "main_%[1]d" that takes:
    Let it be Item%[1]d with:
        name as "x%[1]d"
        size as %[1]d
    Let sum be 0
    For each v in gen_%[1]d with limit as 3:
        Set sum to sum plus v
    Try:
        Let s be await fetch_%[1]d with item as it
        Display s with message sum
    Catch e:
        Display e.message
    Return sum

`, i)
		n += 45
	}
	return []byte(b.String())
}
