package driver

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/runa2go/runa2go/frontend/diag"
)

func baseKey() KeyInputs {
	return KeyInputs{
		Source: []byte("Display \"hi\"\n"), SourceName: "hello.runa", Version: "1", SelfID: "self",
		RuntimeSum: "rt", Toolchain: map[string]string{"GOVERSION": "go1.26.8", "GOOS": "linux", "GOARCH": "amd64"},
	}
}

func TestKeyChangesWithEveryInput(t *testing.T) {
	base := baseKey()
	k0 := base.Key()
	if k1 := baseKey(); k1.Key() != k0 {
		t.Fatal("key is not deterministic")
	}
	if len(k0) != 64 {
		t.Fatalf("key %q is not a hex SHA-256", k0)
	}
	mutations := map[string]func(*KeyInputs){
		"source":     func(k *KeyInputs) { k.Source = []byte("Display \"ho\"\n") },
		"name":       func(k *KeyInputs) { k.SourceName = "other.runa" },
		"version":    func(k *KeyInputs) { k.Version = "2" },
		"self":       func(k *KeyInputs) { k.SelfID = "other" },
		"rt":         func(k *KeyInputs) { k.RuntimeSum = "rt2" },
		"goversion":  func(k *KeyInputs) { k.Toolchain["GOVERSION"] = "go1.27" },
		"goos":       func(k *KeyInputs) { k.Toolchain["GOOS"] = "darwin" },
		"goarch":     func(k *KeyInputs) { k.Toolchain["GOARCH"] = "arm64" },
		"goamd64":    func(k *KeyInputs) { k.Toolchain["GOAMD64"] = "v3" },
		"race":       func(k *KeyInputs) { k.Race = true },
		"debug":      func(k *KeyInputs) { k.Debug = true },
		"noline":     func(k *KeyInputs) { k.NoLine = true },
		"verify":     func(k *KeyInputs) { k.Verify = true },
		"nodebug":    func(k *KeyInputs) { k.NoDebug = true },
		"boundaries": func(k *KeyInputs) { k.SourceName, k.Source = "hello.runa\n", k.Source[1:] },
	}
	seen := map[string]string{k0: "base"}
	for name, mutate := range mutations {
		k := baseKey()
		mutate(&k)
		key := k.Key()
		if prev, dup := seen[key]; dup {
			t.Errorf("changing %s gives the same key as %s", name, prev)
		}
		seen[key] = name
	}
}

func TestWriteModule(t *testing.T) {
	dir := t.TempDir()
	if err := WriteModule(dir, "runaprog"); err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	want := "module runaprog\n\ngo 1.26\n\nrequire github.com/runa2go/runa2go v0.0.0\n\nreplace github.com/runa2go/runa2go => ./rtmod\n"
	if string(gomod) != want {
		t.Errorf("go.mod:\n%s\nwant:\n%s", gomod, want)
	}
	rtmod, err := os.ReadFile(filepath.Join(dir, "rtmod", "go.mod"))
	if err != nil || !strings.HasPrefix(string(rtmod), "module github.com/runa2go/runa2go\n") {
		t.Errorf("rtmod/go.mod = %q, %v", rtmod, err)
	}
	var goFiles []string
	err = filepath.WalkDir(filepath.Join(dir, "rtmod", "rt"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		base := filepath.Base(p)
		if base == "embed.go" || strings.HasSuffix(base, "_test.go") {
			t.Errorf("%s must not be copied", p)
		}
		if strings.HasSuffix(base, ".go") {
			goFiles = append(goFiles, base)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(goFiles) == 0 {
		t.Fatal("no runtime sources written")
	}
	if std, _ := filepath.Glob(filepath.Join(dir, "rtmod", "rt", "std", "*.go")); len(std) == 0 {
		t.Error("no rt/std sources written")
	}
	// Idempotent: a second write changes nothing.
	info0, _ := os.Stat(filepath.Join(dir, "go.mod"))
	if err := WriteModule(dir, "runaprog"); err != nil {
		t.Fatal(err)
	}
	info1, _ := os.Stat(filepath.Join(dir, "go.mod"))
	if !info0.ModTime().Equal(info1.ModTime()) {
		t.Error("rewriting an up-to-date module touched go.mod")
	}
	h1, err := RuntimeHash()
	if err != nil || len(h1) != 64 {
		t.Errorf("RuntimeHash = %q, %v", h1, err)
	}
}

func TestWriteFileAtomicOnlyWhenChanged(t *testing.T) {
	name := filepath.Join(t.TempDir(), "sub", "f.txt")
	wrote, err := writeIfChanged(name, []byte("a"), 0o644)
	if err != nil || !wrote {
		t.Fatalf("first write: %v %v", wrote, err)
	}
	if wrote, err = writeIfChanged(name, []byte("a"), 0o644); err != nil || wrote {
		t.Fatalf("same content: wrote=%v err=%v", wrote, err)
	}
	if wrote, err = writeIfChanged(name, []byte("b"), 0o644); err != nil || !wrote {
		t.Fatalf("new content: wrote=%v err=%v", wrote, err)
	}
	entries, _ := os.ReadDir(filepath.Dir(name))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestParseGoOutput(t *testing.T) {
	out := "# runaprog\n" +
		"hello.runa:4:14: cannot use \"s\" (untyped string constant) as int value\n" +
		"./main.go:9:2: declared and not used: x\n" +
		"hello.runa:7:3: not enough arguments in call to f\n\thave (int)\n\twant (int, int)\n" +
		"hello.runa:9:1: too many errors\n" +
		"# [goldenprog/cases/a]\n" +
		"vet: cases/a/main.go:3:1: unreachable code\n" +
		"go: updates to go.mod needed\n"
	msgs := ParseGoOutput([]byte(out))
	if len(msgs) != 5 {
		t.Fatalf("got %d messages: %+v", len(msgs), msgs)
	}
	if m := msgs[0]; m.File != "hello.runa" || m.Line != 4 || m.Col != 14 || m.Package != "runaprog" {
		t.Errorf("msgs[0] = %+v", m)
	}
	if m := msgs[2]; m.Text != "not enough arguments in call to f\n\thave (int)\n\twant (int, int)" {
		t.Errorf("continuation lines: %q", m.Text)
	}
	if m := msgs[3]; m.File != "cases/a/main.go" || m.Package != "goldenprog/cases/a" {
		t.Errorf("vet message: %+v", m)
	}
	if m := msgs[4]; m.File != "" || m.Text != "go: updates to go.mod needed" {
		t.Errorf("unpositioned message: %+v", m)
	}
}

func TestGoErrorMapsRunaPositions(t *testing.T) {
	src := &Source{Name: "app.runa", Data: []byte("Display 1\nLet x be 2\n")}
	out := "# runaprog\napp.runa:2:5: undefined: y\n"
	err := GoError(src, "/cache/build/k", []byte(out))
	var de *DiagError
	if !errors.As(err, &de) {
		t.Fatalf("want a *DiagError, got %v", err)
	}
	if IsInternal(err) {
		t.Errorf("a Runa-positioned error must not also be an internal error: %v", err)
	}
	if len(de.Diags) != 1 {
		t.Fatalf("diags: %+v", de.Diags)
	}
	d := de.Diags[0]
	if d.Code != "E900" || d.Severity != diag.Error || d.Span.Start.Line != 2 || d.Span.Start.Col != 5 ||
		d.Message != "internal compiler error: undefined: y" || !strings.Contains(d.Hint, BugURL) {
		t.Errorf("diagnostic = %+v", d)
	}
}

func TestGoErrorGoPositionsAreInternal(t *testing.T) {
	src := &Source{Name: "app.runa", Data: []byte("Display 1\n")}
	out := "# runaprog\n/cache/build/k/main.go:12:3: x declared and not used\nrtmod/rt/list.go:3:1: syntax error\n"
	err := GoError(src, "/cache/build/k", []byte(out))
	var ie *InternalError
	if !errors.As(err, &ie) {
		t.Fatalf("want an *InternalError, got %v", err)
	}
	var de *DiagError
	if errors.As(err, &de) {
		t.Errorf("no diagnostics expected, got %v", de.Diags)
	}
	for _, want := range []string{"main.go:12:3: x declared and not used", "rtmod/rt/list.go:3:1: syntax error"} {
		if !strings.Contains(ie.Msg, want) {
			t.Errorf("message %q lacks %q", ie.Msg, want)
		}
	}
	if strings.Contains(ie.Msg, "/cache/build/k/") {
		t.Errorf("message shows the build directory: %q", ie.Msg)
	}
}

func TestGoErrorMixed(t *testing.T) {
	src := &Source{Name: "app.runa", Data: []byte("Display 1\n")}
	err := GoError(src, "/b", []byte("app.runa:1:1: bad\nmain.go:3:1: worse\n"))
	var de *DiagError
	if !errors.As(err, &de) || !IsInternal(err) {
		t.Errorf("want both a *DiagError and an *InternalError, got %v", err)
	}
	// A failure without output (go killed by a signal) says nothing
	// against the generated code, but is still reported.
	var te *ToolchainError
	if err := GoError(src, "/b", nil); !errors.As(err, &te) || IsInternal(err) {
		t.Errorf("a failure without output must be reported as a toolchain failure, got %v", err)
	}
}

// TestGoErrorEnvironmentIsNotInternal: go build failures that come from
// the toolchain's environment are reported as such, naming the settings
// involved, never as an internal error; complaints about the generated
// module stay internal.
func TestGoErrorEnvironmentIsNotInternal(t *testing.T) {
	src := &Source{Name: "app.runa", Data: []byte("Display 1\n")}
	t.Setenv("GOTMPDIR", "/nope/tmp")
	t.Setenv("GOCACHE", "rel/cache")
	env := map[string]string{
		"go: creating work dir: stat /nope/tmp: no such file or directory\n":                                    "check GOTMPDIR=/nope/tmp",
		"build cache is required, but could not be located: GOCACHE is not an absolute path\n":                  "check GOCACHE=rel/cache",
		"# runaprog\ngo build runaprog: copying /tmp/x/a.out: open /b/.prog.tmp-1: read-only file system\n":     "read-only file system",
		"# runtime/cgo\ncgo: C compiler \"gcc\" not found: exec: \"gcc\": executable file not found in $PATH\n": `C compiler "gcc" not found`,
		"go: open /b/go.mod: permission denied\n":                                                               "open /b/go.mod: permission denied",
	}
	for out, want := range env {
		err := GoError(src, "/b", []byte(out))
		var te *ToolchainError
		if !errors.As(err, &te) || IsInternal(err) {
			t.Errorf("%q: want a *ToolchainError only, got %v", out, err)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, want) || strings.Contains(msg, "internal error") {
			t.Errorf("%q: message %q lacks %q", out, msg, want)
		}
	}
	for _, out := range []string{"go: updates to go.mod needed\n", "missing go.sum entry for module providing package github.com/runa2go/runa2go/rt\n"} {
		if err := GoError(src, "/b", []byte(out)); !IsInternal(err) {
			t.Errorf("%q: a problem of the generated module must be internal, got %v", out, err)
		}
	}
}

func TestFindBuildID(t *testing.T) {
	b := []byte("\x7fELF....\xff Go build ID: \"abc/def\"\n \xff....")
	if id, ok := findBuildID(b); !ok || id != "abc/def" {
		t.Errorf("findBuildID = %q, %v", id, ok)
	}
	if _, ok := findBuildID([]byte("no id here")); ok {
		t.Error("found an ID where there is none")
	}
	id, err := SelfID()
	if err != nil || id == "" {
		t.Errorf("SelfID = %q, %v", id, err)
	}
}

func TestStageRecoversPanics(t *testing.T) {
	err := Stage("parser", func() error { panic("boom") })
	var ie *InternalError
	if !errors.As(err, &ie) || ie.Msg != "parser: boom" || len(ie.Stack) == 0 {
		t.Fatalf("Stage = %#v", err)
	}
	if strings.Contains(err.Error(), "goroutine") {
		t.Errorf("the message must not carry the stack: %q", err.Error())
	}
}

func TestDefaultOutputAndSourceName(t *testing.T) {
	if got := DefaultOutput("examples/hello/hello.runa", ""); got != "hello" {
		t.Errorf("DefaultOutput = %q", got)
	}
	if got := DefaultOutput("app.runa", ".exe"); got != "app.exe" {
		t.Errorf("DefaultOutput = %q", got)
	}
	if got := SourceName("./examples//hello/hello.runa"); got != "examples/hello/hello.runa" {
		t.Errorf("SourceName = %q", got)
	}
}

func TestBuildEnv(t *testing.T) {
	t.Setenv("GOFLAGS", "-tags=foo")
	t.Setenv("GOPROXY", "https://example.com")
	env := strings.Join(BuildEnv(false), "\n") + "\n"
	for _, want := range []string{"GOFLAGS=-mod=mod\n", "GOWORK=off\n", "GOTOOLCHAIN=local\n", "GOPROXY=off\n", "CGO_ENABLED=0\n"} {
		if !strings.Contains(env, want) {
			t.Errorf("env lacks %q", want)
		}
	}
	if strings.Contains(env, "-tags=foo") || strings.Contains(env, "example.com") {
		t.Error("user settings leak into the build environment")
	}
	if !strings.Contains(strings.Join(BuildEnv(true), "\n"), "CGO_ENABLED=1") {
		t.Error("race builds need cgo")
	}
}

// TestBuildConcurrentAndCached builds one program twice at once into a
// fresh cache, runs both binaries, then checks that a third build is a hit.
func TestBuildConcurrentAndCached(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build")
	}
	cache, out := t.TempDir(), t.TempDir()
	src := &Source{Name: "hello.runa", Data: []byte("Display \"Hello from Runa\"\n")}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range errs {
		wg.Go(func() {
			_, errs[i] = Build(context.Background(), src, BuildOptions{CacheDir: cache, Output: filepath.Join(out, fmt.Sprint("hello", i))})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("build %d: %v", i, err)
		}
		got, err := exec.Command(filepath.Join(out, fmt.Sprint("hello", i))).Output()
		if err != nil || string(got) != "Hello from Runa\n" {
			t.Errorf("binary %d: output %q, %v", i, got, err)
		}
	}
	res, err := Build(context.Background(), src, BuildOptions{CacheDir: cache, Output: out})
	if err != nil || !res.CacheHit {
		t.Fatalf("third build: %+v, %v; want a cache hit", res, err)
	}
	if res.Output != filepath.Join(out, "hello") {
		t.Errorf("output into a directory went to %q", res.Output)
	}
	entries, _ := os.ReadDir(res.Dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left in the build directory: %s", e.Name())
		}
	}
	if _, err := os.Stat(filepath.Join(res.Dir, "embed.go")); err == nil {
		t.Error("embed.go written into the build directory")
	}
}

func TestBuildDiagnosticsBuildNothing(t *testing.T) {
	cache := t.TempDir()
	src := &Source{Name: "bad.runa", Data: []byte("Display \"fine\"\nLet x be )\n")}
	_, err := Build(context.Background(), src, BuildOptions{CacheDir: cache})
	var de *DiagError
	if !errors.As(err, &de) || !de.Diags.HasErrors() || de.Diags[0].Span.Start.Line != 2 {
		t.Fatalf("want diagnostics at line 2, got %v", err)
	}
	if entries, _ := os.ReadDir(filepath.Join(cache, "build")); len(entries) != 0 {
		t.Errorf("a failed build left %d build directories", len(entries))
	}
}
