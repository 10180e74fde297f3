package driver

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// SourceExt is the extension every Runa source file name ends in. It is
// matched exactly: "x.RUNA" is not a Runa file name.
const SourceExt = ".runa"

// Source is one Runa source file.
type Source struct {
	// Name is the file name written in diagnostics, in the generated
	// header and in //line directives: the path as the user wrote it, in
	// slash form and cleaned (e.g. "hello.runa" or "examples/hello/hello.runa").
	Name string
	// Data is the file's contents.
	Data []byte
	// info identifies the file Data was read from (nil for a Source
	// built in memory); see IsFile.
	info fs.FileInfo
	// ReadFile, when set, reads the files the program imports (by their
	// names: the import's path beside Name, in slash form) instead of the
	// file system: for programs held in memory (tests, editors).
	ReadFile func(name string) ([]byte, error)
	// loaded is the program with its imports, once loaded (load.go).
	loaded *loaded
}

var errIsDir = errors.New("is a directory")

// CheckSourceName reports whether path may name a Runa source file: its
// base name must end in SourceExt and have something before it. A name
// that does not is refused before anything is read or written, so that no
// output derived from it (the default binary name strips SourceExt) can
// ever be the source itself.
func CheckSourceName(path string) error {
	base := filepath.Base(path)
	switch {
	case base == SourceExt:
		return fmt.Errorf("%s is not a valid Runa source file name: the name has nothing before %q (try app%s)", path, SourceExt, SourceExt)
	case !strings.HasSuffix(base, SourceExt):
		hint := ""
		if strings.EqualFold(filepath.Ext(base), SourceExt) {
			hint = fmt.Sprintf(" (the extension is lowercase: rename it to %s)", strings.TrimSuffix(base, filepath.Ext(base))+SourceExt)
		}
		return fmt.Errorf("%s is not a Runa source file: the name of a Runa file ends in %q%s", path, SourceExt, hint)
	}
	return nil
}

// ReadSource reads the Runa file at path. The returned Source is named
// after path as written (see Source.Name) and remembers which file it came
// from (see IsFile). ReadSource does not check the name; see
// CheckSourceName.
func ReadSource(path string) (*Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: errIsDir}
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	return &Source{Name: SourceName(path), Data: data, info: info}, nil
}

// SourceName returns the name under which a Runa file given as path is
// reported: the path cleaned, in slash form.
func SourceName(path string) string {
	return filepath.ToSlash(filepath.Clean(path))
}

// IsFile reports whether path names the file src was read from, through
// whatever path, symbolic link or hard link (os.SameFile). It is false for
// a Source built in memory and for a path that does not exist.
func (src *Source) IsFile(path string) bool {
	if src.info == nil {
		return false
	}
	fi, err := os.Stat(path)
	return err == nil && os.SameFile(fi, src.info)
}

// OutputIsSourceError reports an output path that names the source file:
// writing it would destroy the program.
type OutputIsSourceError struct {
	Output string // the output path, as given
	Source string // the source's Name
}

func (e *OutputIsSourceError) Error() string {
	if e.Output == e.Source {
		return fmt.Sprintf("the output %s is the source file: refusing to overwrite it", e.Output)
	}
	return fmt.Sprintf("the output %s is the source file %s: refusing to overwrite it", e.Output, e.Source)
}

// CheckOutput returns an *OutputIsSourceError when path names the file
// src was read from (see IsFile), nil otherwise.
func (src *Source) CheckOutput(path string) error {
	if src.IsFile(path) {
		return &OutputIsSourceError{Output: path, Source: src.Name}
	}
	if src.loaded != nil {
		fi, err := os.Stat(path)
		for name, info := range src.loaded.infos {
			if err == nil && os.SameFile(fi, info) {
				return &OutputIsSourceError{Output: path, Source: name}
			}
		}
	}
	return nil
}
