package golden

import (
	"bytes"
	"debug/dwarf"
	"debug/elf"
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/parser"
)

// TestDWARFLines builds every conformance program of the golden cases
// (conf_*) without optimisation (-gcflags=all=-N -l, as a debugger build)
// and reads the binary's DWARF line table: every line where a Runa
// statement starts has a statement PC (so a breakpoint there fires), and
// no PC is attributed to a line of the Runa file that holds no code (a
// blank line or a comment).
func TestDWARFLines(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads ELF binaries")
	}
	if testing.Short() {
		t.Skip("builds every conformance program")
	}
	var cases []*gcase
	for _, c := range loadCases(t) {
		if strings.HasPrefix(c.name, "conf_") && c.has("stdout") {
			cases = append(cases, c)
		}
	}
	if len(cases) == 0 {
		t.Fatal("no conformance cases")
	}
	mod := t.TempDir()
	for _, c := range cases {
		code, _, err := driver.Generate(c.src, driver.GenOptions{})
		if err != nil {
			t.Fatalf("%s: generate: %v", c.name, describe(err))
		}
		writeCase(t, mod, c.name, code)
	}
	if err := driver.WriteModule(mod, goldenModule); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "build", "-trimpath", "-gcflags=all=-N -l", "-o", filepath.Join(mod, "bin")+string(filepath.Separator), "./cases/...")
	cmd.Dir = mod
	cmd.Env = driver.BuildEnv(false)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			file := c.name + ".runa"
			pcs := stmtLines(t, filepath.Join(mod, "bin", c.name), file)
			want := statementLines(t, file, c.section["in.runa"])
			var missing []int
			for l := range want {
				if _, ok := pcs[l]; !ok && !unreachable[c.name][l] {
					missing = append(missing, l)
				}
			}
			sort.Ints(missing)
			if len(missing) > 0 {
				t.Errorf("Runa statement lines with no statement PC: %v", missing)
			}
			lines := bytes.Split(c.section["in.runa"], []byte("\n"))
			var stray []string
			for l, fn := range pcs {
				if l < 1 || l > len(lines) || isCodeless(lines[l-1]) {
					stray = append(stray, fmt.Sprintf("%d (in %s)", l, fn))
				}
			}
			sort.Strings(stray)
			if len(stray) > 0 {
				t.Errorf("PCs attributed to lines without code (blank, comment or past the end): %v", stray)
			}
		})
	}
}

// unreachable lists, by case, statement lines that can never run, whose
// code the Go compiler removes even without optimisation.
var unreachable = map[string]map[int]bool{
	"conf_06_records_match":          {31: true},                     // Match 3: When 1 (a constant switch)
	"conf_l2_08_guards_alternatives": {44: true, 49: true, 56: true}, // arms a constant subject never matches
}

// isCodeless reports whether a Runa source line is blank or a comment.
func isCodeless(line []byte) bool {
	s := strings.TrimSpace(string(line))
	return s == "" || strings.HasPrefix(s, "#")
}

// statementLines returns the lines where a statement of src starts, those
// that compile to no code of their own excepted: type declarations,
// Imports and the `When main is called:` header (its block's statements
// are counted).
func statementLines(t *testing.T, name string, src []byte) map[int]bool {
	f, l := parser.ParseFile(name, src)
	if l.HasErrors() {
		t.Fatalf("parse: %v", l)
	}
	out := map[int]bool{}
	var walk func([]ast.Stmt)
	walk = func(stmts []ast.Stmt) {
		for _, s := range stmts {
			switch s.(type) {
			case *ast.TypeDecl, *ast.ImportStmt:
				continue
			case *ast.MainStmt:
			default:
				out[s.Span().Start.Line] = true
			}
			for _, b := range ast.Blocks(s) {
				walk(b.Stmts)
			}
		}
	}
	walk(f.Stmts)
	return out
}

// stmtLines returns the lines of file that the DWARF line table of the
// binary at path gives a statement PC, each with the function of its first
// PC.
func stmtLines(t *testing.T, path, file string) map[int]string {
	ef, err := elf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ef.Close()
	d, err := ef.DWARF()
	if err != nil {
		t.Fatal(err)
	}
	syms, err := ef.Symbols()
	if err != nil {
		t.Fatal(err)
	}
	funcAt := func(pc uint64) string {
		for _, s := range syms {
			if elf.ST_TYPE(s.Info) == elf.STT_FUNC && pc >= s.Value && pc < s.Value+s.Size {
				return s.Name
			}
		}
		return "?"
	}
	out := map[int]string{}
	r := d.Reader()
	for {
		e, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if e == nil {
			break
		}
		if e.Tag != dwarf.TagCompileUnit {
			r.SkipChildren()
			continue
		}
		lr, err := d.LineReader(e)
		if err != nil || lr == nil {
			continue
		}
		var le dwarf.LineEntry
		for lr.Next(&le) == nil {
			if le.File != nil && filepath.Base(le.File.Name) == file && le.IsStmt {
				if _, seen := out[le.Line]; !seen {
					out[le.Line] = funcAt(le.Address)
				}
			}
		}
	}
	return out
}
