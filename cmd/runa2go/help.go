package main

// helpCmd is `runa2go help [CMD]`: the same as `runa2go CMD --help` (or
// `runa2go --help` without a command).
type helpCmd struct {
	Command []string `arg:"" optional:"" name:"CMD" help:"The command to describe."`
}

func (c *helpCmd) Run(e *env) error {
	args := append(append([]string(nil), c.Command...), "--help")
	if st := Main(args, e.stdin, e.stdout, e.stderr); st != exitOK {
		return exitStatus(st)
	}
	return nil
}
