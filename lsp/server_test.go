package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/lsp/lsptest"
)

// open opens text as uri and waits for its first diagnostics.
func open(t *testing.T, c *lsptest.Client, uri, text string) []Diagnostic {
	t.Helper()
	must(t, c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "runa", "version": 1, "text": text}}))
	var d struct {
		Diagnostics []Diagnostic `json:"diagnostics"`
	}
	must(t, c.Wait("textDocument/publishDiagnostics", &d, nil))
	return d.Diagnostics
}

// change1 applies one incremental change as version v and waits for its
// diagnostics.
func change1(t *testing.T, c *lsptest.Client, uri string, v int, r Range, text string) []Diagnostic {
	t.Helper()
	must(t, c.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": v},
		"contentChanges": []any{map[string]any{"range": r, "text": text}},
	}))
	var d struct {
		Diagnostics []Diagnostic `json:"diagnostics"`
	}
	want := fmt.Sprintf(`"version":%d,`, v)
	must(t, c.Wait("textDocument/publishDiagnostics", &d, func(raw json.RawMessage) bool { return strings.Contains(string(raw), want) }))
	return d.Diagnostics
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

type hoverResult struct {
	Contents struct{ Value string } `json:"contents"`
	Range    *Range                 `json:"range"`
}

func hoverAt(t *testing.T, c *lsptest.Client, uri string, line, char int) hoverResult {
	t.Helper()
	var h hoverResult
	must(t, c.Call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri},
		"position": Position{Line: line, Character: char}}, &h))
	return h
}

// TestUTF8Positions: with UTF-8 negotiated, characters count bytes; by
// default they count UTF-16 units.
func TestUTF8Positions(t *testing.T) {
	const src = "Let greeting be \"hi\"\nDisplay \"é🎉\" followed by greeting\n"
	for _, c := range []struct {
		encs  []string
		want  string
		start int // of greeting on line 1
	}{
		{[]string{"utf-8", "utf-16"}, "utf-8", 29},
		{nil, "utf-16", 26},
		{[]string{"utf-32"}, "utf-32", 25},
	} {
		cl := startServerWith(t, map[string]any{"general": map[string]any{"positionEncodings": c.encs}})
		if cl.enc != c.want {
			t.Fatalf("offered %v: negotiated %q, want %q", c.encs, cl.enc, c.want)
		}
		const uri = "file:///t/utf.runa"
		if d := open(t, cl.Client, uri, src); len(d) != 0 {
			t.Fatalf("diagnostics: %+v", d)
		}
		h := hoverAt(t, cl.Client, uri, 1, c.start+2)
		if !strings.Contains(h.Contents.Value, "greeting: String → string") || h.Range == nil ||
			h.Range.Start.Character != c.start || h.Range.End.Character != c.start+8 {
			t.Errorf("%s: hover %+v %q", c.want, h.Range, h.Contents.Value)
		}
	}
}

// TestStaleIndexFollowsEdits: while the text does not check, hover and
// definition answer from the last good version, with positions moved by
// the lines inserted above.
func TestStaleIndexFollowsEdits(t *testing.T) {
	c := startServer(t, 0)
	const uri = "file:///t/stale.runa"
	open(t, c, uri, "Let count be 3\nDisplay count\n")
	// Two broken lines at the top: the file no longer parses.
	d := change1(t, c, uri, 2, Range{}, "Let x be )\n\n")
	if len(d) == 0 {
		t.Fatal("the broken line is not diagnosed")
	}
	h := hoverAt(t, c, uri, 3, 9)
	if !strings.Contains(h.Contents.Value, "count: Integer → int64") || h.Range == nil || h.Range.Start.Line != 3 {
		t.Fatalf("hover below the edit: %+v %q", h.Range, h.Contents.Value)
	}
	var locs []Location
	must(t, c.Call("textDocument/definition", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": Position{Line: 3, Character: 9}}, &locs))
	if len(locs) != 1 || locs[0].Range.Start != (Position{Line: 2, Character: 4}) {
		t.Fatalf("definition: %+v", locs)
	}
	// Inside the changed text there is nothing to say.
	if h := hoverAt(t, c, uri, 0, 4); h.Contents.Value != "" {
		t.Fatalf("hover in new text: %q", h.Contents.Value)
	}
	// Rename needs a checked file.
	err := c.Call("textDocument/rename", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": Position{Line: 3, Character: 9}, "newName": "n"}, nil)
	if err == nil || !strings.Contains(err.Error(), "fix the errors") {
		t.Fatalf("rename in a broken file: %v", err)
	}
}

const featureSrc = `Type Point is Dictionary with:
    x as Integer
    label as String

Async Process called "load" that takes n:
    await sleep with seconds as 0
    Return n plus 1

Process called "show" that takes p:
    Display p.label
    Return p.x

Let origin be Point with:
    x as 0
    label as "origin"
Let shown be show with p as origin
Display shown followed by await load with n as 2
`

// TestFieldsRecordsAndFixes covers record fields (hover, references,
// completion after a dot), record types and the add-await quick fix.
func TestFieldsRecordsAndFixes(t *testing.T) {
	c := startServer(t, 0)
	const uri = "file:///t/rec.runa"
	doc := map[string]any{"uri": uri}
	if d := open(t, c, uri, featureSrc); len(d) != 0 {
		t.Fatalf("diagnostics: %+v", d)
	}
	h := hoverAt(t, c, uri, 9, 15)
	if !strings.Contains(h.Contents.Value, "Point.label: String → string") {
		t.Fatalf("hover on a field: %q", h.Contents.Value)
	}
	if h := hoverAt(t, c, uri, 12, 15); !strings.Contains(h.Contents.Value, "Type Point is Dictionary with:") || !strings.Contains(h.Contents.Value, "`*Point`") {
		t.Fatalf("hover on a record type: %q", h.Contents.Value)
	}
	if h := hoverAt(t, c, uri, 4, 23); !strings.Contains(h.Contents.Value, "async") || !strings.Contains(h.Contents.Value, "can fail") ||
		!strings.Contains(h.Contents.Value, "func load(ctx context.Context, n int64) (int64, error)") {
		t.Fatalf("hover on an async process: %q", h.Contents.Value)
	}
	var locs []Location
	must(t, c.Call("textDocument/references", map[string]any{"textDocument": doc, "position": Position{Line: 1, Character: 5},
		"context": map[string]any{"includeDeclaration": true}}, &locs))
	if len(locs) != 3 || locs[1].Range.Start != (Position{Line: 10, Character: 13}) || locs[2].Range.Start != (Position{Line: 13, Character: 4}) {
		t.Fatalf("references of field x: %+v", locs)
	}
	must(t, c.Call("textDocument/references", map[string]any{"textDocument": doc, "position": Position{Line: 0, Character: 6},
		"context": map[string]any{"includeDeclaration": false}}, &locs))
	if len(locs) != 1 || locs[0].Range.Start.Line != 12 {
		t.Fatalf("references of Point: %+v", locs)
	}
	// Completion of fields after `origin.` on a new last line.
	change1(t, c, uri, 2, Range{Start: Position{Line: 17}, End: Position{Line: 17}}, "Display origin.")
	var list completionList
	must(t, c.Call("textDocument/completion", map[string]any{"textDocument": doc, "position": Position{Line: 17, Character: 15}}, &list))
	if len(list.Items) != 2 || list.Items[0].Label != "x" || list.Items[1].Label != "label" {
		t.Fatalf("field completion: %+v", list.Items)
	}
	// Names in scope inside a process: its parameter, not another's.
	must(t, c.Call("textDocument/completion", map[string]any{"textDocument": doc, "position": Position{Line: 9, Character: 12}}, &list))
	labels := map[string]bool{}
	for _, it := range list.Items {
		labels[it.Label] = true
	}
	if !labels["p"] || labels["n"] {
		t.Fatalf("completion of p in show: %+v", list.Items)
	}
	// An async call without await: the warning's fix adds it.
	d := change1(t, c, uri, 3, Range{Start: Position{Line: 17}, End: Position{Line: 17, Character: 15}}, "load with n as 1")
	var fix *Diagnostic
	for i := range d {
		if d[i].Code == "W301" {
			fix = &d[i]
		}
	}
	if fix == nil || fix.Data == nil || fix.Data.Text != "await " || fix.Data.Range.Start != (Position{Line: 17, Character: 0}) {
		t.Fatalf("W301 and its fix: %+v", d)
	}
	var actions []codeAction
	must(t, c.Call("textDocument/codeAction", map[string]any{"textDocument": doc, "range": fix.Range,
		"context": map[string]any{"diagnostics": []Diagnostic{*fix}}}, &actions))
	if len(actions) != 1 || actions[0].Title != "Add await" {
		t.Fatalf("code actions: %+v", actions)
	}
}

// TestRandomEditsNeverBreakTheServer applies random edits and requests at
// random positions: every request gets an answer and the server stays up.
func TestRandomEditsNeverBreakTheServer(t *testing.T) {
	c := startServer(t, 0)
	const uri = "file:///t/random.runa"
	text := featureSrc
	open(t, c, uri, text)
	r := rand.New(rand.NewSource(1))
	pieces := []string{"", " ", "\n", "é", "with ", "x.", "Let ", "\"", ":", "    ", "🎉", "and ", "be ", "Process called \"q\":\n"}
	methods := []string{"textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/inlayHint",
		"textDocument/documentSymbol", "textDocument/formatting", "textDocument/references", "textDocument/documentHighlight"}
	for v := 2; v < 60; v++ {
		lines := strings.Count(text, "\n") + 1
		p1 := Position{Line: r.Intn(lines + 2), Character: r.Intn(30)}
		p2 := Position{Line: p1.Line + r.Intn(2), Character: r.Intn(30)}
		must(t, c.Notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": v},
			"contentChanges": []any{map[string]any{"range": Range{Start: p1, End: p2}, "text": pieces[r.Intn(len(pieces))]}},
		}))
		m := methods[r.Intn(len(methods))]
		at := Position{Line: r.Intn(lines + 1), Character: r.Intn(40)}
		params := map[string]any{"textDocument": map[string]any{"uri": uri}, "position": at,
			"range": Range{Start: Position{}, End: Position{Line: 100}}, "context": map[string]any{"includeDeclaration": true}}
		var res json.RawMessage
		if err := c.Call(m, params, &res); err != nil && !strings.Contains(err.Error(), "syntax errors") {
			t.Fatalf("version %d: %s: %v", v, m, err)
		}
	}
	must(t, c.Call("shutdown", nil, nil))
}

// TestRenameRejects checks the names rename refuses.
func TestRenameRejects(t *testing.T) {
	c := startServer(t, 0)
	const uri = "file:///t/ren.runa"
	open(t, c, uri, featureSrc)
	for name, want := range map[string]string{
		"with":   "reserved word",
		"2x":     "not a valid Runa name",
		"load":   "already called load",
		"Point":  "record type",
		"sleep":  "built-in",
		"origin": "already called origin",
	} {
		err := c.Call("textDocument/rename", map[string]any{"textDocument": map[string]any{"uri": uri},
			"position": Position{Line: 15, Character: 5}, "newName": name}, nil)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("rename shown to %q: %v, want %q", name, err, want)
		}
	}
	// A field is not renameable (yet): say so.
	err := c.Call("textDocument/prepareRename", map[string]any{"textDocument": map[string]any{"uri": uri},
		"position": Position{Line: 1, Character: 5}}, nil)
	if err == nil || !strings.Contains(err.Error(), "only variables and processes") {
		t.Errorf("prepareRename on a field: %v", err)
	}
}

// TestExitWithoutShutdown: exit before shutdown ends Serve with the error
// that makes `runa2go lsp` exit with status 1.
func TestExitWithoutShutdown(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	go io.Copy(io.Discard, outR)
	s := New(inR, outW, Options{})
	done := make(chan error, 1)
	go func() { done <- s.Serve(context.Background()) }()
	c := lsptest.New(strings.NewReader(""), inW)
	must(t, c.Notify("exit", nil))
	err := <-done
	inW.Close()
	outW.Close()
	if !ErrExitWithoutShutdown(err) {
		t.Fatalf("Serve = %v", err)
	}
}

// TestBlockCompletion: in the block of `NAME with:`, the parameters or
// fields not given yet.
func TestBlockCompletion(t *testing.T) {
	c := startServer(t, 0)
	const uri = "file:///t/block.runa"
	open(t, c, uri, featureSrc)
	// A second record value, its first field given.
	change1(t, c, uri, 2, Range{Start: Position{Line: 17}, End: Position{Line: 17}}, "Let other be Point with:\n    x as 1\n    ")
	var list completionList
	must(t, c.Call("textDocument/completion", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": Position{Line: 19, Character: 4}}, &list))
	if len(list.Items) != 1 || list.Items[0].Label != "label" || list.Items[0].InsertText != "label as " {
		t.Fatalf("record block completion: %+v", list.Items)
	}
	// A call in block form.
	change1(t, c, uri, 3, Range{Start: Position{Line: 17}, End: Position{Line: 19, Character: 4}}, "Display show with:\n    ")
	must(t, c.Call("textDocument/completion", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": Position{Line: 18, Character: 4}}, &list))
	if len(list.Items) != 1 || list.Items[0].Label != "p" {
		t.Fatalf("call block completion: %+v", list.Items)
	}
}

// TestBadInput: a body that is not JSON gets a parse error, a request
// before initialize an error, an unknown method "method not found"; the
// server goes on answering.
func TestBadInput(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	s := New(inR, outW, Options{})
	done := make(chan struct{})
	go func() {
		s.Serve(context.Background())
		outW.Close()
		close(done)
	}()
	t.Cleanup(func() {
		inW.Close()
		<-done
	})
	c := lsptest.New(outR, inW)
	fmt.Fprintf(inW, "Content-Length: 9\r\n\r\n{not json")
	if err := c.Call("textDocument/hover", map[string]any{}, nil); err == nil || !strings.Contains(err.Error(), "-32002") {
		t.Fatalf("hover before initialize: %v", err)
	}
	must(t, c.Call("initialize", map[string]any{"capabilities": map[string]any{}}, nil))
	if err := c.Call("workspace/symbol", map[string]any{}, nil); err == nil || !strings.Contains(err.Error(), "-32601") {
		t.Fatalf("unknown method: %v", err)
	}
	if err := c.Call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": "file:///none.runa"}}, nil); err == nil || !strings.Contains(err.Error(), "not open") {
		t.Fatalf("hover in a document that is not open: %v", err)
	}
	must(t, c.Call("shutdown", nil, nil))
}

// TestHoverExpression: off a name, hover gives the type of the innermost
// expression.
func TestHoverExpression(t *testing.T) {
	c := startServer(t, 0)
	const uri = "file:///t/expr.runa"
	open(t, c, uri, "Let xs be list containing 1, 2\nDisplay length of xs plus 0.5\n")
	if h := hoverAt(t, c, uri, 0, 12); !strings.Contains(h.Contents.Value, "List[Integer] → *rt.List[int64]") {
		t.Fatalf("hover on a list literal: %q", h.Contents.Value)
	}
	if h := hoverAt(t, c, uri, 1, 22); !strings.Contains(h.Contents.Value, "Float → float64") {
		t.Fatalf("hover on plus: %q", h.Contents.Value)
	}
}

// TestInlayHintRefresh: a client that supports it is asked to refresh its
// inlay hints when a new check lands.
func TestInlayHintRefresh(t *testing.T) {
	c := startServerWith(t, map[string]any{"workspace": map[string]any{"inlayHint": map[string]any{"refreshSupport": true}}})
	const uri = "file:///t/refresh.runa"
	open(t, c.Client, uri, "Let a be 1\nDisplay a\n")
	if err := c.WaitRequest("workspace/inlayHint/refresh"); err != nil {
		t.Fatal(err)
	}
}

// TestSymbolsFollowEdits: before the next check, symbols come from the
// last parse with their ranges moved by the edits since.
func TestSymbolsFollowEdits(t *testing.T) {
	c := startServer(t, 60000) // no check during the test
	const uri = "file:///t/sym.runa"
	must(t, c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "runa", "version": 1, "text": featureSrc}}))
	// Two lines inserted in the body of "load" (lines 4-6).
	must(t, c.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 2},
		"contentChanges": []any{map[string]any{"range": Range{Start: Position{Line: 5}, End: Position{Line: 5}}, "text": "    Display 1\n    Display 2\n"}},
	}))
	var syms []documentSymbol
	must(t, c.Call("textDocument/documentSymbol", map[string]any{"textDocument": map[string]any{"uri": uri}}, &syms))
	byName := map[string]documentSymbol{}
	for _, s := range syms {
		byName[s.Name] = s
	}
	if l := byName["load"]; l.Range.Start.Line != 4 || l.Range.End.Line != 8 {
		t.Errorf("load: %+v", l.Range)
	}
	if s := byName["show"]; s.SelectionRange.Start.Line != 10 {
		t.Errorf("show: %+v", s.SelectionRange)
	}
	if p := byName["Point"]; len(p.Children) != 2 || p.Children[1].Name != "label" || p.Children[1].Detail != "String" {
		t.Errorf("Point: %+v", p)
	}
}
