package std

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/runa2go/runa2go/rt"
)

// ReadFile implements `read_file with path as P`: the whole file as a
// String (bytes as they are). A relative path is relative to the working
// directory. A failure is a kind "io" error, e.g. `cannot read "x.txt":
// no such file or directory`.
func ReadFile(ctx context.Context, path string) (string, error) {
	file, line := callerPos()
	return rt.Offload(ctx, func(ctx context.Context) (string, error) {
		data, err := os.ReadFile(path)
		if err != nil {
			return "", BuiltinError(ctx, rt.KindIO, "cannot read "+quote(path)+": "+ioErrText(err), file, line)
		}
		return string(data), nil
	})
}

// WriteFile implements `write_file with path as P and content as C`: the
// file is created or truncated (mode 0644 before umask) and holds exactly
// content. A failure is a kind "io" error, e.g. `cannot write "d/x.txt":
// no such file or directory`.
func WriteFile(ctx context.Context, path, content string) error {
	file, line := callerPos()
	_, err := rt.Offload(ctx, func(ctx context.Context) (struct{}, error) {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			return struct{}{}, BuiltinError(ctx, rt.KindIO, "cannot write "+quote(path)+": "+ioErrText(err), file, line)
		}
		return struct{}{}, nil
	})
	return err
}

// FileExists implements `file_exists with path as P`: whether something
// (a file or a directory) exists at path. It never fails: an unreadable
// path counts as absent.
func FileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// quote writes a path as a Runa string literal.
func quote(s string) string { return string(rt.AppendQuoted(nil, s)) }

// ioErrText is the system's reason without Go's `open path:` prefix.
func ioErrText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return strings.TrimSpace(err.Error())
}
