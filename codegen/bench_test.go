package codegen_test

import (
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
