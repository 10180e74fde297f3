package format

import (
	"strconv"

	"github.com/runa2go/runa2go/frontend/ast"
)

// importStmt prints an Import statement (level2.md §11.4).
func (p *printer) importStmt(s *ast.ImportStmt) {
	p.w("Import ")
	switch s.Kind {
	case ast.ImportFunction:
		p.w("function ", strconv.Quote(s.Member), " from ")
	case ast.ImportType:
		p.w("type ", strconv.Quote(s.Member), " from ")
	}
	p.w("module ", strconv.Quote(s.Module))
	if s.As != nil {
		p.w(" as ", s.As.Name)
	}
}
