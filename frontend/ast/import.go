package ast

import "strings"

// ImportKind says what an Import statement makes available.
type ImportKind int

const (
	// ImportModule is `Import module "NAME"` (optionally `as QUALIFIER`).
	ImportModule ImportKind = iota
	// ImportFunction is `Import function "PROCESS" from module "NAME"`.
	ImportFunction
	// ImportType is `Import type "TYPE" from module "NAME"`.
	ImportType
)

// ImportStmt is an Import statement (level2.md §11.4). Module is the
// module name as written (a built-in module or a path without ".runa");
// Member is the imported process or type of ImportFunction and
// ImportType; As is the qualifier given with `as`, or nil.
type ImportStmt struct {
	Sp       Span
	Kind     ImportKind
	Module   string
	ModuleSp Span
	Member   string
	MemberSp Span
	As       *Ident
}

// Qualifier is the name the module's members are used under: the `as`
// name, else the last path segment of the module name.
func (s *ImportStmt) Qualifier() string {
	if s.As != nil {
		return s.As.Name
	}
	return s.Module[strings.LastIndexByte(s.Module, '/')+1:]
}

// A member of an imported module used as `Q.m` (level2.md §11.4) is one
// Ident whose Name is "Q.m", spanning both words; no other name holds a
// dot.

// Qualified splits the name of a module member use into its qualifier and
// member name; ok is false for every other name.
func (i *Ident) Qualified() (qual, member string, ok bool) {
	q, m, ok := strings.Cut(i.Name, ".")
	return q, m, ok
}

func (s *ImportStmt) Span() Span { return s.Sp }
func (*ImportStmt) stmtNode()    {}
