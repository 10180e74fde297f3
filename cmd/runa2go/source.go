package main

import (
	"github.com/runa2go/runa2go/cmd/runa2go/driver"
	"github.com/runa2go/runa2go/frontend/diag"
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
	if len(l) > 0 {
		diag.Render(e.stderr, src.Name, src.Data, l)
	}
	return nil
}
