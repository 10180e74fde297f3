// Package examples_test builds and runs every example program of examples/
// the way a user does (`runa2go run examples/NAME/NAME.runa`): through
// cmd/runa2go/driver, into a temporary build cache, and compares what it
// prints with the files beside it.
//
// An example is a folder NAME holding NAME.runa and:
//   - NAME.out: its expected standard output, byte for byte (required);
//   - NAME.err: lines that must each appear in its standard error
//     (optional; without it, standard error must be empty);
//   - NAME.code: its expected exit status (optional; default 0);
//   - NAME.py: the same program for CPython asyncio (optional; the
//     benchmarks of README.md compare the two), which must print NAME.out.
//
// Every example runs in a fresh temporary directory (files it writes land
// there), with RUNA_LEAKCHECK=1 and API_URL set to an httptest server of
// the example API (package examples/server/api) on the loopback interface.
package examples_test

import (
	"bytes"
	"context"
	"errors"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/diff"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
	"github.com/runa2go/runa2go/examples/server/api"
)

// example is one folder of examples/.
type example struct {
	name string // folder and base name
	dir  string // folder, relative to examples/
}

// source is the path of the program as README commands name it, from the
// repository root: the name its diagnostics and run-time reports use.
func (e example) source() string { return "examples/" + e.name + "/" + e.name + ".runa" }

// findExamples lists the folders NAME of examples/ that hold NAME.runa.
func findExamples(t *testing.T) []example {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var list []example
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(e.Name(), e.Name()+".runa")); err == nil {
			list = append(list, example{name: e.Name(), dir: e.Name()})
		}
	}
	if len(list) == 0 {
		t.Fatal("no examples found")
	}
	return list
}

// build builds e into the runa2go cache at cache and returns the binary.
func build(t *testing.T, e example, cache string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(e.dir, e.name+".runa"))
	if err != nil {
		t.Fatal(err)
	}
	// The test runs in examples/; the files an example imports are named
	// from the repository root, as the Source is.
	src := &driver.Source{Name: e.source(), Data: data, ReadFile: func(name string) ([]byte, error) {
		return os.ReadFile(filepath.Join("..", filepath.FromSlash(name)))
	}}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	res, err := driver.Build(ctx, src, driver.BuildOptions{CacheDir: cache})
	if err != nil {
		var de *driver.DiagError
		if errors.As(err, &de) {
			var b bytes.Buffer
			de.Render(&b)
			t.Fatalf("%s does not compile:\n%s", e.source(), b.String())
		}
		t.Fatalf("building %s: %v", e.source(), err)
	}
	if len(res.Warnings) > 0 {
		t.Logf("warnings:\n%s", res.Warnings)
	}
	return res.Binary
}

// run runs bin in a fresh directory with the given API_URL ("" leaves it
// unset) and returns its outputs and exit status.
func run(t *testing.T, bin, apiURL string) (stdout, stderr string, code int) {
	t.Helper()
	return runCommand(t, []string{bin}, apiURL)
}

// runCommand is run of the command line args.
func runCommand(t *testing.T, args []string, apiURL string) (stdout, stderr string, code int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Dir = t.TempDir()
	env := []string{"RUNA_LEAKCHECK=1"}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "API_URL=") && !strings.HasPrefix(kv, "RUNA_") {
			env = append(env, kv)
		}
	}
	if apiURL != "" {
		env = append(env, "API_URL="+apiURL)
	}
	cmd.Env = env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		code = ee.ExitCode()
	default:
		t.Fatalf("running %s: %v", strings.Join(args, " "), err)
	}
	if ctx.Err() != nil {
		t.Fatalf("%s did not finish within the time limit", strings.Join(args, " "))
	}
	return out.String(), errb.String(), code
}

// TestExamples builds and runs every example against its expected files.
func TestExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every example with go build")
	}
	srv := httptest.NewServer(api.New())
	defer srv.Close()
	cache := t.TempDir()
	for _, e := range findExamples(t) {
		t.Run(e.name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(e.dir, e.name+".out"))
			if err != nil {
				t.Fatalf("missing expected output: %v", err)
			}
			wantCode := 0
			if b, err := os.ReadFile(filepath.Join(e.dir, e.name+".code")); err == nil {
				if wantCode, err = strconv.Atoi(strings.TrimSpace(string(b))); err != nil {
					t.Fatalf("%s.code: %v", e.name, err)
				}
			}
			bin := build(t, e, cache)
			stdout, stderr, code := run(t, bin, srv.URL)
			if stdout != string(want) {
				t.Errorf("standard output differs (-want +got):\n%s", lineDiff(string(want), stdout))
			}
			if code != wantCode {
				t.Errorf("exit status %d, want %d; standard error:\n%s", code, wantCode, stderr)
			}
			wantErr, err := os.ReadFile(filepath.Join(e.dir, e.name+".err"))
			if err != nil {
				if stderr != "" {
					t.Errorf("unexpected standard error:\n%s", stderr)
				}
				return
			}
			for _, line := range strings.Split(strings.TrimRight(string(wantErr), "\n"), "\n") {
				if !strings.Contains(stderr, line) {
					t.Errorf("standard error lacks %q; it is:\n%s", line, stderr)
				}
			}
		})
	}
}

// TestPythonTwins runs the CPython asyncio version NAME.py of an example,
// where there is one (the benchmarks of README.md compare the two), and
// checks that it prints the example's expected output: the two are the
// same program. Each runs as the example does, in a fresh directory, with
// API_URL set to a fresh httptest server of the example API.
func TestPythonTwins(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Python versions of the larger examples")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: the Python twins of the examples are not checked")
	}
	// contextlib.aclosing (log_processor.py) is new in Python 3.10.
	if out, err := exec.Command(python, "-c", "import sys; print(sys.version_info >= (3, 10))").Output(); err != nil || strings.TrimSpace(string(out)) != "True" {
		t.Skipf("%s is not Python 3.10 or later (%v): the Python twins of the examples are not checked", python, err)
	}
	twins := 0
	for _, e := range findExamples(t) {
		script, err := filepath.Abs(filepath.Join(e.dir, e.name+".py"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(script); err != nil {
			continue
		}
		twins++
		t.Run(e.name, func(t *testing.T) {
			t.Parallel()
			want, err := os.ReadFile(filepath.Join(e.dir, e.name+".out"))
			if err != nil {
				t.Fatalf("missing expected output: %v", err)
			}
			srv := httptest.NewServer(api.New())
			defer srv.Close()
			stdout, stderr, code := runCommand(t, []string{python, script}, srv.URL)
			if stdout != string(want) {
				t.Errorf("%s.py: standard output differs from %s.out (-want +got):\n%s", e.name, e.name, lineDiff(string(want), stdout))
			}
			if code != 0 || stderr != "" {
				t.Errorf("%s.py: exit status %d, standard error:\n%s", e.name, code, stderr)
			}
		})
	}
	if twins == 0 {
		t.Fatal("no example has a Python twin NAME.py")
	}
}

// TestMissingAPIURL checks that an HTTP example says what to do when
// API_URL is not set.
func TestMissingAPIURL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds an example with go build")
	}
	bin := build(t, example{name: "web_api_client", dir: "web_api_client"}, t.TempDir())
	stdout, stderr, code := run(t, bin, "")
	if code != 1 || stdout != "" {
		t.Errorf("exit status %d, output %q; want 1 and no output", code, stdout)
	}
	for _, want := range []string{"examples/web_api_client/web_api_client.runa:", "API_URL is not set", "go run ./examples/server"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("standard error lacks %q:\n%s", want, stderr)
		}
	}
}

// readmeCommand is how examples/README.md runs an example.
var readmeCommand = regexp.MustCompile("`(?:API_URL=\\S+ )?go run ./cmd/runa2go run (examples/([a-z0-9_]+)/([a-z0-9_]+)\\.runa)`")

// TestReadme checks that examples/README.md has one line per example with
// the command that runs it, and that every command it shows names an
// example that exists.
func TestReadme(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, m := range readmeCommand.FindAllStringSubmatch(string(data), -1) {
		if m[2] != m[3] {
			t.Errorf("%s: folder and file names differ", m[1])
		}
		if _, err := os.Stat(strings.TrimPrefix(m[1], "examples/")); err != nil {
			t.Errorf("README runs %s, which does not exist", m[1])
		}
		seen[m[2]]++
	}
	var missing []string
	for _, e := range findExamples(t) {
		if seen[e.name] == 0 {
			missing = append(missing, e.name)
		}
	}
	if len(missing) > 0 {
		t.Errorf("README.md has no command for: %s", strings.Join(missing, ", "))
	}
	needsAPI := func(name string) bool {
		b, _ := os.ReadFile(filepath.Join(name, name+".runa"))
		return bytes.Contains(b, []byte(`env with name as "API_URL"`))
	}
	for _, line := range strings.Split(string(data), "\n") {
		m := readmeCommand.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if needsAPI(m[2]) != strings.Contains(m[0], "API_URL=") {
			t.Errorf("README line for %s: API_URL= must be given exactly when the example reads it:\n%s", m[2], line)
		}
	}
}

// lineDiff is a unified diff of the expected and the actual text, for
// failure messages.
func lineDiff(want, got string) string {
	return string(diff.Diff("want", []byte(want), "got", []byte(got)))
}
