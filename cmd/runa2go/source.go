package main

import (
	"bytes"
	"encoding/json"

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

// diagPrinter prints the diagnostics of the files of one check run.
type diagPrinter struct {
	e      *env
	format string            // "text" or "json"
	all    []json.RawMessage // json: the diagnostics of every file so far
}

// add prints l for src: text at once on standard error; json is collected
// for flush.
func (p *diagPrinter) add(src *driver.Source, l diag.List) error {
	if p.format != "json" {
		if len(l) > 0 {
			diag.RenderFiles(p.e.stderr, src.Files(), l)
		}
		return nil
	}
	var b bytes.Buffer
	err := driver.Stage("diagnostics renderer", func() error {
		return diag.RenderJSONFiles(&b, src.Files(), l)
	})
	if err != nil {
		return err
	}
	var items []json.RawMessage
	if err := json.Unmarshal(b.Bytes(), &items); err != nil {
		return &driver.InternalError{Msg: "diagnostics renderer: invalid JSON: " + err.Error()}
	}
	p.all = append(p.all, items...)
	return nil
}

// flush writes the collected json diagnostics of every file as one JSON
// array on standard output ([] when there are none).
func (p *diagPrinter) flush() error {
	if p.format != "json" {
		return nil
	}
	if p.all == nil {
		p.all = []json.RawMessage{}
	}
	out, err := json.MarshalIndent(p.all, "", "  ")
	if err != nil {
		return err
	}
	_, err = p.e.stdout.Write(append(out, '\n'))
	return err
}
