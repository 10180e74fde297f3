package main

import (
	"github.com/runa2go/runa2go/cmd/runa2go/driver"
	"github.com/runa2go/runa2go/lsp"
)

// lspCmd is `runa2go lsp`.
type lspCmd struct {
	Stdio bool `help:"Talk over standard input and output (the default and only transport; accepted for editors that pass it)."`
}

func (c *lspCmd) Run(e *env) error {
	s := lsp.New(e.stdin, e.stdout, lsp.Options{Version: driver.Version, Log: e.stderr})
	err := s.Serve(e.ctx)
	if lsp.ErrExitWithoutShutdown(err) {
		return exitStatus(exitError)
	}
	return err
}
