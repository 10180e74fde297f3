package lsp

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/gen"
)

// corpus returns the Runa programs of the golden cases and a generated
// one: the starting points of the random edits.
func corpus(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "golden", "testdata", "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	out := map[string]string{"gen": string(gen.Typed(400))}
	for _, f := range files {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, af := range ar.Files {
			if af.Name == "in.runa" {
				out[strings.TrimSuffix(filepath.Base(f), ".txtar")] = string(af.Data)
			}
		}
	}
	return out
}

var wordRE = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*|[0-9]+`)

// mutate makes one random edit of s: a word replaced by another word of
// the program (a name used elsewhere, a process from another part, a
// keyword), a line deleted, duplicated, moved, indented or outdented, a
// character inserted or removed.
func mutate(r *rand.Rand, s string) string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) == 0 {
		return s + "x"
	}
	li := r.Intn(len(lines))
	l := lines[li]
	switch r.Intn(11) {
	case 10:
		// A top-level statement that ends the main program.
		lines = append(lines[:li], append([]string{"Throw \"stop\"\n"}, lines[li:]...)...)
	case 9:
		// A line of another place, here.
		lines = append(lines[:li], append([]string{lines[r.Intn(len(lines))]}, lines[li:]...)...)
	case 0, 1, 2:
		locs := wordRE.FindAllStringIndex(l, -1)
		all := wordRE.FindAllString(s, -1)
		if len(locs) == 0 || len(all) == 0 {
			break
		}
		loc := locs[r.Intn(len(locs))]
		lines[li] = l[:loc[0]] + all[r.Intn(len(all))] + l[loc[1]:]
	case 3:
		lines = append(lines[:li], lines[li+1:]...)
	case 4:
		lines = append(lines[:li+1], lines[li:]...)
	case 5:
		if li+1 < len(lines) {
			lines[li], lines[li+1] = lines[li+1], lines[li]
		}
	case 6:
		lines[li] = "    " + l
	case 7:
		lines[li] = strings.TrimPrefix(l, "    ")
	case 8:
		if len(l) > 1 {
			k := r.Intn(len(l) - 1)
			if r.Intn(2) == 0 {
				lines[li] = l[:k] + l[k+1:]
			} else {
				lines[li] = l[:k] + string(" :,(x1\"#"[r.Intn(8)]) + l[k:]
			}
		}
	}
	return strings.Join(lines, "")
}

func diagString(l diag.List) string {
	var b strings.Builder
	for _, d := range l {
		fmt.Fprintf(&b, "%d:%d-%d:%d %s %s %q %q\n", d.Span.Start.Line, d.Span.Start.Col, d.Span.End.Line, d.Span.End.Col, d.Severity, d.Code, d.Message, d.Hint)
	}
	return b.String()
}

// TestIncrementalMatchesFull edits every program of the corpus at random,
// edit after edit, and compares the incremental diagnostics (one cache per
// program, reused across its versions) with a check of the whole text.
func TestIncrementalMatchesFull(t *testing.T) {
	progs := corpus(t)
	steps, seed := 12, int64(15)
	if testing.Short() {
		steps = 4
	}
	if v, err := strconv.Atoi(os.Getenv("RUNA2GO_INC_STEPS")); err == nil {
		// A longer run: RUNA2GO_INC_STEPS=200 RUNA2GO_INC_SEED=n.
		steps = v
		seed, _ = strconv.ParseInt(os.Getenv("RUNA2GO_INC_SEED"), 10, 64)
	}
	r := rand.New(rand.NewSource(seed))
	ok, total, withDiags, withParseErrors := 0, 0, 0, 0
	for name, src := range progs {
		inc := newIncremental()
		s, prev := src, src
		for step := 0; step <= steps; step++ {
			if step > 0 {
				s = mutate(r, prev)
			}
			want := analyze("doc.runa", newText(s), 1, moduleReader(""))
			if !want.parseErrors {
				// Edits pile up on versions that parse, so that most
				// versions are checked.
				prev = s
			}
			got, done := inc.diagnostics(s)
			total++
			if !done {
				continue
			}
			ok++
			if len(got) > 0 {
				withDiags++
			}
			if want.parseErrors {
				withParseErrors++
			}
			if g, w := diagString(got), diagString(want.diags); g != w {
				t.Fatalf("%s step %d: incremental diagnostics differ\ngot:\n%s\nwant:\n%s\nsource:\n%s", name, step, g, w, s)
			}
		}
	}
	t.Logf("%d of %d versions answered incrementally (%d with diagnostics, %d with syntax errors)", ok, total, withDiags, withParseErrors)
	if ok < total/10 || withDiags < ok/10 || withParseErrors < ok/20 {
		t.Fatalf("too few incremental answers to test anything: %d of %d, %d with diagnostics", ok, total, withDiags)
	}
}

// TestIncrementalReuses: an edit of one process of the generated program
// checks only its component again.
func TestIncrementalReuses(t *testing.T) {
	src := string(gen.Typed(2000))
	inc := newIncremental()
	if _, ok := inc.diagnostics(src); !ok {
		t.Fatal("generated program not checked incrementally")
	}
	n := len(inc.comps)
	if blocks := strings.Count(src, "Type Item"); n < blocks {
		t.Fatalf("%d components, want one per generated block (%d)", n, blocks)
	}
	// A type error in one process body.
	edited := strings.Replace(src, "    Let total be 0\n", "    Let total be \"zero\"\n", 1)
	before := map[*component]bool{}
	for _, c := range inc.comps {
		before[c] = true
	}
	got, ok := inc.diagnostics(edited)
	if !ok {
		t.Fatal("edit not checked incrementally")
	}
	fresh := 0
	for _, c := range inc.comps {
		if !before[c] {
			fresh++
		}
	}
	if fresh != 1 {
		t.Fatalf("%d components checked again, want 1", fresh)
	}
	want := analyze("gen.runa", newText(edited), 2, moduleReader("")).diags
	if len(want) == 0 || diagString(got) != diagString(want) {
		t.Fatalf("got:\n%s\nwant:\n%s", diagString(got), diagString(want))
	}
}

// TestOfferOrder: which diagnostics the server publishes, from the two
// checks of a version: a newer version's always; for the same version, an
// incremental answer never replaces anything, and a check of the whole
// file replaces an incremental answer only when it differs.
func TestOfferOrder(t *testing.T) {
	tc := startServerOpts(t, 0, map[string]any{})
	const uri = "file:///t/offer.runa"
	if err := tc.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "runa", "version": 1, "text": "Display 1\n"}}); err != nil {
		t.Fatal(err)
	}
	var got publishDiagnosticsParams
	if err := tc.Wait("textDocument/publishDiagnostics", &got, nil); err != nil {
		t.Fatal(err)
	}
	tc.settled(t, uri)
	one := diag.List{{Span: ast.Span{Start: ast.Pos{Line: 1, Col: 1}, End: ast.Pos{Line: 1, Col: 2}}, Severity: diag.Error, Code: "E232", Message: "m"}}
	offer := func(version int, diags diag.List, full bool) {
		done := make(chan struct{})
		tc.s.post(func() {
			d := tc.s.docs[uri]
			tc.s.offer(d, &analysis{version: version, text: d.text, diags: diags}, full)
			close(done)
		})
		<-done
	}
	next := func(version, n int) {
		t.Helper()
		var p publishDiagnosticsParams
		if err := tc.Wait("textDocument/publishDiagnostics", &p, nil); err != nil {
			t.Fatal(err)
		}
		if p.Version != version || len(p.Diagnostics) != n {
			t.Fatalf("published version %d with %d diagnostics, want version %d with %d", p.Version, len(p.Diagnostics), version, n)
		}
	}
	offer(5, nil, false) // incremental, newer: published
	offer(5, nil, true)  // whole file, the same: not published
	offer(4, one, true)  // older: not published
	offer(6, nil, false) // newer
	offer(6, one, true)  // whole file disagrees: published
	offer(6, nil, false) // incremental after the whole file: not published
	offer(7, one, true)
	next(5, 0)
	next(6, 0)
	next(6, 1)
	next(7, 1)
}

// TestIncrementalCases: programs whose parts interact in the ways the
// incremental check must notice (or give up on): the diagnostics it
// gives, when it gives them, are the whole file's.
func TestIncrementalCases(t *testing.T) {
	cases := map[string]string{
		"throw before a declaration": "Display 1\nThrow \"x\"\nProcess called \"f\" that takes:\n    Return 1\nDisplay 2\n",
		"throw last":                 "Process called \"f\" that takes:\n    Return 1\nDisplay 2\nThrow \"x\"\n",
		"endless loop":               "While true:\n    Display 1\nProcess called \"f\" that takes:\n    Return 1\n",
		"duplicate process":          "Process called \"f\" that takes:\n    Return 1\nProcess called \"f\" that takes:\n    Return 2\n",
		"unknown name":               "Process called \"fetch\" that takes:\n    Return fetc\nProcess called \"fetcj\" that takes:\n    Return 1\n",
		"spaced name": "Process called \"add item\" that takes x:\n    Return x\n" +
			"Process called \"g\" that takes:\n    Return add item with x as 1\n",
		"multi-word name": "Process called \"g\" that takes unit price:\n    Return unit price\n" +
			"Process called \"h\" that takes:\n    Let unit be 1\n    Let price be unit plus 1\n    Return price\n",
		"global":       "Let limit be 3\nProcess called \"f\" that takes:\n    Return limit plus 1\nDisplay f\n",
		"record":       "Type P is Dictionary with:\n    x as Integer\nProcess called \"f\" that takes:\n    Let p be P with:\n        x as \"s\"\n    Return p\n",
		"type error":   "Process called \"f\" that takes:\n    Return 1 plus \"s\"\nProcess called \"g\" that takes:\n    Return 2\n",
		"continuation": "Try:\n    Display 1\nCatch e:\n    Display e\nProcess called \"f\" that takes:\n    Return 1\nIf true:\n    Display 1\nOtherwise:\n    Display 2\n",
	}
	for name, src := range cases {
		got, done := newIncremental().diagnostics(src)
		want := analyze("doc.runa", newText(src), 1, moduleReader(""))
		t.Logf("%s: incremental %v, %d diagnostics", name, done, len(want.diags))
		if !done {
			continue
		}
		if g, w := diagString(got), diagString(want.diags); g != w {
			t.Errorf("%s: incremental diagnostics differ\ngot:\n%s\nwant:\n%s", name, g, w)
		}
	}
}

// TestHoverAfterEarlyDiagnostics: the diagnostics of a version come from
// the incremental check before the whole file's analysis; a client that
// waits for them and then asks for a hover on the changed line (as the
// Neovim session does) gets the new version's answer, not the old one's.
func TestHoverAfterEarlyDiagnostics(t *testing.T) {
	tc := startServerOpts(t, 0, map[string]any{})
	const uri = "file:///t/early.runa"
	src := string(gen.Typed(8000))
	const good = "    Let total be 0\n"
	at := strings.Index(src, good)
	bad := src[:at] + "    Let total be 0 plus \"s\"\n" + src[at+len(good):]
	if err := tc.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "runa", "version": 1, "text": bad}}); err != nil {
		t.Fatal(err)
	}
	var p publishDiagnosticsParams
	if err := tc.Wait("textDocument/publishDiagnostics", &p, nil); err != nil {
		t.Fatal(err)
	}
	if len(p.Diagnostics) == 0 {
		t.Fatal("the type error is not reported")
	}
	tc.settled(t, uri)
	const line = 5 // `    Let total be …`, from 0
	if err := tc.Notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": uri, "version": 2},
		"contentChanges": []any{map[string]any{"range": map[string]any{
			"start": map[string]any{"line": line, "character": 18}, "end": map[string]any{"line": line, "character": 27}},
			"text": ""}},
	}); err != nil {
		t.Fatal(err)
	}
	if err := tc.Wait("textDocument/publishDiagnostics", &p, nil); err != nil {
		t.Fatal(err)
	}
	if p.Version != 2 || len(p.Diagnostics) != 0 {
		t.Fatalf("version %d: %+v", p.Version, p.Diagnostics)
	}
	var h hoverResult
	if err := tc.Call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri},
		"position": map[string]any{"line": line, "character": 9}}, &h); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h.Contents.Value, "total: Integer → int64") {
		t.Fatalf("hover: %q", h.Contents.Value)
	}
}
