package std

import (
	"context"
	"os"

	"github.com/runa2go/runa2go/rt"
)

// ListFiles implements `list_files with path as P`: the names (not paths)
// of the entries of directory P — files, directories and other entries,
// without "." and ".." — sorted by name (byte order). A failure (no such
// directory, not a directory, no permission) is a kind "io" error, e.g.
// `cannot list "d": no such file or directory`.
func ListFiles(ctx context.Context, path string) (*rt.List[string], error) {
	file, line := callerPos()
	return rt.Offload(ctx, func(ctx context.Context) (*rt.List[string], error) {
		entries, err := os.ReadDir(path) // sorted by name
		if err != nil {
			return nil, BuiltinError(ctx, rt.KindIO, "cannot list "+quote(path)+": "+ioErrText(err), file, line)
		}
		names := make([]string, len(entries))
		for i, e := range entries {
			names[i] = e.Name()
		}
		return rt.ListOf(names), nil
	})
}
