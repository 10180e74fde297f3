package parser

import (
	"testing"

	"github.com/runa2go/runa2go/frontend/gen"
	"github.com/runa2go/runa2go/frontend/internal/cputime"
)

// TestGeneratedProgram checks that the benchmark's generated programs are
// valid Runa.
func TestGeneratedProgram(t *testing.T) {
	src := gen.Program(3000, 1)
	_, diags := ParseFile("gen.runa", src)
	if len(diags) > 0 {
		t.Fatalf("generated program has diagnostics:\n%s", renderAll(string(src), diags[:min(len(diags), 5)]))
	}
}

// BenchmarkParse parses a generated 50,000-line program (Level 1 and Level 2
// forms) and reports lines/s of wall time and of CPU time (cpu-lines/s,
// the figure that holds on a loaded machine). DESIGN §6: ≥ 1M lines/s.
func BenchmarkParse(b *testing.B) {
	const lines = 50000
	src := gen.Program(lines, 1)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, ok := cputime.Used()
	for i := 0; i < b.N; i++ {
		if _, diags := ParseFile("gen.runa", src); len(diags) > 0 {
			b.Fatal(diags[0].Message)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
	if cpu1, _ := cputime.Used(); ok && cpu1 > cpu0 {
		b.ReportMetric(float64(lines)*float64(b.N)/(cpu1-cpu0).Seconds(), "cpu-lines/s")
	}
}
