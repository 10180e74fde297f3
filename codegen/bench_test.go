package codegen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/codegen"
	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/gen"
	rparser "github.com/runa2go/runa2go/frontend/parser"
)

// BenchmarkGenerate generates Go for a type-correct program of about
// 50,000 lines (DESIGN §6: `gen` end to end is reported) and reports lines/s.
func BenchmarkGenerate(b *testing.B) {
	const lines = 50000
	src := gen.Typed(lines)
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

// BenchmarkGenDeep runs the whole of `gen` (parse, check, generate) on
// deep inputs: a left-nested chain of n `plus` terms and n nested
// `list containing (`, for n of 1k, 10k and 100k (issue: gen must be
// linear in its input; nesting past spec §1's limit of 1,000 is one
// diagnostic). Compare ns/op across sizes: linear growth is 10× per row.
func BenchmarkGenDeep(b *testing.B) {
	chain := func(n int) []byte {
		var s strings.Builder
		s.WriteString("Let x be 1\nLet y be x")
		for i := 1; i < n; i++ {
			s.WriteString(" plus x")
		}
		s.WriteString("\nDisplay y\n")
		return []byte(s.String())
	}
	nest := func(n int) []byte {
		return []byte("Let x be " + strings.Repeat("list containing (", n) + "1" + strings.Repeat(")", n) + "\nDisplay x\n")
	}
	for _, shape := range []struct {
		name string
		src  func(int) []byte
	}{{"chain", chain}, {"nest", nest}} {
		for _, n := range []int{1000, 10000, 100000} {
			src := shape.src(n)
			b.Run(fmt.Sprintf("%s/%d", shape.name, n), func(b *testing.B) {
				for b.Loop() {
					f, d := rparser.ParseFile("deep.runa", src)
					if d.HasErrors() {
						continue // past the nesting limit: one diagnostic
					}
					p, d := check.Check(f, check.Config{})
					if d.HasErrors() {
						continue
					}
					if _, err := codegen.Generate(p, codegen.Options{SourceName: "deep.runa"}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
