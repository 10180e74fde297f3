package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/runa2go/runa2go/lsp"
	"github.com/runa2go/runa2go/lsp/lsptest"
)

// runa2goCommand returns a command running this test binary as runa2go
// (testscript.Main in TestMain runs Main when invoked under that name).
func runa2goCommand(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	link := filepath.Join(dir, "runa2go")
	if err := os.Symlink(exe, link); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(link, args...)
	cmd.Dir = dir
	return cmd
}

type diagnostics struct {
	URI         string           `json:"uri"`
	Version     int              `json:"version"`
	Diagnostics []lsp.Diagnostic `json:"diagnostics"`
}

const sessionSrc = `Process called "area" that takes w and h:
  Return w multiplied by h

Let total be area with w as 2 and h as 3
Display totl
`

func pos(line, char int) map[string]any { return map[string]any{"line": line, "character": char} }

// TestLSPSession drives `runa2go lsp` over pipes through a whole editing
// session and checks every answer.
func TestLSPSession(t *testing.T) {
	cmd := runa2goCommand(t, "lsp")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	c := lsptest.New(stdout, stdin)
	const uri = "file:///work/area.runa"
	doc := map[string]any{"uri": uri}

	var init struct {
		Capabilities struct {
			PositionEncoding string `json:"positionEncoding"`
			TextDocumentSync struct {
				Change int `json:"change"`
			} `json:"textDocumentSync"`
			InlayHintProvider bool `json:"inlayHintProvider"`
		} `json:"capabilities"`
	}
	must(t, c.Call("initialize", map[string]any{
		"processId":             nil,
		"capabilities":          map[string]any{},
		"initializationOptions": map[string]any{"debounceMs": 20},
	}, &init))
	if init.Capabilities.PositionEncoding != "utf-16" || init.Capabilities.TextDocumentSync.Change != 2 || !init.Capabilities.InlayHintProvider {
		t.Fatalf("initialize: %+v", init)
	}
	must(t, c.Notify("initialized", map[string]any{}))

	// didOpen with an unknown name: an error with its code, hint and fix.
	must(t, c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "runa", "version": 1, "text": sessionSrc}}))
	var d diagnostics
	must(t, c.Wait("textDocument/publishDiagnostics", &d, nil))
	if d.Version != 1 || len(d.Diagnostics) != 1 {
		t.Fatalf("diagnostics after open: %+v", d)
	}
	dg := d.Diagnostics[0]
	if dg.Code != "E232" || dg.Severity != 1 || !strings.Contains(dg.Message, `unknown name "totl"`) ||
		!strings.Contains(dg.Message, `hint: did you mean "total"?`) ||
		dg.Range.Start.Line != 4 || dg.Range.Start.Character != 8 || dg.Range.End.Character != 12 {
		t.Fatalf("diagnostic: %+v", dg)
	}
	var actions []struct {
		Title string `json:"title"`
		Edit  struct {
			Changes map[string][]struct {
				NewText string `json:"newText"`
			} `json:"changes"`
		} `json:"edit"`
	}
	must(t, c.Call("textDocument/codeAction", map[string]any{"textDocument": doc, "range": dg.Range,
		"context": map[string]any{"diagnostics": d.Diagnostics}}, &actions))
	if len(actions) != 1 || actions[0].Title != `Change to "total"` || actions[0].Edit.Changes[uri][0].NewText != "total" {
		t.Fatalf("code actions: %+v", actions)
	}

	// didChange (incremental) fixes it: no diagnostics for version 2.
	must(t, c.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 2},
		"contentChanges": []any{map[string]any{"range": map[string]any{"start": pos(4, 8), "end": pos(4, 12)}, "text": "total"}},
	}))
	must(t, c.Wait("textDocument/publishDiagnostics", &d, nil))
	if d.Version != 2 || len(d.Diagnostics) != 0 {
		t.Fatalf("diagnostics after the fix: %+v", d)
	}

	// Hover on the inferred variable and on the process.
	var h struct {
		Contents struct {
			Kind  string `json:"kind"`
			Value string `json:"value"`
		} `json:"contents"`
	}
	must(t, c.Call("textDocument/hover", map[string]any{"textDocument": doc, "position": pos(4, 10)}, &h))
	if !strings.Contains(h.Contents.Value, "total: Integer → int64") || !strings.Contains(h.Contents.Value, "top-level variable") {
		t.Fatalf("hover on total: %q", h.Contents.Value)
	}
	must(t, c.Call("textDocument/hover", map[string]any{"textDocument": doc, "position": pos(3, 14)}, &h))
	for _, want := range []string{`Process called "area" that takes w as Integer and h as Integer returns Integer`, "cannot fail", "func area(w, h int64) int64"} {
		if !strings.Contains(h.Contents.Value, want) {
			t.Fatalf("hover on area: %q lacks %q", h.Contents.Value, want)
		}
	}

	// Inlay hints: both parameters, the result and the Let.
	var hints []struct {
		Position lsp.Position `json:"position"`
		Label    string       `json:"label"`
	}
	must(t, c.Call("textDocument/inlayHint", map[string]any{"textDocument": doc,
		"range": map[string]any{"start": pos(0, 0), "end": pos(5, 0)}}, &hints))
	got := []string{}
	for _, h := range hints {
		got = append(got, h.Label+"@"+strconv.Itoa(h.Position.Line)+":"+strconv.Itoa(h.Position.Character))
	}
	want := "as Integer@0:34 as Integer@0:40 returns Integer@0:40 as Integer@3:9"
	if strings.Join(got, " ") != want {
		t.Fatalf("inlay hints: %v, want %s", got, want)
	}

	// Definition and references.
	var locs []lsp.Location
	must(t, c.Call("textDocument/definition", map[string]any{"textDocument": doc, "position": pos(4, 9)}, &locs))
	if len(locs) != 1 || locs[0].URI != uri || locs[0].Range.Start != (lsp.Position{Line: 3, Character: 4}) || locs[0].Range.End.Character != 9 {
		t.Fatalf("definition of total: %+v", locs)
	}
	must(t, c.Call("textDocument/references", map[string]any{"textDocument": doc, "position": pos(3, 14),
		"context": map[string]any{"includeDeclaration": true}}, &locs))
	if len(locs) != 2 || locs[0].Range.Start.Line != 0 || locs[1].Range.Start != (lsp.Position{Line: 3, Character: 13}) {
		t.Fatalf("references of area: %+v", locs)
	}

	// Completion after `with`, in a line that does not parse yet.
	must(t, c.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 3},
		"contentChanges": []any{map[string]any{"range": map[string]any{"start": pos(5, 0), "end": pos(5, 0)}, "text": "Display area with w as 1 and "}},
	}))
	var list struct {
		Items []struct {
			Label      string `json:"label"`
			InsertText string `json:"insertText"`
			Detail     string `json:"detail"`
		} `json:"items"`
	}
	must(t, c.Call("textDocument/completion", map[string]any{"textDocument": doc, "position": pos(5, 29)}, &list))
	if len(list.Items) != 1 || list.Items[0].Label != "h" || list.Items[0].InsertText != "h as " || !strings.Contains(list.Items[0].Detail, "Integer") {
		t.Fatalf("completion after and: %+v", list.Items)
	}
	must(t, c.Call("textDocument/completion", map[string]any{"textDocument": doc, "position": pos(5, 18)}, &list))
	if len(list.Items) != 2 || list.Items[0].Label != "w" || list.Items[1].Label != "h" {
		t.Fatalf("completion after with: %+v", list.Items)
	}
	// Hover still answers below the edit, from the last good check.
	must(t, c.Wait("textDocument/publishDiagnostics", &d, func(raw json.RawMessage) bool { return strings.Contains(string(raw), `"version":3`) }))
	if len(d.Diagnostics) == 0 {
		t.Fatalf("the unfinished call is not diagnosed")
	}
	must(t, c.Call("textDocument/hover", map[string]any{"textDocument": doc, "position": pos(4, 10)}, &h))
	if !strings.Contains(h.Contents.Value, "total: Integer → int64") {
		t.Fatalf("hover on total while the file has errors: %q", h.Contents.Value)
	}
	must(t, c.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 4},
		"contentChanges": []any{map[string]any{"range": map[string]any{"start": pos(5, 0), "end": pos(5, 29)}, "text": ""}},
	}))
	must(t, c.Wait("textDocument/publishDiagnostics", &d, func(raw json.RawMessage) bool { return strings.Contains(string(raw), `"version":4`) }))
	if len(d.Diagnostics) != 0 {
		t.Fatalf("diagnostics after removing the call: %+v", d.Diagnostics)
	}

	// Formatting re-indents the process body.
	var edits []struct {
		Range   lsp.Range `json:"range"`
		NewText string    `json:"newText"`
	}
	must(t, c.Call("textDocument/formatting", map[string]any{"textDocument": doc, "options": map[string]any{"tabSize": 4, "insertSpaces": true}}, &edits))
	if len(edits) != 1 || !strings.Contains(edits[0].NewText, "\n    Return w multiplied by h\n") || edits[0].Range.Start.Line != 0 {
		t.Fatalf("formatting: %+v", edits)
	}

	// Rename the variable, then the process.
	var we struct {
		Changes map[string][]struct {
			Range   lsp.Range `json:"range"`
			NewText string    `json:"newText"`
		} `json:"changes"`
	}
	must(t, c.Call("textDocument/rename", map[string]any{"textDocument": doc, "position": pos(3, 5), "newName": "sum"}, &we))
	if e := we.Changes[uri]; len(e) != 2 || e[0].Range.Start != (lsp.Position{Line: 3, Character: 4}) || e[1].Range.Start != (lsp.Position{Line: 4, Character: 8}) || e[1].NewText != "sum" {
		t.Fatalf("rename total: %+v", we)
	}
	must(t, c.Call("textDocument/rename", map[string]any{"textDocument": doc, "position": pos(3, 14), "newName": "surface"}, &we))
	if e := we.Changes[uri]; len(e) != 2 || e[0].Range != (lsp.Range{Start: lsp.Position{Line: 0, Character: 16}, End: lsp.Position{Line: 0, Character: 20}}) {
		t.Fatalf("rename area: %+v", we)
	}
	if err := c.Call("textDocument/rename", map[string]any{"textDocument": doc, "position": pos(3, 5), "newName": "area"}, &we); err == nil || !strings.Contains(err.Error(), "already called area") {
		t.Fatalf("rename onto a process name: %v", err)
	}

	// Document symbols.
	var syms []struct {
		Name string `json:"name"`
		Kind int    `json:"kind"`
	}
	must(t, c.Call("textDocument/documentSymbol", map[string]any{"textDocument": doc}, &syms))
	if len(syms) != 2 || syms[0].Name != "area" || syms[0].Kind != 12 || syms[1].Name != "total" || syms[1].Kind != 13 {
		t.Fatalf("symbols: %+v", syms)
	}

	// shutdown, exit: status 0.
	must(t, c.Call("shutdown", nil, nil))
	must(t, c.Notify("exit", nil))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("runa2go lsp: %v\n%s", err, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("runa2go lsp did not exit")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
