// Package parser turns Runa source into an ast.File.
package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
)

// ParseFile parses src (the contents of filename) and returns the syntax
// tree with every problem found. The tree is usable even with errors
// (bad parts become BadStmt/BadExpr nodes).
func ParseFile(filename string, src []byte) (*ast.File, diag.List) {
	panic("parser.ParseFile: being written")
}
