package driver

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

// Names inside a build directory. They are stable, so a later build of the
// same key finds the binary.
const (
	// GoFile is the generated Go file of a build directory.
	GoFile = "main.go"
	// BinaryBase is the binary's name (plus GOEXE) in a build directory.
	BinaryBase = "prog"
	// warningsFile keeps the rendered warnings of a build, replayed on a hit.
	warningsFile = "warnings.txt"
	// buildModule is the module path of a build directory.
	buildModule = "runaprog"
)

// BuildOptions control Build.
type BuildOptions struct {
	// Output, when set, is where the binary is copied (an existing
	// directory receives it under the default name). When empty, the
	// binary stays in the cache only (see BuildResult.Binary). An Output
	// that names the source file (through any path or link) is refused
	// with an *OutputIsSourceError before anything is built.
	Output string
	// Race builds with the race detector.
	Race bool
	// Debug builds without optimisation or inlining (-gcflags=all=-N -l),
	// so that a debugger stops on every Runa line and sees every variable.
	Debug bool
	// Verify type-checks the generated code in process before building.
	Verify bool
	// NoLine omits //line directives.
	NoLine bool
	// NoDebugInfo links without the symbol table and DWARF
	// (-ldflags=-s -w): the link, most of a rebuild, takes about a third
	// less time (watch mode). Stack traces keep their lines; a debugger
	// sees nothing.
	NoDebugInfo bool
	// Progress, when set, is called as each Step of a build that misses
	// the cache starts (never on a hit). Calls never overlap, but may come
	// from a goroutine of Build's while go build runs.
	Progress func(Step)
	// CacheDir is the runa2go cache root; "" means
	// os.UserCacheDir()/runa2go. Builds go to CacheDir/build/<key>.
	CacheDir string
}

// BuildResult describes a successful Build.
type BuildResult struct {
	// Dir is the build directory: go.mod, main.go, rtmod/ and the binary.
	Dir string
	// Binary is the path of the binary inside Dir.
	Binary string
	// Output is where the binary was copied ("" when Options.Output was
	// empty).
	Output string
	// CacheHit reports that the binary was already built: nothing was
	// parsed, generated or compiled.
	CacheHit bool
	// Warnings are the rendered warnings of the program (replayed from
	// the cache on a hit).
	Warnings []byte
}

// DefaultOutput returns the default binary name for a Runa file: its base
// name without ".runa", plus exe (GOEXE).
func DefaultOutput(srcPath, exe string) string {
	return strings.TrimSuffix(filepath.Base(srcPath), ".runa") + exe
}

// KeyInputs are everything a build's output depends on.
type KeyInputs struct {
	Source     []byte
	SourceName string // as written in //line directives
	// Modules are the files the program imports (level2.md §11.4: the
	// key includes every imported file).
	Modules    []ModuleInput
	Version    string // VersionInfo.String of runa2go
	SelfID     string // identity of the runa2go executable
	RuntimeSum string // RuntimeHash
	Toolchain  map[string]string
	Race       bool
	Debug      bool
	NoLine     bool
	Verify     bool
	NoDebug    bool // BuildOptions.NoDebugInfo
}

// ModuleInput is one imported file of a build.
type ModuleInput struct {
	Name string
	Data []byte
}

// Key returns the hex SHA-256 cache key of in. Every field is framed with
// its name and length, so different inputs never collide by concatenation.
func (in *KeyInputs) Key() string {
	h := sha256.New()
	field := func(name string, v []byte) {
		fmt.Fprintf(h, "%s %d\n", name, len(v))
		h.Write(v)
		h.Write([]byte{'\n'})
	}
	field("runa2go-build-key", []byte("1"))
	field("version", []byte(in.Version))
	field("self", []byte(in.SelfID))
	field("rt", []byte(in.RuntimeSum))
	keys := make([]string, 0, len(in.Toolchain))
	for k := range in.Toolchain {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		field("go."+k, []byte(in.Toolchain[k]))
	}
	field("race", []byte(fmt.Sprint(in.Race)))
	field("debug", []byte(fmt.Sprint(in.Debug)))
	field("noline", []byte(fmt.Sprint(in.NoLine)))
	field("verify", []byte(fmt.Sprint(in.Verify)))
	if in.NoDebug {
		// Only when set: the keys of other builds stay as they were.
		field("nodebuginfo", []byte("true"))
	}
	field("name", []byte(in.SourceName))
	field("source", in.Source)
	for _, m := range in.Modules {
		// Only when there are some: the keys of one-file programs stay.
		field("module.name", []byte(m.Name))
		field("module.source", m.Data)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Build compiles src into a native binary through the build cache.
//
// The build directory CacheDir/build/<key> is keyed by KeyInputs. When its
// binary exists and matches the checksum recorded with it, Build only
// copies it to opts.Output (a cache hit); a damaged entry is rebuilt.
// Otherwise it generates the Go code, writes it with go.mod and the
// embedded runtime (WriteModule), optionally verifies it, and runs
// `go build -trimpath` offline (BuildEnv) into a temporary name that is then
// renamed into place after its checksum is recorded, so concurrent builds of
// one key are safe. Either way the entry's last use is recorded, and the
// cache is evicted at most once a day (see CacheMaxAge, CacheMaxBytes).
//
// Compile-time problems come back as *DiagError; Go compiler errors at
// Runa positions become E900 diagnostics in a *DiagError, other Go compiler
// errors an *InternalError, and failures of the toolchain or its
// environment a *ToolchainError (see GoError). An invalid CacheMaxEnv is an
// error before anything is built.
func Build(ctx context.Context, src *Source, opts BuildOptions) (*BuildResult, error) {
	tc, err := FindToolchain(ctx)
	if err != nil {
		return nil, err
	}
	self, err := SelfID()
	if err != nil {
		return nil, err
	}
	rtsum, err := RuntimeHash()
	if err != nil {
		return nil, err
	}
	root, err := CacheRoot(opts.CacheDir)
	if err != nil {
		return nil, err
	}
	if _, err := src.load(); err != nil {
		return nil, err
	}
	in := &KeyInputs{Source: src.Data, SourceName: src.Name, Modules: src.moduleInputs(), Version: CurrentVersion().String(), SelfID: self,
		RuntimeSum: rtsum, Toolchain: tc.Env, Race: opts.Race, Debug: opts.Debug, NoLine: opts.NoLine, Verify: opts.Verify, NoDebug: opts.NoDebugInfo}
	out := opts.Output
	if out != "" {
		if fi, err := os.Stat(out); err == nil && fi.IsDir() {
			out = filepath.Join(out, DefaultOutput(src.Name, tc.Env["GOEXE"]))
		}
		if err := src.CheckOutput(out); err != nil {
			return nil, err
		}
	}
	maxBytes, err := CacheMaxBytes()
	if err != nil {
		return nil, err
	}
	key := in.Key()
	buildDir := filepath.Join(root, "build")
	dir := filepath.Join(buildDir, key)
	res := &BuildResult{Dir: dir, Binary: filepath.Join(dir, BinaryBase+tc.Env["GOEXE"])}

	bin, ok := readEntry(res.Binary)
	if ok {
		res.CacheHit = true
		res.Warnings, _ = os.ReadFile(filepath.Join(dir, warningsFile))
	} else {
		if err := buildInto(ctx, tc, src, opts, res); err != nil {
			return nil, err
		}
	}
	now := time.Now()
	touch(filepath.Join(dir, usedStamp), now)
	maybeEvict(buildDir, key, now, maxBytes)
	if out != "" {
		if bin == nil {
			if bin, err = os.ReadFile(res.Binary); err != nil {
				return nil, err
			}
		}
		if err := WriteFileAtomic(out, bin, 0o755); err != nil {
			return nil, err
		}
		res.Output = out
	}
	return res, nil
}

// cacheDirError reports that the build cache directory cannot be created
// below root (err says why), naming where root comes from when it is the
// user cache directory.
func cacheDirError(root string, userCache bool, err error) error {
	origin := ""
	if userCache {
		origin = " (in the user cache directory, " + userCacheOrigin() + "; set it to a writable directory)"
	}
	cause := err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		cause = fmt.Errorf("%s %s: %w", pe.Op, pe.Path, pe.Err)
	}
	return fmt.Errorf("cannot create the build cache in %s%s: %v", root, origin, cause)
}

// userCacheOrigin names the setting os.UserCacheDir derives its answer
// from on this system.
func userCacheOrigin() string {
	switch runtime.GOOS {
	case "windows":
		return "%LocalAppData%"
	case "darwin", "ios":
		return "$HOME/Library/Caches"
	case "plan9":
		return "$home/lib/cache"
	}
	if os.Getenv("XDG_CACHE_HOME") != "" {
		return "$XDG_CACHE_HOME"
	}
	return "$HOME/.cache"
}

// buildInto does the work of a cache miss.
func buildInto(ctx context.Context, tc *Toolchain, src *Source, opts BuildOptions, res *BuildResult) error {
	last := Step(0)
	step := func(s Step) {
		if opts.Progress != nil && s > last {
			last = s
			opts.Progress(s)
		}
	}
	step(StepGenerate)
	code, warnings, err := Generate(src, GenOptions{NoLine: opts.NoLine, Version: Version})
	if err != nil {
		return err
	}
	res.Warnings = RenderWarnings(src, warnings)
	if err := os.MkdirAll(res.Dir, 0o755); err != nil {
		// res.Dir is ROOT/build/KEY.
		return cacheDirError(filepath.Dir(filepath.Dir(res.Dir)), opts.CacheDir == "", err)
	}
	if err := WriteModule(res.Dir, buildModule); err != nil {
		return fmt.Errorf("writing the build directory: %w", err)
	}
	if err := WriteFileAtomic(filepath.Join(res.Dir, GoFile), code, 0o644); err != nil {
		return fmt.Errorf("writing the build directory: %w", err)
	}
	if opts.Verify {
		step(StepVerify)
		if err := Verify(ctx, res.Dir, src, opts.Race); err != nil {
			return err
		}
	}
	// The warnings go in before the binary: whoever sees the binary
	// sees them too.
	if err := WriteFileAtomic(filepath.Join(res.Dir, warningsFile), res.Warnings, 0o644); err != nil {
		return fmt.Errorf("writing the build directory: %w", err)
	}
	tmp := tempName(res.Binary)
	args := []string{"build", "-trimpath", "-o", tmp}
	if opts.Race {
		args = append(args, "-race")
	}
	if opts.Debug {
		args = append(args, "-gcflags=all=-N -l")
	}
	if opts.NoDebugInfo {
		args = append(args, "-ldflags=-s -w")
	}
	step(StepGoBuild)
	var pw *progressWriter
	if opts.Progress != nil {
		// -v names each package as go build compiles it; the names
		// become steps and are kept out of the output.
		args = append(args, "-v")
		pw = newProgressWriter(step, last)
	}
	args = append(args, ".")
	cmd := exec.CommandContext(ctx, tc.Go, args...)
	cmd.Dir = res.Dir
	cmd.Env = BuildEnv(opts.Race)
	var out []byte
	if pw != nil {
		cmd.Stdout, cmd.Stderr = pw, pw
		err = cmd.Run()
		out = pw.output()
	} else {
		out, err = cmd.CombinedOutput()
	}
	if err != nil {
		os.Remove(tmp)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return fmt.Errorf("running go build: %w", err)
		}
		return GoError(src, res.Dir, out)
	}
	if err := writeSum(tmp, res.Binary); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing the build directory: %w", err)
	}
	if err := os.Rename(tmp, res.Binary); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing the build directory: %w", writeError(res.Binary, err))
	}
	return nil
}
