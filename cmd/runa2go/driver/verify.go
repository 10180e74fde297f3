package driver

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/tools/go/packages"
)

// Verify type-checks the Go module in dir (a build directory holding the
// generated code of src) in process with golang.org/x/tools/go/packages,
// under the same offline environment as the build. Problems are reported
// like build errors (see GoError): positions in src, which the type checker
// derives from the //line directives, as E900 diagnostics; the rest as an
// *InternalError.
func Verify(ctx context.Context, dir string, src *Source, race bool) error {
	cfg := &packages.Config{
		Context: ctx,
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports |
			packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Dir: dir,
		Env: BuildEnv(race),
	}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		// go list itself failed: its message says whether the
		// environment or the generated module is at fault.
		// Its form is "err: exit status 1: stderr: MESSAGES".
		msg := err.Error()
		if _, stderr, ok := strings.Cut(msg, "stderr: "); ok {
			msg = stderr
		}
		return GoError(src, dir, []byte(msg))
	}
	var out strings.Builder
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			fmt.Fprintf(&out, "# %s\n", p.PkgPath)
			if e.Pos != "" && e.Pos != "-" {
				fmt.Fprintf(&out, "%s: %s\n", e.Pos, e.Msg)
			} else {
				fmt.Fprintf(&out, "%s\n", e.Msg)
			}
		}
	})
	if out.Len() == 0 {
		return nil
	}
	return GoError(src, dir, []byte(out.String()))
}
