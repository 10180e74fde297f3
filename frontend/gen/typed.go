package gen

import (
	"fmt"
	"strings"
)

// Typed returns a type-correct Runa program of about lines lines
// (deterministic): records, sync and async processes calling each other,
// loops, collections, Match, Try, generators and context managers, and
// the Level 2 forms of level2.md §2–§8 (multi-word names, Lambdas,
// Map/Filter/Reduce/Sort, pipelines, string operations, inline If, item
// lines, Display labels, positional calls).
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

Process called "scale reading %[2]s" that takes reading and factor:
    Return reading multiplied by factor

Async Process called "levels %[2]s" that takes base as Integer:
    await sleep with seconds as 0
    Let unit price be base plus %[1]d
    Let readings be list containing
        unit price
        %[1]d
        3
    Let doubled be Map over readings using Lambda r: r multiplied by unit price
    Let big be Filter over doubled using Lambda r: r is greater than 10
    Let total be Reduce over big using Lambda a and b: a plus b with initial 0
    Let ordered be Sort over readings using Lambda r: 0 minus r
    Let piped be readings
        |> Filter using Lambda x: x is greater than 2
        |> Map using Lambda x: If x is greater than 5 Then x Otherwise 0
    Let words be "alpha beta gamma" split by " "
    Let shout be (words at index 0) converted to uppercase trimmed
    Let handler be Lambda x:
        Let y be x plus 1
        Return y multiplied by 2
    Display "Sum:" with total as total with first as ordered at index 0
    Display join(words, ",") followed by shout with scaled as scale reading %[2]s with total and 2
    Return length of piped plus handler with total

`, i, tag(i))
		n += 75
	}
	return []byte(b.String())
}
