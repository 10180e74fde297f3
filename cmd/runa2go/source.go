package main

import (
	"fmt"
	"os"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/format"
)

// checkOne returns the diagnostics of src: syntax only, or parse and check.
func checkOne(src *driver.Source, syntaxOnly, strict bool) (diag.List, error) {
	if syntaxOnly {
		_, l, err := driver.Parse(src)
		return l, err
	}
	_, l, err := driver.Check(src, driver.CheckOptions{Strict: strict})
	return l, err
}

// renderDiags prints l for src in the given format: text on standard
// error, json on standard output.
func renderDiags(e *env, format string, src *driver.Source, l diag.List) error {
	if format == "json" {
		return driver.Stage("diagnostics renderer", func() error {
			return diag.RenderJSON(e.stdout, src.Name, l)
		})
	}
	if len(l) > 0 {
		diag.Render(e.stderr, src.Name, src.Data, l)
	}
	return nil
}

// fmtCmd is `runa2go fmt`.
type fmtCmd struct {
	File  string `arg:"" name:"FILE.runa" help:"The Runa file to format."`
	Write bool   `short:"w" help:"Rewrite the file in place (only when formatting changes it) instead of printing to standard output."`
}

func (c *fmtCmd) Run(e *env) error {
	src, err := driver.ReadSource(c.File)
	if err != nil {
		return err
	}
	f, l, err := driver.Parse(src)
	if err != nil {
		return err
	}
	if l.HasErrors() {
		return &driver.DiagError{Source: src, Diags: l}
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
	if err != nil {
		return err
	}
	if !c.Write {
		_, err := e.stdout.Write(out)
		return err
	}
	fi, err := os.Stat(c.File)
	if err != nil {
		return err
	}
	if err := driver.WriteFileAtomic(c.File, out, fi.Mode().Perm()); err != nil {
		return fmt.Errorf("writing %s: %w", c.File, err)
	}
	return nil
}
