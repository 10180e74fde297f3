package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/runa2go/runa2go/rt"
)

// RuntimeModule is the module path of the runtime, as imported by
// generated code.
const RuntimeModule = "github.com/runa2go/runa2go"

// runtimeFile is one file of the runtime copy: its path below the module
// root (e.g. "rt/list.go") and its contents.
type runtimeFile struct {
	path string
	data []byte
}

var runtimeFiles = sync.OnceValues(func() ([]runtimeFile, error) {
	var files []runtimeFile
	err := fs.WalkDir(rt.Sources, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !isRuntimeSource(p) {
			return nil
		}
		data, err := fs.ReadFile(rt.Sources, p)
		if err != nil {
			return err
		}
		files = append(files, runtimeFile{path: path.Join("rt", p), data: data})
		return nil
	})
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
	return files, err
})

// isRuntimeSource reports whether the embedded file p belongs in the
// runtime copy: Go sources, without tests and without embed.go (which only
// serves the runa2go binary).
func isRuntimeSource(p string) bool {
	return strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") && p != "embed.go"
}

// RuntimeHash returns the hex SHA-256 of the embedded runtime sources
// (names and contents), part of every build cache key.
var RuntimeHash = sync.OnceValues(func() (string, error) {
	files, err := runtimeFiles()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s %d\n", f.path, len(f.data))
		h.Write(f.data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
})

// GoMod returns the go.mod of a module named module that requires the
// runtime from the local directory ./rtmod, so it builds with no network
// and no go.mod around.
func GoMod(module string) []byte {
	return fmt.Appendf(nil, "module %s\n\ngo 1.26\n\nrequire %s v0.0.0\n\nreplace %s => ./rtmod\n",
		module, RuntimeModule, RuntimeModule)
}

// WriteModule makes dir the root of a Go module named module that can
// build generated programs offline: it writes dir/go.mod (see GoMod) and the
// embedded runtime as dir/rtmod (rtmod/go.mod, rtmod/rt/*.go,
// rtmod/rt/std/*.go). Files already holding the right contents are left
// alone; others are replaced atomically, so concurrent writers of the same
// contents are safe. The generated code itself is not written.
func WriteModule(dir, module string) error {
	files, err := runtimeFiles()
	if err != nil {
		return fmt.Errorf("reading the embedded runtime: %w", err)
	}
	if err := WriteFileAtomic(filepath.Join(dir, "go.mod"), GoMod(module), 0o644); err != nil {
		return err
	}
	rtmod := filepath.Join(dir, "rtmod")
	if err := WriteFileAtomic(filepath.Join(rtmod, "go.mod"), fmt.Appendf(nil, "module %s\n\ngo 1.26\n", RuntimeModule), 0o644); err != nil {
		return err
	}
	for _, f := range files {
		if err := WriteFileAtomic(filepath.Join(rtmod, filepath.FromSlash(f.path)), f.data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
