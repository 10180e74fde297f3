package golden

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
	"github.com/runa2go/runa2go/frontend/diag"
)

var update = flag.Bool("update", false, "rewrite the out.go sections of the golden cases with the current output")

// runTimeout bounds the run of one case's binary.
const runTimeout = 30 * time.Second

// goldenModule is the module path of the temporary module of all cases.
const goldenModule = "goldenprog"

// gcase is one golden case.
type gcase struct {
	name    string
	path    string
	ar      *txtar.Archive
	src     *driver.Source
	section map[string][]byte

	// Filled in by prepare, read by the case's subtest.
	code          []byte   // generated Go
	problems      []string // failures found before running
	skipRun       bool     // the binary does not exist or must not run
	compileFailed bool     // go build reported errors in the case
}

// readImport reads a file the case's program imports: the section of
// that name (`geometry.runa`, `lib/text.runa`), a missing one not existing.
func (c *gcase) readImport(name string) ([]byte, error) {
	if data, ok := c.section[name]; ok && name != "in.runa" {
		return data, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

func (c *gcase) has(name string) bool { _, ok := c.section[name]; return ok }

func (c *gcase) fail(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

// loadCases reads testdata/*.txtar.
func loadCases(t *testing.T) []*gcase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden cases in testdata")
	}
	var cases []*gcase
	for _, f := range files {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txtar")
		c := &gcase{name: name, path: f, ar: ar, section: map[string][]byte{}}
		for _, s := range ar.Files {
			if _, dup := c.section[s.Name]; dup {
				t.Fatalf("%s: section %q appears twice", f, s.Name)
			}
			c.section[s.Name] = s.Data
		}
		if !c.has("in.runa") {
			t.Fatalf("%s: no in.runa section", f)
		}
		if c.has("diag") == c.has("stdout") {
			t.Fatalf("%s: a case has exactly one of the sections stdout and diag", f)
		}
		c.src = &driver.Source{Name: name + ".runa", Data: c.section["in.runa"], ReadFile: c.readImport}
		cases = append(cases, c)
	}
	return cases
}

func TestGolden(t *testing.T) {
	cases := loadCases(t)
	mod := t.TempDir()
	var built []*gcase
	for _, c := range cases {
		if c.prepare(t, mod) {
			built = append(built, c)
		}
	}
	if len(built) > 0 {
		buildAndVet(t, mod, built)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			for _, p := range c.problems {
				t.Error(p)
			}
			if c.has("stdout") && !c.skipRun {
				c.run(t, filepath.Join(mod, "bin", c.name+exeSuffix()))
			}
		})
	}
}

// prepare checks the parts of c that need no build (diagnostics, strict
// report, generated Go) and writes c's package into the module at mod. It
// reports whether c is to be built.
func (c *gcase) prepare(t *testing.T, mod string) bool {
	if c.has("strict") {
		_, l, err := driver.Check(c.src, driver.CheckOptions{Strict: true})
		if err != nil {
			c.fail("check --strict: %v", describe(err))
		} else {
			c.compare("strict", c.section["strict"], render(c.src, l))
		}
	}
	if c.has("diag") {
		_, l, err := driver.Check(c.src, driver.CheckOptions{})
		if err != nil {
			c.fail("check: %v", describe(err))
			return false
		}
		if !l.HasErrors() {
			c.fail("the program compiles, but the case expects diagnostics")
		}
		c.compare("diag", c.section["diag"], render(c.src, l))
		return false
	}
	c.skipRun = true
	code, warnings, err := driver.Generate(c.src, driver.GenOptions{})
	if err != nil {
		c.fail("generate: %v", describe(err))
		return false
	}
	if len(warnings) > 0 {
		t.Logf("%s: warnings:\n%s", c.name, render(c.src, warnings))
	}
	c.code = code
	if *update {
		if !bytes.Equal(c.section["out.go"], code) {
			c.writeOutGo(t, code)
		}
	} else if !c.has("out.go") {
		c.fail("no out.go section (run go test ./golden -update to add it)")
	} else {
		c.compare("out.go", c.section["out.go"], code)
	}
	if formatted, err := format.Source(code); err != nil {
		c.fail("generated Go does not parse: %v", err)
	} else if !bytes.Equal(formatted, code) {
		c.fail("generated Go is not gofmt-clean (-generated +gofmt):\n%s", lineDiff(code, formatted))
	}
	writeCase(t, mod, c.name, code)
	c.skipRun = false
	return true
}

// writeCase writes the generated Go of case name as package cases/name of
// the module at mod.
func writeCase(t *testing.T, mod, name string, code []byte) {
	t.Helper()
	dir := filepath.Join(mod, "cases", name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, driver.GoFile), code, 0o644); err != nil {
		t.Fatal(err)
	}
}

// compare records a failure when got differs from want in section name.
func (c *gcase) compare(name string, want, got []byte) {
	if !bytes.Equal(want, got) {
		c.fail("%s differs (-want +got):\n%s", name, lineDiff(want, got))
	}
}

// writeOutGo rewrites c's txtar file with code as its out.go section
// (added after in.runa when missing).
func (c *gcase) writeOutGo(t *testing.T, code []byte) {
	var files []txtar.File
	done := false
	for _, f := range c.ar.Files {
		if f.Name == "out.go" {
			f.Data = code
			done = true
		}
		files = append(files, f)
		if f.Name == "in.runa" && !c.has("out.go") {
			files = append(files, txtar.File{Name: "out.go", Data: code})
			done = true
		}
	}
	if !done {
		files = append(files, txtar.File{Name: "out.go", Data: code})
	}
	c.ar.Files = files
	if err := os.WriteFile(c.path, txtar.Format(c.ar), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("updated %s", c.path)
}

// buildAndVet builds every case of the module at mod with one go build and
// vets them with one go vet, attributing failures to their cases.
func buildAndVet(t *testing.T, mod string, cases []*gcase) {
	if err := driver.WriteModule(mod, goldenModule); err != nil {
		t.Fatal(err)
	}
	byPkg := map[string]*gcase{}
	for _, c := range cases {
		byPkg[goldenModule+"/cases/"+c.name] = c
	}
	gocmd := func(args ...string) []byte {
		cmd := exec.Command("go", args...)
		cmd.Dir = mod
		cmd.Env = driver.BuildEnv(false)
		out, err := cmd.CombinedOutput()
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatalf("go %s: %v", args[0], err)
		}
		return out
	}

	out := gocmd("build", "-trimpath", "-o", filepath.Join(mod, "bin")+string(filepath.Separator), "./cases/...")
	attribute(out, byPkg, "does not compile", func(c *gcase) { c.skipRun, c.compileFailed = true, true })
	// go vet repeats the type errors of cases that do not compile.
	vetted := map[string]*gcase{}
	for p, c := range byPkg {
		if !c.compileFailed {
			vetted[p] = c
		}
	}
	out = gocmd("vet", "./cases/...")
	attribute(out, vetted, "fails go vet", func(*gcase) {})
	staticcheck(t, mod, vetted)
	for _, c := range cases {
		if _, err := os.Stat(filepath.Join(mod, "bin", c.name+exeSuffix())); err != nil && !c.skipRun {
			c.fail("no binary was built")
			c.skipRun = true
		}
	}
}

// staticcheck runs the staticcheck binary named by $STATICCHECK (when
// set; .ci/run installs it) over the cases that compiled: the generated Go
// must be staticcheck-clean (DESIGN §2).
func staticcheck(t *testing.T, mod string, byPkg map[string]*gcase) {
	bin := os.Getenv("STATICCHECK")
	if bin == "" {
		return
	}
	var pkgs []string
	byName := map[string]*gcase{}
	for p, c := range byPkg {
		pkgs = append(pkgs, "./cases/"+c.name)
		byName[c.name] = c
		_ = p
	}
	if len(pkgs) == 0 {
		return
	}
	cmd := exec.Command(bin, pkgs...)
	cmd.Dir = mod
	cmd.Env = driver.BuildEnv(false)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("staticcheck: %v", err)
	}
	perCase := map[*gcase][]string{}
	for _, line := range strings.Split(string(out), "\n") {
		if line == "" {
			continue
		}
		var owner *gcase
		if i := strings.Index(line, "cases/"); i >= 0 {
			rest := line[i+len("cases/"):]
			if j := strings.IndexAny(rest, "/\\"); j >= 0 {
				owner = byName[rest[:j]]
			}
		}
		if owner == nil {
			t.Errorf("staticcheck: %s", line)
			continue
		}
		perCase[owner] = append(perCase[owner], line)
	}
	for c, lines := range perCase {
		c.fail("the generated Go is not staticcheck-clean:\n%s", strings.Join(lines, "\n"))
	}
}

// attribute reports the go tool messages in out to the cases of the
// packages they name (cases missing from byPkg are ignored), mapped through
// the //line directives; messages from outside the cases (the runtime) fail
// every case.
func attribute(out []byte, byPkg map[string]*gcase, what string, mark func(*gcase)) {
	msgs := driver.ParseGoOutput(out)
	perCase := map[*gcase][]string{}
	var global []string
	for _, m := range msgs {
		line := m.Text
		if m.File != "" {
			line = fmt.Sprintf("%s:%d:%d: %s", m.File, m.Line, m.Col, m.Text)
		}
		if c := byPkg[m.Package]; c != nil {
			perCase[c] = append(perCase[c], "# "+m.Package+"\n"+line)
		} else if !strings.HasPrefix(m.Package, goldenModule+"/cases/") {
			global = append(global, "# "+m.Package+"\n"+line)
		}
	}
	for c, lines := range perCase {
		mark(c)
		err := driver.GoError(c.src, filepath.Join("cases", c.name), []byte(strings.Join(lines, "\n")))
		c.fail("the generated Go %s:\n%s", what, describe(err))
	}
	if len(global) > 0 {
		for _, c := range byPkg {
			mark(c)
			c.fail("the module of generated cases %s outside any case (the runtime?):\n%s", what, strings.Join(global, "\n"))
		}
	}
}

// run runs the case's binary and compares its behaviour.
func (c *gcase) run(t *testing.T, bin string) {
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "RUNA_LEAKCHECK=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("the program did not finish within %v; stdout so far:\n%s\nstderr:\n%s", runTimeout, stdout.Bytes(), stderr.Bytes())
	}
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	want := 0
	if s, ok := c.section["exitcode"]; ok {
		n, err := strconv.Atoi(strings.TrimSpace(string(s)))
		if err != nil {
			t.Fatalf("exitcode section: %v", err)
		}
		want = n
	}
	if code != want {
		t.Errorf("exit status %d, want %d; stderr:\n%s", code, want, stderr.Bytes())
	}
	if got := stdout.Bytes(); !bytes.Equal(got, c.section["stdout"]) {
		t.Errorf("stdout differs (-want +got):\n%s", lineDiff(c.section["stdout"], got))
	}
	for _, line := range strings.Split(string(c.section["stderr"]), "\n") {
		if line != "" && !bytes.Contains(stderr.Bytes(), []byte(line)) {
			t.Errorf("stderr lacks %q; stderr:\n%s", line, stderr.Bytes())
		}
	}
	for _, bad := range []string{"panic:", "goroutine "} {
		if bytes.Contains(stderr.Bytes(), []byte(bad)) {
			t.Errorf("stderr shows a Go crash (%q):\n%s", bad, stderr.Bytes())
		}
	}
}

// lineDiff returns a line-by-line diff of want and got.
func lineDiff(want, got []byte) string {
	return cmp.Diff(strings.SplitAfter(string(want), "\n"), strings.SplitAfter(string(got), "\n"))
}

// render returns l rendered for src as the CLI prints it.
func render(src *driver.Source, l diag.List) []byte {
	var b bytes.Buffer
	diag.RenderFiles(&b, src.Files(), l)
	return b.Bytes()
}

// describe renders err as the CLI would: diagnostics in full.
func describe(err error) string {
	var b strings.Builder
	var walk func(error)
	walk = func(err error) {
		var de *driver.DiagError
		if errors.As(err, &de) && err == error(de) {
			de.Render(&b)
			return
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		b.WriteString(err.Error())
		b.WriteString("\n")
	}
	walk(err)
	return b.String()
}

func exeSuffix() string {
	if runtime.GOOS == "windows" {
		return ".exe"
	}
	return ""
}
