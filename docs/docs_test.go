// Package docs_test checks that every Runa code block of the documents in
// docs/ does what the text beside it says.
//
// The convention: a block fenced with ```runa is a complete program, named
// example.runa. The next fenced block (only blank lines between) says what
// it does, and there must be one:
//   - ```output: the program builds and prints exactly this on standard
//     output. It may be followed by a ```stderr block: then the program's
//     standard error is exactly that block, and its exit status is 1;
//     without one, standard error must be empty and the status 0.
//   - ```diagnostics: the program does not compile; `runa2go check`
//     reports exactly this.
//   - ```go: the generated Go (`runa2go gen --no-line`) contains these
//     lines, consecutively (an excerpt; a line "…" skips any lines).
//
// The programs are generated through cmd/runa2go/driver and built with one
// go build into a temporary module, as the golden tests do, then run with
// RUNA_LEAKCHECK=1 in a temporary directory.
package docs_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/diff"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
)

// block is one fenced code block of a document.
type block struct {
	lang string
	text string
	line int // line of the opening fence
}

// parseBlocks returns the fenced blocks of a Markdown document.
func parseBlocks(doc string) []block {
	var blocks []block
	lines := strings.Split(doc, "\n")
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !strings.HasPrefix(l, "```") {
			continue
		}
		b := block{lang: strings.TrimSpace(strings.TrimPrefix(l, "```")), line: i + 1}
		var body []string
		for i++; i < len(lines) && !strings.HasPrefix(lines[i], "```"); i++ {
			body = append(body, lines[i])
		}
		b.text = strings.Join(body, "\n")
		if len(body) > 0 {
			b.text += "\n"
		}
		blocks = append(blocks, b)
	}
	return blocks
}

// docCase is one Runa block with what it expects.
type docCase struct {
	name   string // doc-LINE
	doc    string
	src    block
	expect block  // output, diagnostics or go
	stderr *block // after an output block, when present
	pkg    string // package directory in the module, for built cases
}

func (c *docCase) where() string { return fmt.Sprintf("%s:%d", c.doc, c.src.line) }

// loadCases reads every docs/*.md, and the repository's README (its
// first screen shows a program), and pairs their Runa blocks with their
// expectations.
func loadCases(t *testing.T) []*docCase {
	files, err := filepath.Glob("*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no documents: %v", err)
	}
	files = append(files, filepath.Join("..", "README.md"))
	var cases []*docCase
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		blocks := parseBlocks(string(data))
		for i, b := range blocks {
			if b.lang != "runa" {
				continue
			}
			c := &docCase{name: fmt.Sprintf("%s-%d", strings.TrimSuffix(filepath.Base(f), ".md"), b.line), doc: f, src: b}
			if i+1 >= len(blocks) || !isExpectation(blocks[i+1].lang) {
				t.Errorf("%s: a runa block must be followed by an output, diagnostics or go block", c.where())
				continue
			}
			c.expect = blocks[i+1]
			if c.expect.lang == "output" && i+2 < len(blocks) && blocks[i+2].lang == "stderr" {
				c.stderr = &blocks[i+2]
			}
			cases = append(cases, c)
		}
	}
	return cases
}

func isExpectation(lang string) bool {
	return lang == "output" || lang == "diagnostics" || lang == "go"
}

func (c *docCase) source() *driver.Source {
	return &driver.Source{Name: "example.runa", Data: []byte(c.src.text)}
}

func TestDocs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every program of docs/ with go build")
	}
	cases := loadCases(t)
	mod := t.TempDir()
	var built []*docCase
	for _, c := range cases {
		switch c.expect.lang {
		case "diagnostics":
			t.Run(c.name, func(t *testing.T) { c.checkDiagnostics(t) })
		case "go":
			t.Run(c.name, func(t *testing.T) { c.checkExcerpt(t) })
		case "output":
			code, _, err := driver.Generate(c.source(), driver.GenOptions{})
			if err != nil {
				t.Errorf("%s: does not compile: %s", c.where(), describe(err))
				continue
			}
			c.pkg = filepath.Join("cases", strings.ReplaceAll(c.name, ".", "_"))
			dir := filepath.Join(mod, c.pkg)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, driver.GoFile), code, 0o644); err != nil {
				t.Fatal(err)
			}
			built = append(built, c)
		}
	}
	if len(built) == 0 {
		return
	}
	if err := driver.WriteModule(mod, "docsmod"); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "build", "-trimpath", "-o", filepath.Join(mod, "bin")+string(filepath.Separator), "./cases/...")
	cmd.Dir = mod
	cmd.Env = driver.BuildEnv(false)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build of the docs programs: %v\n%s", err, out)
	}
	for _, c := range built {
		t.Run(c.name, func(t *testing.T) {
			exe := filepath.Join(mod, "bin", filepath.Base(c.pkg))
			if runtime.GOOS == "windows" {
				exe += ".exe"
			}
			c.checkRun(t, exe)
		})
	}
}

func (c *docCase) checkRun(t *testing.T, exe string) {
	cmd := exec.Command(exe)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "RUNA_LEAKCHECK=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if got := stdout.String(); got != c.expect.text {
		t.Errorf("%s: output differs (-want +got):\n%s", c.where(), lineDiff(c.expect.text, got))
	}
	wantErr, wantCode := "", 0
	if c.stderr != nil {
		wantErr, wantCode = c.stderr.text, 1
	}
	if got := stderr.String(); got != wantErr {
		t.Errorf("%s: standard error differs (-want +got):\n%s", c.where(), lineDiff(wantErr, got))
	}
	if code != wantCode {
		t.Errorf("%s: exit status %d, want %d", c.where(), code, wantCode)
	}
}

func (c *docCase) checkDiagnostics(t *testing.T) {
	src := c.source()
	_, diags, err := driver.Check(src, driver.CheckOptions{})
	if err != nil {
		t.Fatalf("%s: %v", c.where(), err)
	}
	if !diags.HasErrors() {
		t.Errorf("%s: the program compiles, but the document shows diagnostics", c.where())
	}
	got := string(driver.RenderWarnings(src, diags))
	if got != c.expect.text {
		t.Errorf("%s: diagnostics differ (-want +got):\n%s", c.where(), lineDiff(c.expect.text, got))
	}
}

func (c *docCase) checkExcerpt(t *testing.T) {
	code, _, err := driver.Generate(c.source(), driver.GenOptions{NoLine: true})
	if err != nil {
		t.Fatalf("%s: does not compile: %s", c.where(), describe(err))
	}
	if !isExcerpt(strings.Split(strings.TrimRight(c.expect.text, "\n"), "\n"), strings.Split(string(code), "\n")) {
		t.Errorf("%s: the Go excerpt is not in the generated code, which is:\n%s", c.where(), code)
	}
}

// isExcerpt reports whether want's lines appear in got consecutively,
// where a want line "…" matches any number of lines.
func isExcerpt(want, got []string) bool {
	var match func(w, g int) bool
	match = func(w, g int) bool {
		if w == len(want) {
			return true
		}
		if strings.TrimSpace(want[w]) == "…" {
			for k := g; k <= len(got); k++ {
				if match(w+1, k) {
					return true
				}
			}
			return false
		}
		return g < len(got) && got[g] == want[w] && match(w+1, g+1)
	}
	for start := range got {
		if match(0, start) {
			return true
		}
	}
	return false
}

// describe renders a driver error, with the diagnostics of a *DiagError.
func describe(err error) string {
	var de *driver.DiagError
	if errors.As(err, &de) {
		var b bytes.Buffer
		de.Render(&b)
		return b.String()
	}
	return err.Error()
}

// lineDiff is a unified diff of the expected and the actual text, for
// failure messages.
func lineDiff(want, got string) string {
	return string(diff.Diff("want", []byte(want), "got", []byte(got)))
}

// TestIsExcerpt pins the excerpt matcher.
func TestIsExcerpt(t *testing.T) {
	got := []string{"a", "b", "c", "d"}
	for _, tc := range []struct {
		want []string
		ok   bool
	}{
		{[]string{"b", "c"}, true},
		{[]string{"a", "…", "d"}, true},
		{[]string{"a", "c"}, false},
		{[]string{"d", "a"}, false},
		{[]string{"e"}, false},
	} {
		if isExcerpt(tc.want, got) != tc.ok {
			t.Errorf("isExcerpt(%q) = %v", tc.want, !tc.ok)
		}
	}
}
