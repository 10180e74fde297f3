package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"

	"github.com/alecthomas/kong"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
)

// Exit statuses of runa2go.
const (
	exitOK    = 0
	exitError = 1 // diagnostics, failed builds, I/O problems, internal errors
	exitUsage = 2 // bad command line
	exitInt   = 130
)

// cli is the command line of runa2go.
type cli struct {
	Build   buildCmd   `cmd:"" help:"Translate a Runa program and build it into a native binary."`
	Run     runCmd     `cmd:"" help:"Build a Runa program (through the build cache) and run it."`
	Gen     genCmd     `cmd:"" help:"Translate a Runa file into Go source (stdout, or a file with -o)."`
	Check   checkCmd   `cmd:"" help:"Report the diagnostics of Runa files without generating code."`
	Fmt     fmtCmd     `cmd:"" help:"Format Runa files (stdout, in place with -w, or list those that differ with -l)."`
	Clean   cleanCmd   `cmd:"" help:"Remove the build cache of build and run."`
	Version versionCmd `cmd:"" help:"Print the version of runa2go."`
	LSP     lspCmd     `cmd:"" name:"lsp" help:"Run the Runa language server on standard input and output (for editors)."`
	Help    helpCmd    `cmd:"" help:"Show the help of a command (as CMD --help does)."`

	VersionFlag kong.VersionFlag `name:"version" help:"Print the version of runa2go and exit."`
}

// env is what every command runs with.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// terminal: stderr is a terminal, where long builds show progress.
	terminal bool
}

// exitStatus is returned by a command that has already reported its
// outcome and only needs runa2go to exit with the given status.
type exitStatus int

func (s exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(s)) }

// usageError is a command-line problem found after parsing (exit 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// kongExit carries kong's exit requests (after --help) out of the parser.
type kongExit int

// Main runs runa2go with args (without the program name) and returns the
// exit status. It never panics: a panic anywhere below is reported as an
// internal error with a request to report the bug.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			if c, ok := r.(kongExit); ok {
				status = int(c)
				return
			}
			reportInternal(stderr, fmt.Sprint(r), debug.Stack())
			status = exitError
		}
	}()

	var c cli
	parser, err := kong.New(&c,
		kong.Name("runa2go"),
		kong.Description("runa2go translates Runa programs into Go and builds them into native binaries."),
		kong.Writers(stdout, stderr),
		kong.Exit(func(code int) { panic(kongExit(code)) }),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true}),
		kong.Vars{"version": versionLine(driver.CurrentVersion())},
	)
	if err != nil {
		reportInternal(stderr, "building the command line: "+err.Error(), nil)
		return exitError
	}
	if len(args) == 0 {
		fmt.Fprintln(stderr, "runa2go: missing command")
		fmt.Fprintln(stderr, "usage: runa2go <build|run|gen|check|fmt|clean|lsp|version|help> ... (see \"runa2go --help\")")
		return exitUsage
	}
	kctx, err := parser.Parse(args)
	if err != nil {
		fmt.Fprintf(stderr, "runa2go: %v\n", err)
		fmt.Fprintf(stderr, "run %q for usage\n", helpCommand(args))
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr, terminal: stderrIsTerminal(stderr)}
	err = kctx.Run(e)
	var st exitStatus
	if err != nil && !errors.As(err, &st) && ctx.Err() != nil {
		fmt.Fprintln(stderr, "runa2go: interrupted")
		return exitInt
	}
	return report(stderr, err)
}

// helpCommand returns the help invocation for the command named in args.
func helpCommand(args []string) string {
	for _, a := range args {
		switch a {
		case "build", "run", "gen", "check", "fmt", "clean", "lsp", "version", "help":
			return "runa2go " + a + " --help"
		}
	}
	return "runa2go --help"
}

// report prints err for the user and returns the exit status.
func report(w io.Writer, err error) int {
	if err == nil {
		return exitOK
	}
	var st exitStatus
	if errors.As(err, &st) {
		return int(st)
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(w, "runa2go: %s\n", ue.msg)
		return exitUsage
	}
	var oe *driver.OutputIsSourceError
	if errors.As(err, &oe) {
		fmt.Fprintf(w, "runa2go: %v\n", oe)
		return exitUsage
	}
	printError(w, err)
	return exitError
}

// printError prints each part of err in the form its kind calls for.
func printError(w io.Writer, err error) {
	var de *driver.DiagError
	var ie *driver.InternalError
	switch {
	case errors.As(err, &de) && err == error(de):
		de.Render(w)
	case errors.As(err, &ie) && err == error(ie):
		reportInternal(w, ie.Msg, ie.Stack)
	default:
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				printError(w, e)
			}
			return
		}
		fmt.Fprintf(w, "runa2go: %v\n", err)
	}
}

// reportInternal prints an internal error with the bug-report request; the
// stack only with RUNA2GO_DEBUG=1.
func reportInternal(w io.Writer, msg string, stack []byte) {
	first, rest, _ := strings.Cut(msg, "\n")
	if rest == "" {
		fmt.Fprintf(w, "runa2go: internal error: %s (please report this bug at %s)\n", first, driver.BugURL)
	} else {
		fmt.Fprintf(w, "runa2go: internal error: %s (please report this bug at %s):\n%s\n", strings.TrimSuffix(first, ":"), driver.BugURL, rest)
	}
	if os.Getenv("RUNA2GO_DEBUG") == "1" && len(stack) > 0 {
		w.Write(stack)
	}
}

// readSource reads the Runa file named on the command line, refusing a
// name that does not end in ".runa" as a usage error before anything is
// read or written (see driver.CheckSourceName).
func readSource(path string) (*driver.Source, error) {
	if err := driver.CheckSourceName(path); err != nil {
		return nil, &usageError{err.Error()}
	}
	return driver.ReadSource(path)
}

// buildCmd is `runa2go build`.
type buildCmd struct {
	Files   []string `arg:"" name:"FILE.runa" help:"The Runa programs to build (each to its own binary)."`
	Output  string   `short:"o" placeholder:"OUT" help:"Write the binary to OUT (default: the file's base name without .runa, in the current directory); with several files OUT is a directory."`
	Race    bool     `help:"Build with the Go race detector."`
	Debug   bool     `help:"Build for a debugger: no optimisation or inlining (dlv stops on every Runa line)."`
	Verify  bool     `help:"Type-check the generated Go code in process before building."`
	NoLine  bool     `help:"Omit //line directives (Go positions instead of Runa ones in compiler errors and traces)."`
	Verbose bool     `short:"v" help:"Report the build directory and whether the build cache served the build, on standard error."`
	Watch   bool     `help:"Rebuild whenever the file changes, until Ctrl-C (linked without DWARF unless --debug)."`
}

func (c *buildCmd) Run(e *env) error {
	if c.Watch {
		if len(c.Files) != 1 {
			return &usageError{"--watch builds one FILE.runa"}
		}
		return watch(e, watchOptions{file: c.Files[0], build: driver.BuildOptions{Output: c.Output, Race: c.Race, Debug: c.Debug, Verify: c.Verify, NoLine: c.NoLine}, verbose: c.Verbose})
	}
	for _, file := range c.Files {
		if err := driver.CheckSourceName(file); err != nil {
			return &usageError{err.Error()}
		}
	}
	out := c.Output
	if out == "" {
		out = "."
	}
	if len(c.Files) > 1 {
		if fi, err := os.Stat(out); err != nil || !fi.IsDir() {
			return &usageError{fmt.Sprintf("-o %s: with several files, -o names an existing directory", out)}
		}
	}
	failed := false
	for _, file := range c.Files {
		if err := c.buildOne(e, file, out); err != nil {
			if len(c.Files) == 1 || e.ctx.Err() != nil {
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

// buildOne builds the program file into out.
func (c *buildCmd) buildOne(e *env, file, out string) error {
	src, err := driver.ReadSource(file)
	if err != nil {
		return err
	}
	res, err := build(e, src, file, driver.BuildOptions{Output: out, Race: c.Race, Debug: c.Debug, Verify: c.Verify, NoLine: c.NoLine})
	if err != nil {
		return err
	}
	e.stderr.Write(res.Warnings)
	if c.Verbose {
		verbose(e.stderr, res)
	}
	return nil
}

// verbose prints the -v report of a build.
func verbose(w io.Writer, res *driver.BuildResult) {
	if res.CacheHit {
		fmt.Fprintf(w, "runa2go: cache hit: %s\n", res.Dir)
	} else {
		fmt.Fprintf(w, "runa2go: built: %s\n", res.Dir)
	}
}

// runCmd is `runa2go run`.
type runCmd struct {
	File    string   `arg:"" name:"FILE.runa" help:"The Runa program to run."`
	Verbose bool     `short:"v" help:"Report the build directory and whether the build cache served the build, on standard error."`
	Watch   bool     `help:"Rebuild and restart the program whenever the file changes, until Ctrl-C."`
	Args    []string `arg:"" optional:"" passthrough:"" name:"ARGS" help:"Arguments for the program (after --)."`
}

func (c *runCmd) Run(e *env) error {
	if c.Watch {
		return watch(e, watchOptions{file: c.File, run: true, args: c.programArgs(), verbose: c.Verbose})
	}
	src, err := readSource(c.File)
	if err != nil {
		return err
	}
	res, err := build(e, src, c.File, driver.BuildOptions{})
	if err != nil {
		return err
	}
	e.stderr.Write(res.Warnings)
	if c.Verbose {
		verbose(e.stderr, res)
	}
	name := driver.DefaultOutput(c.File, "")
	return runProgram(e, res.Binary, name, c.programArgs())
}

// programArgs returns the arguments for the program: those after the file,
// without the "--" that separates them from runa2go's own flags.
func (c *runCmd) programArgs() []string {
	if len(c.Args) > 0 && c.Args[0] == "--" {
		return c.Args[1:]
	}
	return c.Args
}

// checkCmd is `runa2go check`.
type checkCmd struct {
	Files      []string `arg:"" name:"FILE.runa" help:"The Runa files to check."`
	SyntaxOnly bool     `help:"Only parse: report syntax errors (Level 2 constructs are accepted)."`
	Strict     bool     `help:"Also report every place that falls back to Any and every run-time Optional check."`
	Format     string   `enum:"text,json" default:"text" help:"Output format: text (on standard error) or json (one array for all files, on standard output)."`
}

func (c *checkCmd) Run(e *env) error {
	for _, file := range c.Files {
		if err := driver.CheckSourceName(file); err != nil {
			return &usageError{err.Error()}
		}
	}
	failed := false
	printer := &diagPrinter{e: e, format: c.Format}
	for _, file := range c.Files {
		src, err := driver.ReadSource(file)
		if err != nil {
			fmt.Fprintf(e.stderr, "runa2go: %v\n", err)
			failed = true
			continue
		}
		l, err := checkOne(src, c.SyntaxOnly, c.Strict)
		if err != nil {
			printError(e.stderr, err)
			failed = true
			continue
		}
		if l.HasErrors() {
			failed = true
		}
		if err := printer.add(src, l); err != nil {
			return err
		}
	}
	if err := printer.flush(); err != nil {
		return err
	}
	if failed {
		return exitStatus(exitError)
	}
	return nil
}

// cleanCmd is `runa2go clean`.
type cleanCmd struct{}

func (cleanCmd) Run(e *env) error {
	res, err := driver.Clean("")
	if err != nil {
		return err
	}
	if !res.Existed {
		fmt.Fprintf(e.stdout, "runa2go: no build cache to remove at %s\n", res.Dir)
		return nil
	}
	builds := "builds"
	if res.Entries == 1 {
		builds = "build"
	}
	fmt.Fprintf(e.stdout, "runa2go: removed the build cache %s (%d %s, %s)\n", res.Dir, res.Entries, builds, driver.FormatSize(res.Bytes))
	return nil
}
