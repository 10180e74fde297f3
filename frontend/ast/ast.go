// Package ast declares the syntax tree of a Runa program.
//
// Every node carries the span of source text it was parsed from. Positions
// are 1-based; columns count characters (not bytes). The tree knows nothing
// of Go: it is produced by frontend/parser and consumed by frontend/check.
package ast

// Pos is a position in a source file: 1-based line and column, the column
// counting Unicode characters. The zero Pos means "no position".
type Pos struct {
	Line, Col int
}

// IsValid reports whether p is a real position.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Before reports whether p comes strictly before q.
func (p Pos) Before(q Pos) bool {
	return p.Line < q.Line || (p.Line == q.Line && p.Col < q.Col)
}

// Span is the half-open source range [Start, End) of a node. End may equal
// Start for zero-width nodes.
type Span struct {
	Start, End Pos
}

// Shift returns sp with both line numbers raised by base (a real
// position only: an invalid one stays invalid).
func (sp Span) Shift(base int) Span {
	if sp.Start.IsValid() {
		sp.Start.Line += base
	}
	if sp.End.IsValid() {
		sp.End.Line += base
	}
	return sp
}

// Node is implemented by every syntax tree node.
type Node interface {
	Span() Span
}

// File is a parsed Runa source file: its top-level statements in order.
// Process and Type declarations appear among Stmts where they were written
// (they are hoisted by the checker, not by the parser).
type File struct {
	Name string // file name as given to the parser, e.g. "app.runa"
	// Base is added to every line number of the file's positions: 0 for
	// a program of one file; in a program of several modules each file
	// has its own base, so one position names one place in the program
	// (parser.ParseFileAt). Line L of the file is position line Base+L.
	Base int
	// Module is the module path of an imported file, relative to the
	// program file's directory, in slash form and without ".runa"
	// ("geometry", "lib/shapes"); "" for the program file itself.
	Module   string
	Stmts    []Stmt
	Comments []*Comment
	// EndPos is the position just past the last character of the file.
	EndPos Pos
}

// Span implements Node.
func (f *File) Span() Span { return Span{Pos{f.Base + 1, 1}, f.EndPos} }

// Comment is a `#` comment; Text includes the leading '#'. Own is true when
// the comment is the only thing on its line.
type Comment struct {
	Sp   Span
	Text string
	Own  bool
}

// Span implements Node.
func (c *Comment) Span() Span { return c.Sp }

// Block is an indented statement sequence owned by a header line ending in ':'.
type Block struct {
	Sp    Span
	Stmts []Stmt
}

// Span implements Node.
func (b *Block) Span() Span { return b.Sp }

// Ident is a name as written.
type Ident struct {
	Sp   Span
	Name string
}

// Span implements Node.
func (i *Ident) Span() Span { return i.Sp }

// TypeExpr is a written type: a name with optional bracketed arguments,
// e.g. Integer, List[String], Dictionary[String, Integer], Optional[Point].
type TypeExpr struct {
	Sp   Span
	Name string
	Args []*TypeExpr
	// Arrow is set for a function type written `(A, B) -> R` (level2.md
	// §4.4): Name is then "Function" and Args are A, B and R, as for
	// `Function[A, B, R]`.
	Arrow bool
	// Or is set for a union written `A OR B` (level2.md §10.1): Name is
	// then "Union" and Args are the members, as for `Union[A, B]`.
	Or bool
	// Lit is a literal member of a literal union (`"low"`, `3`); Name is
	// then "".
	Lit *BasicLit
}

// Span implements Node.
func (t *TypeExpr) Span() Span { return t.Sp }
