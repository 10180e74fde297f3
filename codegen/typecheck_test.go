package codegen_test

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/runa2go/runa2go/codegen"
)

// The type checker of generated files (DESIGN §7: the pipeline's output must
// gofmt and type-check for every input that checks). Imports are served from
// the gc export data that `go list -export` reports, read by one importer per
// test process so that every package (rt's context.Context and the
// generated file's alike) has a single identity. The export data of rt,
// rt/std and their dependencies is listed once; a package outside that set
// (a standard package the runtime does not use) is listed on first import.

// exportImporter is a types.Importer over gc export data files.
type exportImporter struct {
	mu      sync.Mutex
	files   map[string]string // import path -> export data file
	imp     types.Importer    // importer.ForCompiler("gc") with lookup over files
	listErr error
}

var (
	tcOnce     sync.Once
	tcImporter *exportImporter
)

// moduleRoot is the directory of go.mod (the tests run in codegen/).
const moduleRoot = ".."

// goListExport runs `go list -export -deps` on pkgs and returns the export
// data file of every package listed.
func goListExport(pkgs ...string) (map[string]string, error) {
	args := append([]string{"list", "-e", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}\t{{if .Error}}{{.Error}}{{end}}"}, pkgs...)
	cmd := exec.Command("go", args...)
	cmd.Dir = moduleRoot
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -export %s: %v\n%s", strings.Join(pkgs, " "), err, stderr.Bytes())
	}
	files := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		path, rest, _ := strings.Cut(sc.Text(), "\t")
		export, perr, _ := strings.Cut(rest, "\t")
		if perr != "" {
			return nil, fmt.Errorf("go list: %s: %s", path, perr)
		}
		if export != "" {
			files[path] = export
		}
	}
	return files, nil
}

// typeCheckImporter returns the process-wide importer, listing the runtime
// packages on first use.
func typeCheckImporter(t testing.TB) *exportImporter {
	t.Helper()
	tcOnce.Do(func() {
		ei := &exportImporter{}
		ei.files, ei.listErr = goListExport(
			"github.com/runa2go/runa2go/rt",
			"github.com/runa2go/runa2go/rt/std",
			"github.com/runa2go/runa2go/rt/std/web",
			// What generated code may import besides the runtime.
			"context", "strings", "math", "iter", "errors", "fmt", "os", "time", "slices", "maps", "cmp", "sort", "strconv", "unicode/utf8", "sync",
		)
		fset := token.NewFileSet()
		ei.imp = importer.ForCompiler(fset, "gc", ei.lookup)
		tcImporter = ei
	})
	if tcImporter.listErr != nil {
		t.Fatal(tcImporter.listErr)
	}
	return tcImporter
}

// lookup opens the export data of path, listing it first when it is not
// yet known. Called by the gc importer with ei.mu held.
func (ei *exportImporter) lookup(path string) (io.ReadCloser, error) {
	file, ok := ei.files[path]
	if !ok {
		more, err := goListExport(path)
		if err != nil {
			return nil, err
		}
		for p, f := range more {
			if _, ok := ei.files[p]; !ok {
				ei.files[p] = f
			}
		}
		if file, ok = ei.files[path]; !ok {
			return nil, fmt.Errorf("no export data for %q", path)
		}
	}
	return os.Open(file)
}

// Import implements types.Importer.
func (ei *exportImporter) Import(path string) (*types.Package, error) {
	ei.mu.Lock()
	defer ei.mu.Unlock()
	return ei.imp.Import(path)
}

// typeCheckGo type-checks one generated file and returns every go/types
// error (nil when it type-checks).
func typeCheckGo(t testing.TB, name string, code []byte) []error {
	t.Helper()
	imp := typeCheckImporter(t)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, code, parser.AllErrors|parser.SkipObjectResolution)
	if err != nil {
		return []error{fmt.Errorf("does not parse: %v", err)}
	}
	var errs []error
	conf := types.Config{
		Importer: imp,
		Error:    func(err error) { errs = append(errs, err) },
	}
	_, _ = conf.Check(f.Name.Name, fset, []*ast.File{f}, nil)
	return errs
}

// goldenPrograms returns the in.runa of every golden case that is not a
// diagnostics case and imports no other file of its archive (the golden
// test builds those through the driver), keyed by case name.
func goldenPrograms(t testing.TB) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob("../golden/testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	out := map[string][]byte{}
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var src []byte
		diag := false
		for _, af := range ar.Files {
			switch af.Name {
			case "in.runa":
				src = af.Data
			case "diag":
				diag = true
			default:
				diag = diag || strings.HasSuffix(af.Name, ".runa")
			}
		}
		if src == nil || diag {
			continue
		}
		out[strings.TrimSuffix(filepath.Base(file), ".txtar")+".runa"] = src
	}
	return out
}

// typeCheckSeeds are the conformance programs and the golden programs.
func typeCheckSeeds(t testing.TB) map[string][]byte {
	all := programs(t)
	for name, src := range goldenPrograms(t) {
		all["golden/"+name] = src
	}
	return all
}

// reportTypeErrors formats a failure: the Runa input, the go/types errors
// and the generated Go with line numbers.
func reportTypeErrors(src, code []byte, errs []error) string {
	var b strings.Builder
	fmt.Fprintf(&b, "generated Go does not type-check\n--- Runa input ---\n%s\n--- go/types errors ---\n", src)
	for _, err := range errs {
		fmt.Fprintf(&b, "%v\n", err)
	}
	b.WriteString("--- generated Go ---\n")
	for i, line := range strings.Split(string(code), "\n") {
		fmt.Fprintf(&b, "%4d  %s\n", i+1, line)
	}
	return b.String()
}

// TestGeneratedTypeChecks type-checks the Go generated for every conformance
// program and every golden program.
func TestGeneratedTypeChecks(t *testing.T) {
	seeds := typeCheckSeeds(t)
	names := make([]string, 0, len(seeds))
	for name := range seeds {
		names = append(names, name)
	}
	sort.Strings(names)
	checked := 0
	for _, name := range names {
		src := seeds[name]
		code, ok := generate(t, filepath.Base(name), src, codegen.Options{NoLine: true})
		if !ok {
			if strings.HasPrefix(name, "golden/") {
				t.Errorf("%s: golden program does not check", name)
			}
			continue
		}
		checked++
		if errs := typeCheckGo(t, "out.go", code); errs != nil {
			t.Errorf("%s: %s", name, reportTypeErrors(src, code, errs))
		}
	}
	if checked == 0 {
		t.Fatal("no program checked")
	}
}

// FuzzTypeCheck: for every input that parses and checks, generation must
// succeed and produce gofmt-clean Go that type-checks against rt and rt/std.
func FuzzTypeCheck(f *testing.F) {
	for _, src := range typeCheckSeeds(f) {
		f.Add(src)
	}
	typeCheckImporter(f) // list the runtime before the first input
	f.Fuzz(func(t *testing.T, src []byte) {
		code, ok := generate(t, "fuzz.runa", src, codegen.Options{NoLine: true})
		if !ok {
			return
		}
		if formatted, err := format.Source(code); err != nil || !bytes.Equal(formatted, code) {
			t.Fatalf("generated Go is not gofmt-clean (%v)\n--- Runa input ---\n%s\n--- generated Go ---\n%s", err, src, code)
		}
		if errs := typeCheckGo(t, "fuzz.go", code); errs != nil {
			t.Fatal(reportTypeErrors(src, code, errs))
		}
	})
}

// TestVersionEnforced: generated code compiles only against a runtime
// whose [MinVersion, MaxVersion] contains the version it was generated
// for; a file generated for a newer or older rt API fails to compile on
// its version lines.
func TestVersionEnforced(t *testing.T) {
	code, ok := generate(t, "v.runa", []byte("Display \"hi\"\n"), codegen.Options{})
	if !ok {
		t.Fatal("does not check")
	}
	if errs := typeCheckGo(t, "v.go", code); len(errs) > 0 {
		t.Fatalf("generated code does not type-check: %v", errs)
	}
	for _, v := range []string{"0", "99"} {
		bad := strings.ReplaceAll(string(code), "EnforceVersion(3 - rt.MinVersion)", "EnforceVersion("+v+" - rt.MinVersion)")
		bad = strings.ReplaceAll(bad, "EnforceVersion(rt.MaxVersion - 3)", "EnforceVersion(rt.MaxVersion - "+v+")")
		if bad == string(code) {
			t.Fatal("the version lines were not found in the generated code")
		}
		errs := typeCheckGo(t, "v.go", []byte(bad))
		if len(errs) == 0 || !strings.Contains(fmt.Sprint(errs), "overflows") {
			t.Errorf("version %s: want an overflow error on a version line, got %v", v, errs)
		}
	}
}

// TestLibraryNameCollisions: names that collide after case conversion,
// (names such as "1st" or "处理", which collided with internal names, are
// diagnostics now: a process name must be callable, spec §1),
// with the exported API's suffixes (Async, Chan) or with internal names
// never make `gen --pkg` emit Go that does not build: every such library
// type-checks, and the names get deterministic suffixes.
func TestLibraryNameCollisions(t *testing.T) {
	cases := map[string]string{
		"fetch_async": `Async Process called "fetch" that takes:
    Return 1
Async Process called "fetch_async" that takes:
    Return 2
`,
		"nums_chan": `Async Generator Process called "nums" that takes:
    Yield 1
Process called "nums_chan" that takes:
    Return 2
`,
		"user_id": `Process called "user_id" that takes x as Integer:
    Return x
Process called "userID" that takes x as Integer:
    Return x plus 1
Process called "user_i_d" that takes x as Integer:
    Return x plus 2
`,
		"param_named_like_process": `Process called "score" that takes score as Integer:
    Return score plus 1
`,
		"record_named_like_process": `Type fetch is Dictionary with:
    id as Integer
Process called "fetch" that takes id as Integer:
    Return id
`,
	}
	for name, src := range cases {
		code, ok := generate(t, name+".runa", []byte(src), codegen.Options{Package: "rules"})
		if !ok {
			t.Errorf("%s: does not check", name)
			continue
		}
		if errs := typeCheckGo(t, name+".go", code); len(errs) > 0 {
			t.Errorf("%s: generated library does not type-check:\n%s", name, reportTypeErrors([]byte(src), code, errs))
		}
	}
}
