// Package gen generates large, syntactically valid Runa programs for
// parser benchmarks and tests. Output is deterministic for a given seed.
package gen

import (
	"bytes"
	"fmt"
	"math/rand"
)

// Program returns a Runa program of at least lines lines, built from
// templates that exercise every Level 1 construct (processes of all four
// kinds, records, named and positional calls, nested calls, collections,
// control flow, Match, Try, With, the async forms and comments), with
// names and numbers drawn from a PRNG seeded with seed.
func Program(lines int, seed int64) []byte {
	g := &generator{r: rand.New(rand.NewSource(seed))}
	g.b.Grow(lines * 40)
	for n := 0; g.lines < lines; n++ {
		templates[n%len(templates)](g, n)
	}
	return g.b.Bytes()
}

type generator struct {
	r     *rand.Rand
	b     bytes.Buffer
	lines int
}

func (g *generator) line(format string, args ...any) {
	fmt.Fprintf(&g.b, format, args...)
	g.b.WriteByte('\n')
	g.lines++
}

var words = []string{"alpha", "beta", "gamma", "delta", "item", "total", "count", "value", "label", "queue"}

func (g *generator) word() string { return words[g.r.Intn(len(words))] }
func (g *generator) num() int     { return g.r.Intn(1000) }

var templates = []func(g *generator, n int){
	func(g *generator, n int) {
		g.line("# Process %d computes a running value.", n)
		g.line("Process called \"calc_%d\" that takes a as Integer and b (Integer) returns Integer:", n)
		g.line("    Let %s_%d be a multiplied by %d plus b", g.word(), n, g.num())
		g.line("    If a is greater than or equal to %d and not (b is less than %d):", g.num(), g.num())
		g.line("        Return a modulo %d", g.num()+1)
		g.line("    Otherwise if a is equal to b:")
		g.line("        Return -a")
		g.line("    Otherwise:")
		g.line("        Return calc_%d with a as a minus 1 and b as b followed by \"\" is None", n)
		g.line("")
		g.line("Display calc_%d with a as %d and b as %d", n, g.num(), g.num())
		g.line("")
	},
	func(g *generator, n int) {
		g.line("Type Rec%d is Dictionary with:", n)
		g.line("    name as String")
		g.line("    size as Integer")
		g.line("    tags as List[String]")
		g.line("")
		g.line("Let r%d be Rec%d with:", n, n)
		g.line("    name as \"%s\\t%d\"", g.word(), g.num())
		g.line("    size as length of list containing %d, %d, %d", g.num(), g.num(), g.num())
		g.line("    tags as list containing \"a\", \"b\"")
		g.line("Set r%d.size to r%d[\"size\"] plus %d.5", n, n, g.num())
		g.line("Let d%d be dictionary with: \"k\" as %d, \"v\" as r%d.name", n, g.num(), n)
		g.line("Add %d to r%d.tags  # trailing comment", g.num(), n)
		g.line("Remove \"k\" from d%d", n)
		g.line("")
	},
	func(g *generator, n int) {
		g.line("Async Process called \"fetch_%d\" that takes url and delay:", n)
		g.line("    await sleep with seconds as delay divided by %d", g.num()+1)
		g.line("    Try:")
		g.line("        Let response be await http_get with url as url followed by \"/%d\"", g.num())
		g.line("        Return response[\"body\"]")
		g.line("    Catch error:")
		g.line("        log_event with message as \"failed\" with url as url with error as error")
		g.line("        Throw error")
		g.line("    Finally:")
		g.line("        Display \"done\" with message url")
		g.line("")
		g.line("Let pages%d be parallel_await for each u in list containing \"a\", \"b\":", n)
		g.line("    fetch_%d with url as u and delay as 0.%d", n, g.num())
		g.line("Let first%d be race_await for each u in pages%d:", n, n)
		g.line("    fetch_%d with url as u and delay as %d", n, g.num())
		g.line("Let t%d be await_with_timeout with:", n)
		g.line("    operation as fetch_%d with url as \"x\" and delay as 1", n)
		g.line("    timeout_seconds as 2.5")
		g.line("")
	},
	func(g *generator, n int) {
		g.line("Async Generator Process called \"gen_%d\" that takes limit:", n)
		g.line("    Let i be 0")
		g.line("    While i is less than limit:")
		g.line("        Yield i")
		g.line("        Set i to i plus 1")
		g.line("")
		g.line("Async Context Manager Process called \"res_%d\" that takes name:", n)
		g.line("    Display \"open\" with message name")
		g.line("    Yield name")
		g.line("    Display \"close\" with message name")
		g.line("")
		g.line("For each v in gen_%d with limit as %d:", n, g.num())
		g.line("    With res_%d with name as \"r%d\" as handle:", n, n)
		g.line("        Match v modulo 3:")
		g.line("            When 0:")
		g.line("                Continue")
		g.line("            When 1:")
		g.line("                Display handle with message v")
		g.line("            When other:")
		g.line("                Break")
		g.line("")
	},
	func(g *generator, n int) {
		g.line("Process called \"wrap_%d\" that takes callback_function and params:", n)
		g.line("    Return new awaitable that resolves when:")
		g.line("        callback_function with params as params and callback as (result, error):")
		g.line("            If error is not None:")
		g.line("                Reject with error")
		g.line("            Otherwise:")
		g.line("                Resolve with result")
		g.line("")
		g.line("Let token%d be new_cancel_token()", n)
		g.line("Display await_cancellable with operation as (wrap_%d with callback_function as f and params as %d) and token as token%d", n, g.num(), n)
		g.line("Display c%d.bump(%d) with message greet(\"x\", %d)", n, g.num(), g.num())
		g.line("")
	},
	// Level 2 (level2.md §2–§8): multi-word names, lambdas, collection
	// operations, pipelines, string operations, inline If, Display labels,
	// positional calls and process values.
	func(g *generator, n int) {
		t := tag(n)
		g.line("Process called \"scale %s\" that takes reading and factor:", t)
		g.line("    Return reading multiplied by factor")
		g.line("")
		g.line("Let unit price %s be %d", t, g.num())
		g.line("Let readings %s be list containing", t)
		g.line("    %d", g.num())
		g.line("    %d", g.num())
		g.line("Let doubled %s be Map over readings %s using Lambda r: r multiplied by unit price %s", t, t, t)
		g.line("Let big %s be Filter over doubled %s using Lambda r: r is greater than %d", t, t, g.num())
		g.line("Let sum %s be Reduce over big %s using Lambda a and b: a plus b with initial 0", t, t)
		g.line("Let ordered %s be Sort over readings %s using Lambda r: 0 minus r", t, t)
		g.line("Let piped %s be readings %s", t, t)
		g.line("    |> Filter using Lambda x: x is greater than %d", g.num())
		g.line("    |> Map using Lambda x: If x is greater than %d Then x Otherwise 0", g.num())
		g.line("Let words %s be \"%s %s %s\" split by \" \"", t, g.word(), g.word(), g.word())
		g.line("Let shout %s be (words %s at index 0) converted to uppercase", t, t)
		g.line("Let joined %s be join(words %s, \",\")", t, t)
		g.line("Display \"Sum:\" with total as sum %s with first as ordered %s at index 0", t, t)
		g.line("Display shout %s trimmed starts with \"A\"", t)
		g.line("Let extended %s be readings %s with %d added", t, t, g.num())
		g.line("Display length of extended %s", t)
		g.line("Display joined %s followed by piped %s", t, t)
		g.line("Let handler %s be Lambda x:", t)
		g.line("    Let y be x plus %d", g.num())
		g.line("    Return y multiplied by 2")
		g.line("Display scale %s with %d and handler %s with 1", t, g.num(), t)
		g.line("")
	},
}

// tag returns a distinct lower-case word for n ("qa", "qb", …), so that
// generated multi-word names are made of words only.
func tag(n int) string {
	b := []byte{'q'}
	for {
		b = append(b, byte('a'+n%26))
		n /= 26
		if n == 0 {
			return string(b)
		}
	}
}
