package ast

// AsyncForEachStmt is `Async For each VAR in ITER:` BODY (level2.md §11.1):
// a task per element runs BODY with VAR bound to that element.
type AsyncForEachStmt struct {
	Sp   Span
	Var  *Ident
	Iter Expr
	Body *Block
}

func (s *AsyncForEachStmt) Span() Span { return s.Sp }

func (*AsyncForEachStmt) stmtNode() {}

func (s *AsyncForEachStmt) body() *Block { return s.Body }
func (s *MainStmt) body() *Block         { return s.Body }
