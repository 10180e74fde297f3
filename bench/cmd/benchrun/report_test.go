package main

import (
	"strings"
	"testing"
	"time"
)

func TestParsePending(t *testing.T) {
	out := []byte(`goos: linux
goarch: amd64
pkg: github.com/runa2go/runa2go/rt
BenchmarkPendingTask/await-2         	       3	 317651350 ns/op	       648.3 bytes/task	      2048 stack-bytes/task
BenchmarkPendingTask/sleep0-2        	       3	 300000000 ns/op	        78.0 bytes/task
BenchmarkOther-2                     	     100	     12345 ns/op
PASS
ok  	github.com/runa2go/runa2go/rt	2.1s
`)
	got := parsePending(out)
	want := []pendingMetric{
		{name: "BenchmarkPendingTask/await", bytes: 648.3, stackBytes: 2048},
		{name: "BenchmarkPendingTask/sleep0", bytes: 78},
	}
	if len(got) != len(want) {
		t.Fatalf("parsePending = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("parsePending[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// cellOf is a usable cell whose every run took cpu and wall.
func cellOf(cpu, wall time.Duration) *cell {
	return &cell{argv: []string{"x"}, samples: []sample{{cpu: cpu, wall: wall}}}
}

func TestVerdictJudgesCPU(t *testing.T) {
	b := benchmark{name: "x", bar: bar{1.0, 30, 10}}
	ms := time.Millisecond
	// Generated is 0.9× Go on CPU but 2× on wall: the bar is met on CPU.
	c := [nVariants]*cell{cellOf(9*ms, 20*ms), cellOf(10*ms, 10*ms), cellOf(300*ms, 300*ms), cellOf(100*ms, 100*ms)}
	if got := verdict(b, c); got != "yes" {
		t.Errorf("verdict = %q, want yes", got)
	}
	c[vRuna] = cellOf(20*ms, 9*ms)
	got := verdict(b, c)
	for _, miss := range []string{"gen÷Go 2.00× > 1", "CPython÷gen 15× < 30", "Node÷gen 5.00× < 10"} {
		if !strings.Contains(got, miss) {
			t.Errorf("verdict = %q, want it to name %q", got, miss)
		}
	}
	// A report-only row with a CPU bar on gen÷Go only ignores CPython and Node.
	r := benchmark{name: "race", bar: bar{maxGenGo: 1.2}}
	c = [nVariants]*cell{cellOf(11*ms, 1), cellOf(10*ms, 1), {}, {}}
	if got := verdict(r, c); got != "yes" {
		t.Errorf("verdict without CPython/Node bars = %q, want yes", got)
	}
}

func TestMedian(t *testing.T) {
	ss := []sample{{rss: 3}, {rss: 1}, {rss: 2}, {rss: 10}}
	if got := median(ss, rssOf); got != 2 {
		t.Errorf("median of 1 2 3 10 = %d, want 2 (the mean of the middle two, truncated)", got)
	}
	if got := median(ss[:3], rssOf); got != 2 {
		t.Errorf("median of 3 1 2 = %d, want 2", got)
	}
}
