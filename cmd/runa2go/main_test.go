package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alecthomas/kong"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"runa2go": func() {
			// Scripts cannot give runa2go a terminal or a slow build:
			// RUNA2GO_TEST_TERMINAL=1 makes it take its standard error
			// for one, RUNA2GO_TEST_PROGRESS_DELAY a duration for
			// progressDelay.
			if os.Getenv("RUNA2GO_TEST_TERMINAL") == "1" {
				stderrIsTerminal = func(io.Writer) bool { return true }
			}
			if d, err := time.ParseDuration(os.Getenv("RUNA2GO_TEST_PROGRESS_DELAY")); err == nil {
				progressDelay = d
			}
			os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
		},
	})
}

// TestScripts runs the CLI scripts in testdata/script. Each script gets its
// own HOME and runa2go cache (shared by the commands of the script) and the
// real Go build cache, so builds stay fast.
func TestScripts(t *testing.T) {
	goEnv := func(name string) string {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		return strings.TrimSpace(string(out))
	}
	gocache, gopath := goEnv("GOCACHE"), goEnv("GOPATH")
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		RequireExplicitExec: true,
		Setup: func(e *testscript.Env) error {
			e.Setenv("HOME", filepath.Join(e.WorkDir, ".home"))
			e.Setenv("XDG_CACHE_HOME", filepath.Join(e.WorkDir, ".cache"))
			e.Setenv("GOCACHE", gocache)
			e.Setenv("GOCACHE_REAL", gocache) // for scripts that change GOCACHE
			e.Setenv("GOPATH", gopath)
			// $STATICCHECK (set by .ci/run) for scripts that check
			// generated Go with it ([staticcheck] condition).
			e.Setenv("STATICCHECK", os.Getenv("STATICCHECK"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"oldtime":        cmdOldtime,
			"runtime-module": cmdRuntimeModule,
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "root":
				// Tests that only mean something with root's powers
				// (creating device nodes, writing where only root may).
				return os.Geteuid() == 0, nil
			case "staticcheck":
				return os.Getenv("STATICCHECK") != "", nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// run calls Main in process and returns its status and outputs.
func run(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := Main(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		args       []string
		code       int
		stdout     string // substring
		stderr     string // substring
		noInternal bool
	}{
		{args: nil, code: 2, stderr: "missing command"},
		{args: []string{"bogus"}, code: 2, stderr: "runa2go: unexpected argument bogus"},
		{args: []string{"build"}, code: 2, stderr: `run "runa2go build --help" for usage`},
		{args: []string{"build", "x.runa", "--nope"}, code: 2, stderr: "unknown flag --nope"},
		{args: []string{"check", "--format", "xml", "x.runa"}, code: 2, stderr: "--format"},
		{args: []string{"gen", "--pkg", "1x", "x.runa"}, code: 2, stderr: "not a valid Go package name"},
		{args: []string{"gen", "--check", "x.runa"}, code: 2, stderr: "--check needs -o"},
		{args: []string{"--help"}, code: 0, stdout: "Usage: runa2go <command>"},
		{args: []string{"build", "--help"}, code: 0, stdout: "Usage: runa2go build <FILE.runa>"},
		{args: []string{"run", "--help"}, code: 0, stdout: "Usage: runa2go run <FILE.runa>"},
		{args: []string{"gen", "--help"}, code: 0, stdout: "--pkg=NAME"},
		{args: []string{"check", "--help"}, code: 0, stdout: "--syntax-only"},
		{args: []string{"version", "--help"}, code: 0, stdout: "Print the version"},
		{args: []string{"fmt", "--help"}, code: 0, stdout: "-w, --write"},
		{args: []string{"version"}, code: 0, stdout: "runa2go version "},
		{args: []string{"--version"}, code: 0, stdout: "runa2go version "},
		{args: []string{"help", "build"}, code: 0, stdout: "Usage: runa2go build <FILE.runa> ..."},
		{args: []string{"help", "nope"}, code: 2, stderr: "unexpected argument nope"},
		{args: []string{"fmt", "-w", "-"}, code: 2, stderr: "-w cannot rewrite standard input"},
		{args: []string{"fmt", "-", "-"}, code: 2, stderr: "standard input (-) can be formatted only once"},
		{args: []string{"gen", "-o", "x.go", "a.runa", "b.runa"}, code: 2, stderr: "-o writes one Go file"},
		{args: []string{"build", "-o", "no-such-dir", "a.runa", "b.runa"}, code: 2, stderr: "with several files, -o names an existing directory"},
		{args: []string{"clean", "--help"}, code: 0, stdout: "Remove the build cache"},
		{args: []string{"build", "prog.txt"}, code: 2, stderr: "prog.txt is not a Runa source file"},
		{args: []string{"check", "a.runa", "B.RUNA"}, code: 2, stderr: "B.RUNA is not a Runa source file"},
		{args: []string{"build", "does-not-exist.runa"}, code: 1, stderr: "does-not-exist.runa: no such file"},
		{args: []string{"check", "does-not-exist.runa"}, code: 1, stderr: "does-not-exist.runa"},
	}
	for _, tt := range tests {
		code, stdout, stderr := run(tt.args...)
		if code != tt.code || !strings.Contains(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("runa2go %q: status %d, stdout %q, stderr %q; want status %d, stdout with %q, stderr with %q",
				tt.args, code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
		}
		if strings.Contains(stderr, "internal error") || strings.Contains(stderr, "goroutine ") {
			t.Errorf("runa2go %q: stderr %q", tt.args, stderr)
		}
	}
}

func TestReportInternalHidesStack(t *testing.T) {
	var b bytes.Buffer
	t.Setenv("RUNA2GO_DEBUG", "")
	reportInternal(&b, "codegen: boom\n\tmain.go:1:1: x", []byte("goroutine 1 [running]:"))
	got := b.String()
	want := "runa2go: internal error: codegen: boom (please report this bug at https://github.com/runa2go/runa2go/issues):\n\tmain.go:1:1: x\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestRunChildPropagatesStatus(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses sh")
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	var stdout bytes.Buffer
	e := &env{stdin: strings.NewReader("in\n"), stdout: &stdout, stderr: &bytes.Buffer{}}
	err = runChild(e, sh, "prog", []string{"-c", "read x; echo got $x; exit 7"})
	if st, ok := err.(exitStatus); !ok || st != 7 {
		t.Errorf("runChild = %v, want exit status 7", err)
	}
	if stdout.String() != "got in\n" {
		t.Errorf("stdout %q", stdout.String())
	}
	err = runChild(e, sh, "prog", []string{"-c", "kill -INT $$"})
	if st, ok := err.(exitStatus); !ok || st != 130 {
		t.Errorf("a child killed by SIGINT: %v, want exit status 130", err)
	}
	if err := runChild(e, sh, "prog", []string{"-c", "exit 0"}); err != nil {
		t.Errorf("runChild = %v", err)
	}
}

func TestRunArgsPassThrough(t *testing.T) {
	tests := []struct {
		args    []string
		want    []string
		verbose bool
	}{
		{[]string{"run", "x.runa", "--", "a", "-v"}, []string{"a", "-v"}, false},
		{[]string{"run", "-v", "x.runa", "--", "--", "b"}, []string{"--", "b"}, true},
		{[]string{"run", "x.runa", "a", "--flag"}, []string{"a", "--flag"}, false},
		{[]string{"run", "x.runa"}, nil, false},
	}
	for _, tt := range tests {
		var c cli
		if _, err := kong.Must(&c).Parse(tt.args); err != nil {
			t.Fatalf("%q: %v", tt.args, err)
		}
		if got := c.Run.programArgs(); !slices.Equal(got, tt.want) || c.Run.Verbose != tt.verbose {
			t.Errorf("%q: args %q verbose %v; want %q %v", tt.args, got, c.Run.Verbose, tt.want, tt.verbose)
		}
	}
}

// oldTime is the modification time oldtime gives files.
var oldTime = time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)

// cmdOldtime is the script command `oldtime set FILE...`, which sets the
// modification time of each FILE to oldTime, and `[!] oldtime is FILE...`,
// which asserts that each FILE still has (or no longer has) it.
func cmdOldtime(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 || (args[0] != "set" && args[0] != "is") {
		ts.Fatalf("usage: oldtime set|is FILE...")
	}
	for _, name := range args[1:] {
		path := ts.MkAbs(name)
		if args[0] == "set" {
			ts.Check(os.Chtimes(path, oldTime, oldTime))
			continue
		}
		fi, err := os.Stat(path)
		ts.Check(err)
		if same := fi.ModTime().Equal(oldTime); same == neg {
			ts.Fatalf("%s: modification time %v (old time %v)", name, fi.ModTime(), oldTime)
		}
	}
}

// cmdRuntimeModule is the script command `runtime-module DIR MODULE`: it
// makes DIR the root of a Go module named MODULE that builds generated
// code offline (driver.WriteModule).
func cmdRuntimeModule(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: runtime-module DIR MODULE")
	}
	ts.Check(driver.WriteModule(ts.MkAbs(args[0]), args[1]))
}
