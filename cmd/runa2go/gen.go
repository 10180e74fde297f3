package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"strings"

	"github.com/rogpeppe/go-internal/diff"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
)

// genCmd is `runa2go gen`.
type genCmd struct {
	Files  []string `arg:"" name:"FILE.runa" help:"The Runa file to translate (several are printed one after the other; -o takes one)."`
	Output string   `short:"o" placeholder:"FILE.go" help:"Write the Go code to FILE.go, only when its content changes (default, or -: standard output)."`
	Pkg    string   `placeholder:"NAME" help:"Generate a library package NAME with exported processes instead of a program; --pkg main puts them in package main, beside a hand-written func main. With -o and no --pkg, $GOPACKAGE (set by go generate) is used."`
	Check  bool     `help:"With -o: write nothing, and fail (exit 1) when FILE.go is not up to date, showing the difference and the command that regenerates it."`
	NoLine bool     `help:"Omit //line directives."`
}

// pkg returns the package to generate a library into ("" for a program):
// --pkg, or with -o and no --pkg the $GOPACKAGE that go generate sets, so
// that `//go:generate runa2go gen -o x_gen.go x.runa` generates into the
// package of the directive.
func (c *genCmd) pkg() string {
	if c.Pkg == "" && c.Output != "" {
		return os.Getenv("GOPACKAGE")
	}
	return c.Pkg
}

func (c *genCmd) Run(e *env) error {
	if c.Output == "-" {
		c.Output = "" // standard output, as for fmt's "-"
	}
	pkg := c.pkg()
	if pkg != "" && (!token.IsIdentifier(pkg) || pkg == "_") {
		what := "--pkg"
		if c.Pkg == "" {
			what = "$GOPACKAGE"
		}
		return &usageError{fmt.Sprintf("%s %q is not a valid Go package name", what, pkg)}
	}
	if c.Check && c.Output == "" {
		return &usageError{"--check needs -o FILE.go"}
	}
	if c.Output != "" && len(c.Files) > 1 {
		return &usageError{fmt.Sprintf("-o writes one Go file: give one FILE.runa, not %d", len(c.Files))}
	}
	for _, file := range c.Files {
		if err := driver.CheckSourceName(file); err != nil {
			return &usageError{err.Error()}
		}
	}
	if c.Output != "" {
		return c.genFile(e, pkg)
	}
	failed := false
	for _, file := range c.Files {
		src, err := driver.ReadSource(file)
		if err == nil {
			var code []byte
			code, err = c.generate(e, src, pkg, "")
			if err == nil {
				_, err = e.stdout.Write(code)
			}
		}
		if err != nil {
			if len(c.Files) == 1 {
				return err
			}
			printError(e.stderr, err)
			failed = true
		}
	}
	if failed {
		return exitStatus(exitError)
	}
	return nil
}

// generate translates src into package pkg ("" for a program), naming
// lineName in the header and //line directives when set, and prints the
// warnings.
func (c *genCmd) generate(e *env, src *driver.Source, pkg, lineName string) ([]byte, error) {
	opts := driver.GenOptions{Package: pkg, Library: pkg != "", NoLine: c.NoLine, LineName: lineName, Version: driver.Version}
	code, warnings, err := driver.Generate(src, opts)
	if err != nil {
		return nil, err
	}
	e.stderr.Write(driver.RenderWarnings(src, warnings))
	return code, nil
}

// genFile is gen -o (and gen --check): one file.
func (c *genCmd) genFile(e *env, pkg string) error {
	file := c.Files[0]
	src, err := driver.ReadSource(file)
	if err != nil {
		return err
	}
	// The //line directives name the Runa file relative to the Go file,
	// so Go tools find it from the generated code.
	code, err := c.generate(e, src, pkg, relativeTo(c.Output, file))
	if err != nil {
		return err
	}
	if !c.Check {
		if err := src.CheckOutput(c.Output); err != nil {
			return err
		}
		return driver.WriteFileAtomic(c.Output, code, 0o644)
	}
	old, err := os.ReadFile(c.Output)
	switch {
	case errors.Is(err, os.ErrNotExist):
		fmt.Fprintf(e.stderr, "runa2go: %s does not exist; generate it from %s with:\n\t%s\n", c.Output, file, c.regenCommand(pkg))
		return exitStatus(exitError)
	case err != nil:
		return err
	case bytes.Equal(old, code):
		return nil
	}
	if _, err := e.stdout.Write(diff.Diff(c.Output, old, c.Output+" (regenerated)", code)); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "runa2go: %s is not up to date with %s; regenerate it with:\n\t%s\n", c.Output, file, c.regenCommand(pkg))
	return exitStatus(exitError)
}

// regenCommand returns the command line that regenerates c.Output as this
// run would have: every option that changes the output is spelled out,
// including a package taken from $GOPACKAGE, so it does the same outside
// go generate.
func (c *genCmd) regenCommand(pkg string) string {
	args := []string{"runa2go", "gen"}
	if pkg != "" {
		args = append(args, "--pkg", pkg)
	}
	if c.NoLine {
		args = append(args, "--no-line")
	}
	args = append(args, "-o", c.Output)
	if strings.HasPrefix(c.Files[0], "-") {
		args = append(args, "--")
	}
	args = append(args, c.Files[0])
	return shellJoin(args)
}

// shellJoin joins args into a POSIX shell command line, quoting the
// arguments that need it.
func shellJoin(args []string) string {
	quoted := make([]string, len(args))
	for i, a := range args {
		quoted[i] = shellQuote(a)
	}
	return strings.Join(quoted, " ")
}

// shellQuote returns s as one POSIX shell word.
func shellQuote(s string) string {
	safe := s != ""
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_-./@%+=:,", r)) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// relativeTo returns the path of file relative to the directory of goFile,
// in slash form; file as written when that cannot be computed.
func relativeTo(goFile, file string) string {
	absGo, err1 := filepath.Abs(goFile)
	absFile, err2 := filepath.Abs(file)
	if err1 != nil || err2 != nil {
		return driver.SourceName(file)
	}
	rel, err := filepath.Rel(filepath.Dir(absGo), absFile)
	if err != nil {
		return driver.SourceName(file)
	}
	return filepath.ToSlash(rel)
}
