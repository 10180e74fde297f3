package lsp

import (
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/load"
)

// moduleReader reads the files a document imports (level2.md §11.4) from
// the directory of its URI; a document that is not a file imports nothing.
func moduleReader(uri string) load.Reader {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return func(name string) ([]byte, error) { return nil, os.ErrNotExist }
	}
	dir := path.Dir(u.Path)
	return func(name string) ([]byte, error) {
		return os.ReadFile(filepath.FromSlash(path.Join(dir, name)))
	}
}

// ownDiags keeps the diagnostics of the document f itself (base 0). Those
// of the files it imports lie beyond its last line: when one of them is an
// error, it is reported once, at the document's first Import of a file,
// so that the user knows why the document has no checked program.
func ownDiags(f *ast.File, l diag.List) diag.List {
	var out diag.List
	var first *diag.Diagnostic
	for _, d := range l {
		if d.Span.Start.Line < load.Stride {
			out = append(out, d)
		} else if first == nil && d.Severity == diag.Error {
			first = d
		}
	}
	if first == nil {
		return out
	}
	for _, s := range f.Stmts {
		if im, ok := s.(*ast.ImportStmt); ok && !check.BuiltinModule(im.Module) {
			out.Errorf(im.ModuleSp, first.Code, "run `runa2go check` on this file to see every error", "an imported file has errors; the first: %s", first.Message)
			break
		}
	}
	return out
}

// importsFile reports whether text has a top-level Import of a module
// that is not built in: such a document is always checked whole, with the
// files it imports (the incremental check knows one file only).
func importsFile(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "Import ") {
			continue
		}
		_, rest, ok := strings.Cut(line, `module "`)
		if !ok {
			return true // not understood: check it whole
		}
		name, _, _ := strings.Cut(rest, `"`)
		if !check.BuiltinModule(name) {
			return true
		}
	}
	return false
}
