package check_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/gen"
	"github.com/runa2go/runa2go/frontend/internal/cputime"
	"github.com/runa2go/runa2go/frontend/parser"
)

// BenchmarkCheck checks a generated 50,000-line program (parsed once) and
// reports lines/s of wall time and of CPU time (cpu-lines/s, the figure
// that holds on a loaded machine). DESIGN §6: ≥ 250k lines/s.
func BenchmarkCheck(b *testing.B) {
	const lines = 50000
	src := gen.Typed(lines)
	f, d := parser.ParseFile("gen.runa", src)
	if d.HasErrors() {
		b.Fatal(d[0].Message)
	}
	nlines := strings.Count(string(src), "\n")
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, ok := cputime.Used()
	for i := 0; i < b.N; i++ {
		if _, d := check.Check(f, check.Config{}); d.HasErrors() {
			b.Fatal(d[0].Message)
		}
	}
	b.ReportMetric(float64(nlines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
	if cpu1, _ := cputime.Used(); ok && cpu1 > cpu0 {
		b.ReportMetric(float64(nlines)*float64(b.N)/(cpu1-cpu0).Seconds(), "cpu-lines/s")
	}
}

// BenchmarkCheckErrors checks a large program full of unknown names: bad
// input must stay linear.
func BenchmarkCheckErrors(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&sb, "Let v%d be w%d plus 1\n", i, i)
	}
	f, d := parser.ParseFile("bad.runa", []byte(sb.String()))
	if d.HasErrors() {
		b.Fatal(d[0].Message)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		check.Check(f, check.Config{})
	}
	b.ReportMetric(20000*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
