package ast

// Stmt is implemented by every statement node.
type Stmt interface {
	Node
	stmtNode()
}

// LetStmt is `Let NAME [as TYPE | (TYPE)] be VALUE`.
type LetStmt struct {
	Sp    Span
	Name  *Ident
	Type  *TypeExpr // nil when not annotated
	Value Expr
}

// SetStmt is `Set TARGET to VALUE`; Target is an *Ident, *IndexExpr or *MemberExpr.
type SetStmt struct {
	Sp     Span
	Target Expr
	Value  Expr
}

// IfStmt is an If with its `Otherwise if` and `Otherwise` clauses in order.
// The Cond of a final `Otherwise` clause is nil.
type IfStmt struct {
	Sp      Span
	Clauses []*IfClause
}

// IfClause is one arm of an IfStmt. Sp covers the header line only.
type IfClause struct {
	Sp   Span
	Cond Expr // nil for `Otherwise:`
	Body *Block
}

// WhileStmt is `While COND:` BODY.
type WhileStmt struct {
	Sp   Span
	Cond Expr
	Body *Block
}

// ForEachStmt is `For each VAR in ITER:` BODY.
type ForEachStmt struct {
	Sp   Span
	Var  *Ident
	Iter Expr
	Body *Block
}

// BreakStmt is `Break`.
type BreakStmt struct{ Sp Span }

// ContinueStmt is `Continue`.
type ContinueStmt struct{ Sp Span }

// ReturnStmt is `Return [VALUE]`.
type ReturnStmt struct {
	Sp    Span
	Value Expr // nil for a bare Return
}

// DisplayStmt is `Display V {PART}`, each PART being `with message V`,
// `with message as V` or `with LABEL as V` (Level 2 §3.4); Values has at
// least one element, the head first.
type DisplayStmt struct {
	Sp     Span
	Values []Expr
	// Labels, when not nil, has one entry per element of Values: the label
	// written before it (`message` for `with message as V`), or nil for
	// the head and for `with message V`. The label is never printed.
	Labels []*Ident
}

// Label is the label written before Values[i], or nil.
func (s *DisplayStmt) Label(i int) *Ident {
	if i < len(s.Labels) {
		return s.Labels[i]
	}
	return nil
}

// AddStmt is `Add VALUE to TARGET`.
type AddStmt struct {
	Sp     Span
	Value  Expr
	Target Expr
}

// RemoveStmt is `Remove VALUE from TARGET`.
type RemoveStmt struct {
	Sp     Span
	Value  Expr
	Target Expr
}

// MatchStmt is `Match SUBJECT:` followed by When arms.
type MatchStmt struct {
	Sp      Span
	Subject Expr
	Arms    []*WhenClause
}

// WhenClause is `When PATTERN [GUARD]:` BODY. Sp covers the header line.
type WhenClause struct {
	Sp      Span
	Pattern Pattern
	// Guard is the condition after `If` (or `if`), nil without a guard
	// (level2.md §9).
	Guard Expr
	Body  *Block
	// CatchAll is set by the checker when every value that reaches the
	// arm matches it: an unguarded pattern that cannot fail for the
	// subject's static type (`Point with x as px` on a Point), or the
	// last of the arms that cover every variant of a sum type.
	CatchAll bool
}

// Pattern is a Match pattern: the Level 1 patterns below and the Level 2
// ones of pattern.go.
type Pattern interface {
	Node
	patternNode()
}

// LiteralPattern matches a value equal to a literal (string, number, boolean, None).
type LiteralPattern struct {
	Value *BasicLit
}

// WildcardPattern is `_`.
type WildcardPattern struct{ Sp Span }

// BindPattern matches anything and binds it to Name.
type BindPattern struct{ Name *Ident }

// TryStmt is `Try:` BODY [`Catch NAME:` CATCH] [`Finally:` FINALLY].
type TryStmt struct {
	Sp        Span
	Body      *Block
	CatchName *Ident // nil when there is no Catch clause
	Catch     *Block
	Finally   *Block // nil when there is no Finally clause
}

// ThrowStmt is `Throw VALUE`.
type ThrowStmt struct {
	Sp    Span
	Value Expr
}

// WithStmt is `With MANAGER [as NAME]:` BODY.
type WithStmt struct {
	Sp      Span
	Manager Expr
	Binding *Ident // nil when nothing is bound
	Body    *Block
}

// YieldStmt is `Yield VALUE`.
type YieldStmt struct {
	Sp    Span
	Value Expr
}

// ResolveStmt is `Resolve with VALUE` (inside `new awaitable that resolves when`).
type ResolveStmt struct {
	Sp    Span
	Value Expr
}

// RejectStmt is `Reject with VALUE`.
type RejectStmt struct {
	Sp    Span
	Value Expr
}

// TypeDecl is `Type NAME is Dictionary with:` FIELDS (a record),
// `Type NAME is TYPE` (an alias) or `Type NAME is` + `| VARIANT …` lines (a
// sum type, level2.md §10.5). Exactly one of Fields, Alias and Variants is
// non-nil.
type TypeDecl struct {
	Sp       Span
	Name     *Ident
	Params   []*Ident   // the type parameters of a generic type (level2.md §10.4)
	Fields   []*Field   // record fields in order; nil unless a record
	Alias    *TypeExpr  // nil unless an alias
	Variants []*Variant // the variants in order; nil unless a sum type
}

// Variant is one `| NAME [with FIELD as TYPE {and FIELD as TYPE}]` line of a
// sum type. Fields is empty (not nil) for a variant without fields.
type Variant struct {
	Sp     Span
	Name   *Ident
	Fields []*Field
}

// Field is one `name as TYPE` line of a record declaration.
type Field struct {
	Name *Ident
	Type *TypeExpr
}

// ProcKind distinguishes the four kinds of process.
type ProcKind int

const (
	PlainProc ProcKind = iota
	AsyncProc
	AsyncGeneratorProc
	AsyncContextManagerProc
)

func (k ProcKind) String() string {
	switch k {
	case AsyncProc:
		return "Async Process"
	case AsyncGeneratorProc:
		return "Async Generator Process"
	case AsyncContextManagerProc:
		return "Async Context Manager Process"
	}
	return "Process"
}

// ProcDecl is a process definition. Name is the callable name (the string
// literal's text with spaces replaced by '_'); NameSp is the literal's span.
type ProcDecl struct {
	Sp     Span // the header line
	Kind   ProcKind
	Name   string
	NameSp Span
	Params []*Param
	Result *TypeExpr // nil when not annotated
	Body   *Block
	// Memoized is set for `Memoized Process called …` (level2.md §4.6).
	Memoized bool
	// TypeParams are the type parameters of a generic process (level2.md
	// §10.4): `Process called "NAME"[T]` or `Process [T] called "NAME"`.
	TypeParams []*Ident
}

// Param is a declared parameter, `name`, `name as TYPE` or `name (TYPE)`.
type Param struct {
	Name *Ident
	Type *TypeExpr // nil when not annotated
}

// ExprStmt is an expression evaluated for its effect (a call or an await).
type ExprStmt struct {
	X Expr
}

// Unsupported is a Level 2 construct, recognised by its opening word or
// phrase and kept as a whole statement (with its block, if any).
// Construct names it for diagnostics, e.g. "lambda" or "inline conditional";
// At is the span of the opening token.
type Unsupported struct {
	Sp        Span
	At        Span
	Construct string
}

// BadStmt stands for a statement that failed to parse (already diagnosed).
type BadStmt struct{ Sp Span }

func (s *LetStmt) Span() Span      { return s.Sp }
func (s *SetStmt) Span() Span      { return s.Sp }
func (s *IfStmt) Span() Span       { return s.Sp }
func (s *IfClause) Span() Span     { return s.Sp }
func (s *WhileStmt) Span() Span    { return s.Sp }
func (s *ForEachStmt) Span() Span  { return s.Sp }
func (s *BreakStmt) Span() Span    { return s.Sp }
func (s *ContinueStmt) Span() Span { return s.Sp }
func (s *ReturnStmt) Span() Span   { return s.Sp }
func (s *DisplayStmt) Span() Span  { return s.Sp }
func (s *AddStmt) Span() Span      { return s.Sp }
func (s *RemoveStmt) Span() Span   { return s.Sp }
func (s *MatchStmt) Span() Span    { return s.Sp }
func (s *WhenClause) Span() Span   { return s.Sp }
func (s *TryStmt) Span() Span      { return s.Sp }
func (s *ThrowStmt) Span() Span    { return s.Sp }
func (s *WithStmt) Span() Span     { return s.Sp }
func (s *YieldStmt) Span() Span    { return s.Sp }
func (s *ResolveStmt) Span() Span  { return s.Sp }
func (s *RejectStmt) Span() Span   { return s.Sp }
func (s *TypeDecl) Span() Span     { return s.Sp }
func (s *ProcDecl) Span() Span     { return s.Sp }
func (s *ExprStmt) Span() Span     { return s.X.Span() }
func (s *Unsupported) Span() Span  { return s.Sp }
func (s *BadStmt) Span() Span      { return s.Sp }

func (p *LiteralPattern) Span() Span  { return p.Value.Sp }
func (p *WildcardPattern) Span() Span { return p.Sp }
func (p *BindPattern) Span() Span     { return p.Name.Sp }

func (*LetStmt) stmtNode()      {}
func (*SetStmt) stmtNode()      {}
func (*IfStmt) stmtNode()       {}
func (*WhileStmt) stmtNode()    {}
func (*ForEachStmt) stmtNode()  {}
func (*BreakStmt) stmtNode()    {}
func (*ContinueStmt) stmtNode() {}
func (*ReturnStmt) stmtNode()   {}
func (*DisplayStmt) stmtNode()  {}
func (*AddStmt) stmtNode()      {}
func (*RemoveStmt) stmtNode()   {}
func (*MatchStmt) stmtNode()    {}
func (*TryStmt) stmtNode()      {}
func (*ThrowStmt) stmtNode()    {}
func (*WithStmt) stmtNode()     {}
func (*YieldStmt) stmtNode()    {}
func (*ResolveStmt) stmtNode()  {}
func (*RejectStmt) stmtNode()   {}
func (*TypeDecl) stmtNode()     {}
func (*ProcDecl) stmtNode()     {}
func (*ExprStmt) stmtNode()     {}
func (*Unsupported) stmtNode()  {}
func (*BadStmt) stmtNode()      {}

func (*LiteralPattern) patternNode()  {}
func (*WildcardPattern) patternNode() {}
func (*BindPattern) patternNode()     {}
