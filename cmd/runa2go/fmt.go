package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
	"github.com/runa2go/runa2go/frontend/format"
)

// stdinName is the file name "-" (or no file) stands for, and the name
// under which standard input is reported.
const stdinName = "<stdin>"

// fmtCmd is `runa2go fmt`.
type fmtCmd struct {
	Files []string `arg:"" optional:"" name:"FILE.runa" help:"The Runa files to format; - (or none) reads standard input."`
	Write bool     `short:"w" help:"Rewrite each file in place (only when formatting changes it) instead of printing it on standard output."`
	List  bool     `short:"l" help:"List the files whose formatting differs from fmt's on standard output, instead of printing them formatted."`
	Check bool     `help:"List the files whose formatting differs (as -l), and exit with status 1 when there is any."`
}

func (c *fmtCmd) Run(e *env) error {
	files := c.Files
	if len(files) == 0 {
		files = []string{"-"}
	}
	stdin := 0
	for _, file := range files {
		if file == "-" {
			stdin++
			continue
		}
		if err := driver.CheckSourceName(file); err != nil {
			return &usageError{err.Error()}
		}
	}
	switch {
	case stdin > 1:
		return &usageError{"standard input (-) can be formatted only once"}
	case stdin > 0 && c.Write:
		return &usageError{"-w cannot rewrite standard input: name the files to rewrite"}
	}
	failed, differs := false, false
	for _, file := range files {
		d, err := c.one(e, file)
		if err != nil {
			if len(files) == 1 {
				return err
			}
			printError(e.stderr, err)
			failed = true
		}
		differs = differs || d
	}
	if failed || (c.Check && differs) {
		return exitStatus(exitError)
	}
	return nil
}

// one formats file ("-" for standard input) as the flags say, and reports
// whether its formatting differed.
func (c *fmtCmd) one(e *env, file string) (bool, error) {
	var src *driver.Source
	if file == "-" {
		data, err := io.ReadAll(e.stdin)
		if err != nil {
			return false, fmt.Errorf("reading standard input: %w", err)
		}
		src = &driver.Source{Name: stdinName, Data: data}
	} else {
		var err error
		if src, err = driver.ReadSource(file); err != nil {
			return false, err
		}
	}
	out, err := formatSource(src)
	if err != nil {
		return false, err
	}
	differs := !bytes.Equal(out, src.Data)
	if differs && (c.List || c.Check) {
		if _, err := fmt.Fprintln(e.stdout, src.Name); err != nil {
			return differs, err
		}
	}
	switch {
	case c.Write:
		if !differs {
			return false, nil
		}
		fi, err := os.Stat(file)
		if err != nil {
			return differs, err
		}
		return differs, driver.WriteFileAtomic(file, out, fi.Mode().Perm())
	case c.List || c.Check:
		return differs, nil
	}
	_, err = e.stdout.Write(out)
	return differs, err
}

// formatSource returns the canonical form of src; a *driver.DiagError when
// it does not parse.
func formatSource(src *driver.Source) ([]byte, error) {
	f, l, err := driver.Parse(src)
	if err != nil {
		return nil, err
	}
	if l.HasErrors() {
		return nil, &driver.DiagError{Source: src, Diags: l}
	}
	var out []byte
	err = driver.Stage("formatter", func() error {
		var ferr error
		out, ferr = format.Source(f, src.Data)
		if ferr != nil {
			return &driver.InternalError{Msg: "formatter: " + ferr.Error()}
		}
		return nil
	})
	return out, err
}
