package driver

import (
	"io/fs"
	"os"
	"path/filepath"

	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/load"
)

// loaded is what loading a Source found: the program with its imported
// files and the diagnostics of parsing them (see Source.load).
type loaded struct {
	prog  *load.Program
	diags diag.List
	// infos identify the imported files read from the file system, by
	// name (for CheckOutput).
	infos map[string]fs.FileInfo
}

// load parses src and every file it imports (level2.md §11.4), once: a
// second call returns the first result, so that a build's cache key, its
// output check and its code come from the same file contents.
func (src *Source) load() (*loaded, error) {
	if src.loaded != nil {
		return src.loaded, nil
	}
	l := &loaded{}
	read := src.ReadFile
	if read == nil {
		read = l.readFile
	}
	err := Stage("loader", func() error {
		l.prog, l.diags = load.Load(src.Name, src.Data, check.BuiltinModule, read)
		return nil
	})
	if err != nil {
		return nil, err
	}
	src.loaded = l
	return l, nil
}

// readFile reads an imported file from the file system, remembering
// which file it was (for CheckOutput).
func (l *loaded) readFile(name string) ([]byte, error) {
	path := filepath.FromSlash(name)
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: errIsDir}
	}
	data, err := os.ReadFile(path)
	if err == nil {
		if l.infos == nil {
			l.infos = map[string]fs.FileInfo{}
		}
		l.infos[name] = info
	}
	return data, err
}

// Files returns the files of src's program for rendering its diagnostics:
// src alone until it is checked, then src with every file it imports.
func (src *Source) Files() diag.Files {
	if src.loaded != nil && src.loaded.prog != nil {
		return src.loaded.prog.Files
	}
	return diag.Files{{Name: src.Name, Data: src.Data}}
}

// moduleInputs are the imported files of src as build-key inputs, in
// initialisation order.
func (src *Source) moduleInputs() []ModuleInput {
	if src.loaded == nil || src.loaded.prog == nil {
		return nil
	}
	var out []ModuleInput
	for _, f := range src.loaded.prog.Files[1:] {
		out = append(out, ModuleInput{Name: f.Name, Data: f.Data})
	}
	return out
}
