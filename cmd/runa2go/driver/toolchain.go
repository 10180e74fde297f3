package driver

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
)

// Toolchain describes the Go toolchain that builds the generated code: the
// `go` command found in PATH, configured by the environment.
type Toolchain struct {
	// Go is the path of the go command.
	Go string
	// Env holds the `go env` values that affect the output of a build.
	Env map[string]string
}

// toolchainVars are the `go env` variables that change what `go build`
// produces for the same sources.
var toolchainVars = []string{"GOVERSION", "GOOS", "GOARCH", "GOEXE", "GOROOT",
	"GOAMD64", "GOARM", "GOARM64", "GO386", "GOMIPS", "GOMIPS64", "GOPPC64", "GORISCV64", "GOWASM",
	"GOEXPERIMENT", "GOFIPS140"}

// FindToolchain locates the go command and reads its configuration.
func FindToolchain(ctx context.Context) (*Toolchain, error) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		return nil, errors.New("the Go toolchain (the \"go\" command) was not found in PATH; runa2go needs Go 1.26 or later to build programs (https://go.dev/dl/)")
	}
	cmd := exec.CommandContext(ctx, gobin, append([]string{"env", "-json"}, toolchainVars...)...)
	cmd.Env = BuildEnv(false)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("running %q: %v\n%s", "go env", err, strings.TrimSpace(stderr.String()))
	}
	t := &Toolchain{Go: gobin}
	if err := json.Unmarshal(out, &t.Env); err != nil {
		return nil, fmt.Errorf("reading the output of \"go env -json\": %v", err)
	}
	return t, nil
}

// BuildEnv returns the environment for go commands run on generated code:
// the process environment with module mode forced on, workspaces, toolchain
// switching and the module proxy off (the build must work offline), user
// GOFLAGS replaced by -mod=mod, and cgo disabled unless race is set (the
// race detector needs it).
func BuildEnv(race bool) []string {
	override := map[string]string{
		"GO111MODULE": "on",
		"GOFLAGS":     "-mod=mod",
		"GOWORK":      "off",
		"GOTOOLCHAIN": "local",
		"GOPROXY":     "off",
		"GOSUMDB":     "off",
		"CGO_ENABLED": "0",
	}
	if race {
		override["CGO_ENABLED"] = "1"
	}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if _, ok := override[k]; !ok {
			env = append(env, kv)
		}
	}
	for _, k := range []string{"GO111MODULE", "GOFLAGS", "GOWORK", "GOTOOLCHAIN", "GOPROXY", "GOSUMDB", "CGO_ENABLED"} {
		env = append(env, k+"="+override[k])
	}
	return env
}

// SelfID identifies the running runa2go executable: its Go build ID when
// it can be found near the start of the file (it changes whenever any
// package linked into runa2go changes), or else the SHA-256 of the whole
// file. It is part of every cache key, so a rebuilt runa2go never reuses
// binaries produced by an older compiler with the same Version.
var SelfID = sync.OnceValues(func() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("locating the runa2go executable: %w", err)
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", fmt.Errorf("reading the runa2go executable: %w", err)
	}
	defer f.Close()
	head := make([]byte, 64<<10)
	n, _ := io.ReadFull(f, head)
	if id, ok := findBuildID(head[:n]); ok {
		return "buildid:" + id, nil
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("reading the runa2go executable: %w", err)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
})

// findBuildID extracts the Go build ID that the linker writes as
// `\xff Go build ID: "…"\n \xff` near the start of every Go binary.
func findBuildID(b []byte) (string, bool) {
	const prefix = "\xff Go build ID: \""
	i := bytes.Index(b, []byte(prefix))
	if i < 0 {
		return "", false
	}
	rest := b[i+len(prefix):]
	j := bytes.IndexByte(rest, '"')
	if j <= 0 {
		return "", false
	}
	return string(rest[:j]), true
}
