package codegen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/codegen"
	"github.com/runa2go/runa2go/frontend/check"
	rparser "github.com/runa2go/runa2go/frontend/parser"
)

// BenchmarkGenerate generates Go for a type-correct program of about
// 50,000 lines (DESIGN §6: `gen` end to end is reported) and reports lines/s.
func BenchmarkGenerate(b *testing.B) {
	var sb strings.Builder
	lines := 0
	for i := 0; lines < 50000; i++ {
		fmt.Fprintf(&sb, `Type Item%[1]d is Dictionary with:
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
		lines += 45
	}
	src := []byte(sb.String())
	f, d := rparser.ParseFile("gen.runa", src)
	if d.HasErrors() {
		b.Fatal(d[0].Message)
	}
	p, d := check.Check(f, check.Config{})
	if d.HasErrors() {
		b.Fatal(d[0].Message)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := codegen.Generate(p, codegen.Options{SourceName: "gen.runa"}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
