package ast

// NoopStmt is `Noop`, a statement that does nothing (level2.md §11.2).
type NoopStmt struct{ Sp Span }

// MainStmt is `When main is called:` BODY (level2.md §11.3): its block runs
// at its place when the file is the program, and not when it is imported.
type MainStmt struct {
	Sp   Span
	Body *Block
}

func (s *NoopStmt) Span() Span { return s.Sp }
func (s *MainStmt) Span() Span { return s.Sp }

func (*NoopStmt) stmtNode() {}
func (*MainStmt) stmtNode() {}
