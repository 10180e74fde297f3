package driver

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// maxLinks bounds the chain of symbolic links WriteFileAtomic follows.
const maxLinks = 255

// WriteFileAtomic writes data to the file name, creating its directory,
// unless it already holds exactly data. What name is decides how:
//   - a regular file, or nothing: a temporary file is written in the same
//     directory and renamed over name, so readers never see a partial file;
//   - a symbolic link: the link is kept and its target is written (in the
//     target's directory, as above), whatever the length of the chain and
//     even when the target does not exist yet;
//   - a device, a named pipe or a socket: data is written to it directly
//     (it is never replaced by a regular file, and never read to compare);
//   - a directory: nothing is written and an error says so.
//
// Errors name the path as given (never a temporary name) with the cause,
// e.g. "writing out/app: permission denied".
func WriteFileAtomic(name string, data []byte, perm os.FileMode) error {
	_, err := writeIfChanged(name, data, perm)
	return err
}

// writeIfChanged is WriteFileAtomic that also reports whether it wrote.
func writeIfChanged(name string, data []byte, perm os.FileMode) (bool, error) {
	// What name ends at, through any links (including the kernel's magic
	// ones, such as /dev/stdout, which readlink cannot follow).
	fi, err := os.Stat(name)
	switch {
	case err == nil && fi.IsDir():
		return false, fmt.Errorf("writing %s: it is a directory", name)
	case err == nil && !fi.Mode().IsRegular():
		if err := writeInPlace(name, data); err != nil {
			return false, writeError(name, err)
		}
		return true, nil
	case err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR):
		return false, writeError(name, err)
	}
	// A regular file, or nothing yet (maybe a dangling link): replace the
	// file the links lead to.
	target, fi, err := resolveLinks(name)
	if err != nil {
		return false, writeError(name, err)
	}
	if fi != nil && !fi.Mode().IsRegular() {
		// Changed under us; do not replace it.
		return false, fmt.Errorf("writing %s: it is no longer a regular file", name)
	}
	if fi != nil {
		if old, err := os.ReadFile(target); err == nil && bytes.Equal(old, data) {
			return false, nil
		}
	}
	if err := replaceFile(target, data, perm); err != nil {
		return false, writeError(name, err)
	}
	return true, nil
}

// resolveLinks follows the symbolic links that name (as a last path
// element) is, and returns the file they end at, with its Lstat
// information (nil when it does not exist).
func resolveLinks(name string) (string, fs.FileInfo, error) {
	for range maxLinks {
		fi, err := os.Lstat(name)
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
			// Not there (with ENOTDIR, a file is in the way of its
			// directory, which creating the directory reports).
			return name, nil, nil
		}
		if err != nil {
			return "", nil, err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return name, fi, nil
		}
		link, err := os.Readlink(name)
		if err != nil {
			return "", nil, err
		}
		if !filepath.IsAbs(link) {
			// Not filepath.Join: cleaning "dir/../x" lexically is wrong
			// when dir is itself a link.
			link = filepath.Dir(name) + string(filepath.Separator) + link
		}
		name = link
	}
	return "", nil, syscall.ELOOP
}

// replaceFile writes data to a temporary file beside name and renames it
// over name.
func replaceFile(name string, data []byte, perm os.FileMode) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	tmp := tempName(name)
	if err := os.WriteFile(tmp, data, perm); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, name); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// writeInPlace writes data to the existing non-regular file name (a
// device or a pipe) without creating or replacing it.
func writeInPlace(name string, data []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// writeError reports the failure err to write name, naming name rather
// than whatever path (a temporary file, a link target) err names, unless
// that path is a directory to create, which is the cause.
func writeError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if pe.Op == "mkdir" {
			return fmt.Errorf("writing %s: creating directory %s: %w", name, pe.Path, pe.Err)
		}
		return fmt.Errorf("writing %s: %w", name, pe.Err)
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return fmt.Errorf("writing %s: %w", name, le.Err)
	}
	return fmt.Errorf("writing %s: %w", name, err)
}

// tempName returns a fresh name beside name, for write-then-rename.
func tempName(name string) string {
	var b [8]byte
	rand.Read(b[:])
	return filepath.Join(filepath.Dir(name), "."+filepath.Base(name)+".tmp-"+hex.EncodeToString(b[:]))
}
