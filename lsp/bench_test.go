package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/runa2go/runa2go/codegen"
	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/gen"
	"github.com/runa2go/runa2go/frontend/parser"
	"github.com/runa2go/runa2go/lsp/lsptest"
)

// startServer runs a server in process over pipes and returns a client
// that has initialized it.
func startServer(tb testing.TB, debounceMS int) *lsptest.Client {
	tb.Helper()
	return startServerOpts(tb, debounceMS, map[string]any{}).Client
}

// testClient is a client with the position encoding its server chose.
type testClient struct {
	*lsptest.Client
	enc string
	s   *Server
}

// startServerWith starts a server for a client with capabilities caps.
func startServerWith(tb testing.TB, caps map[string]any) testClient {
	return startServerOpts(tb, 0, caps)
}

func startServerOpts(tb testing.TB, debounceMS int, caps map[string]any) testClient {
	tb.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	s := New(inR, outW, Options{Version: "test"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		s.Serve(ctx)
		outW.Close()
		close(done)
	}()
	tb.Cleanup(func() {
		cancel()
		inW.Close()
		<-done
	})
	c := lsptest.New(outR, inW)
	c.Timeout = 60 * time.Second
	var init initializeResult
	if err := c.Call("initialize", map[string]any{"capabilities": caps,
		"initializationOptions": map[string]any{"debounceMs": debounceMS}}, &init); err != nil {
		tb.Fatal(err)
	}
	return testClient{c, init.Capabilities.PositionEncoding, s}
}

// settled waits until no analysis of the document uri runs: the parts of
// a just opened text are known, as they are a moment after an editor
// opens a file.
func (tc testClient) settled(tb testing.TB, uri string) {
	tb.Helper()
	for {
		busy := make(chan bool, 1)
		tc.s.post(func() {
			d := tc.s.docs[uri]
			busy <- d == nil || d.incRunning || d.running || d.fullPending
		})
		if !<-busy {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// bigDoc opens the 50,000-line generated program and returns its lines,
// after its first diagnostics.
func bigDoc(tb testing.TB, c *lsptest.Client, uri string) []string {
	src := string(gen.Typed(50000))
	if err := c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "runa", "version": 1, "text": src}}); err != nil {
		tb.Fatal(err)
	}
	var d struct {
		Diagnostics []Diagnostic `json:"diagnostics"`
	}
	if err := c.Wait("textDocument/publishDiagnostics", &d, nil); err != nil {
		tb.Fatal(err)
	}
	for _, dg := range d.Diagnostics {
		if dg.Severity == severityError {
			tb.Fatalf("generated program has errors: %s", dg.Message)
		}
	}
	return strings.Split(src, "\n")
}

// findLine returns the index of the n-th line (from 0) containing s.
func findLine(lines []string, s string, n int) int {
	for i, l := range lines {
		if strings.Contains(l, s) {
			if n == 0 {
				return i
			}
			n--
		}
	}
	return -1
}

// change rewrites the initial value of the first process's `total`
// (line 5, `    Let total be N`) to v modulo 10, as version v: a change of
// meaning that keeps the program valid.
func change(tb testing.TB, c *lsptest.Client, uri string, lines []string, v int) {
	const l = 5
	end := len([]rune(lines[l]))
	if !strings.HasPrefix(lines[l], "    Let total be ") {
		tb.Fatalf("line %d is %q", l, lines[l])
	}
	if err := c.Notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": uri, "version": v},
		"contentChanges": []any{map[string]any{"range": map[string]any{
			"start": map[string]any{"line": l, "character": end - 1}, "end": map[string]any{"line": l, "character": end}},
			"text": fmt.Sprint(v % 10)}},
	}); err != nil {
		tb.Fatal(err)
	}
	lines[l] = lines[l][:end-1] + fmt.Sprint(v%10)
}

// BenchmarkHoverAfterChange: a change at the top of the 50k-line
// program, then a hover on a variable far below it, answered from the
// previous check mapped through the change while the new check runs.
func BenchmarkHoverAfterChange(b *testing.B) {
	tc := startServerOpts(b, 0, map[string]any{})
	c := tc.Client
	const uri = "file:///bench/gen.runa"
	lines := bigDoc(b, c, uri)
	tc.settled(b, uri)
	target := findLine(lines, "Set total to total plus x", 600)
	if target < 0 {
		b.Fatal("the generated program has fewer than 601 lines with `Set total to total plus x`")
	}
	col := strings.Index(lines[target], "total")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		change(b, c, uri, lines, i+2)
		var h struct {
			Contents struct{ Value string } `json:"contents"`
		}
		if err := c.Call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri},
			"position": map[string]any{"line": target, "character": col + 1}}, &h); err != nil {
			b.Fatal(err)
		}
		if !strings.Contains(h.Contents.Value, "total: Integer → int64") {
			b.Fatalf("hover: %q", h.Contents.Value)
		}
	}
}

// BenchmarkDiagnosticsAfterChange: a change, then the diagnostics of the
// new version (the changed part parsed and checked again, incremental.go;
// the whole program is checked again in the background meanwhile).
func BenchmarkDiagnosticsAfterChange(b *testing.B) {
	tc := startServerOpts(b, 0, map[string]any{})
	c := tc.Client
	const uri = "file:///bench/gen.runa"
	lines := bigDoc(b, c, uri)
	tc.settled(b, uri)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := i + 2
		change(b, c, uri, lines, v)
		want := fmt.Sprintf(`"version":%d,`, v)
		if err := c.Wait("textDocument/publishDiagnostics", nil, func(raw json.RawMessage) bool {
			return strings.Contains(string(raw), want)
		}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStages50k splits the work behind the diagnostics of the 50k-line
// program after a change: parse, check (both on the critical path), and
// the index built after the diagnostics are out.
func BenchmarkStages50k(b *testing.B) {
	src := string(gen.Typed(50000))
	var parse, chk, idx time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		f, d := parser.ParseFile("gen.runa", []byte(src))
		t1 := time.Now()
		if d.HasErrors() {
			b.Fatal(d[0].Message)
		}
		p, _ := check.Check(f, check.Config{})
		t2 := time.Now()
		buildIndex(p)
		codegen.NewDescriber(p)
		t3 := time.Now()
		parse += t1.Sub(t0)
		chk += t2.Sub(t1)
		idx += t3.Sub(t2)
	}
	n := float64(b.N)
	b.ReportMetric(float64(parse.Milliseconds())/n, "parse-ms/op")
	b.ReportMetric(float64(chk.Milliseconds())/n, "check-ms/op")
	b.ReportMetric(float64(idx.Milliseconds())/n, "index-ms/op")
}

// BenchmarkIncremental50k: the incremental diagnostics of the 50k-line
// program after a change of one process body (incremental.go), without
// the protocol.
func BenchmarkIncremental50k(b *testing.B) {
	src := string(gen.Typed(50000))
	inc := newIncremental()
	if _, ok := inc.diagnostics(src); !ok {
		b.Fatal("not incremental")
	}
	const from = "    Let total be 0\n"
	at := strings.Index(src, from) + len(from) - 2
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := src[:at] + fmt.Sprint(i%10) + src[at+1:]
		if _, ok := inc.diagnostics(s); !ok {
			b.Fatal("not incremental")
		}
	}
}
