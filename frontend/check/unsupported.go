package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
)

// Unsupported reports every Level 2 construct of f as "<construct> is not
// supported yet" (spec Appendix A). Check reports them too; callers use
// Unsupported when the file has syntax errors and is not checked, so that
// every diagnostic of the run is still printed.
func Unsupported(f *ast.File) diag.List {
	var l diag.List
	ast.Inspect(f, func(n ast.Node) bool {
		if u, ok := n.(*ast.Unsupported); ok {
			l.Errorf(u.At, CodeUnsupported, "", "%s is not supported yet", u.Construct)
		}
		return true
	})
	return l
}
