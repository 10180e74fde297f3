package ast

// Expr is implemented by every expression node.
type Expr interface {
	Node
	exprNode()
}

// LitKind is the kind of a BasicLit.
type LitKind int

const (
	IntLit LitKind = iota
	FloatLit
	StringLit
	BoolLit
	NoneLit
)

// BasicLit is a literal constant. Raw is the source text; the decoded value
// is in the field matching Kind (Str holds the unescaped string).
type BasicLit struct {
	Sp    Span
	Kind  LitKind
	Raw   string
	Int   int64
	Float float64
	Str   string
	Bool  bool
}

// ListLit is `list containing A, B, …` (Items empty for the empty list).
type ListLit struct {
	Sp    Span
	Items []Expr
	// ItemLines is set when the items are written one per indented line
	// below `list containing` (level2.md §5.3).
	ItemLines bool
	// Empty is set for the phrase `empty list` (level2.md §5): no items.
	Empty bool
}

// DictLit is `dictionary with:` + `KEY as VALUE` lines, or the inline form.
type DictLit struct {
	Sp      Span
	Entries []*DictEntry
}

// DictEntry is one `KEY as VALUE`; the key is a string literal or a bare
// word, both recorded as their text in Key.
type DictEntry struct {
	KeySp Span
	Key   string
	Value Expr
}

// RecordLit is `TypeName with:` + `field as VALUE` lines, or (Inline)
// `TypeName with x as 1 and y as 2` (Level 2 §3.2).
type RecordLit struct {
	Sp   Span
	Type *Ident
	// TypeArgs are the written arguments of a generic record type,
	// `Box[String] with:` (level2.md §10.4); nil when inferred.
	TypeArgs []*TypeExpr
	Fields   []*FieldInit
	Inline   bool
}

// FieldInit is one `field as VALUE` line of a RecordLit.
type FieldInit struct {
	Name  *Ident
	Value Expr
}

// IndexExpr is `X[Index]`.
type IndexExpr struct {
	Sp    Span
	X     Expr
	Index Expr
	// AtIndex is set for the Level 2 spelling `X at index I` (same meaning).
	AtIndex bool
}

// StringOp is a Level 2 string operation (level2.md §7.1).
type StringOp int

const (
	OpTrimmed   StringOp = iota // X trimmed
	OpUppercase                 // X converted to uppercase
	OpLowercase                 // X converted to lowercase
	OpSplitBy                   // X split by D [with limit N]
	OpSubstring                 // X substring from A [to B]
)

// StringOpExpr is a postfix string operation on X. Args are the operands
// after X: D and the optional limit N of split by, A and the optional B of
// substring from (a nil second entry when the optional part is absent).
type StringOpExpr struct {
	Sp   Span
	Op   StringOp
	OpSp Span // the operator phrase
	X    Expr
	Args []Expr
}

// IndexOfExpr is `index of V in L` (level2.md §5.2).
type IndexOfExpr struct {
	Sp   Span
	V, L Expr
}

// MemberExpr is `X.Name` (not followed by a call).
type MemberExpr struct {
	Sp   Span
	X    Expr
	Name *Ident
}

// CallStyle records how a call was written.
type CallStyle int

const (
	// NamedCall is `f with a as X and b as Y`, `f with:` + lines, or `f with`.
	NamedCall CallStyle = iota
	// PositionalCall is `f(a, b)`.
	PositionalCall
	// MethodCall is `X.m(a, b)`; Fun is a *MemberExpr.
	MethodCall
)

// CallExpr is a call of a process, a builtin or a process value.
// For NamedCall, an Arg without a Name is a positional item (Level 2
// §3.1; in a valid call they come before the named ones); for the other
// styles no Arg has a Name.
// For MethodCall, Fun is the *MemberExpr `X.m` and Args are those in the
// parentheses (the receiver is not among them).
type CallExpr struct {
	Sp    Span
	Fun   Expr
	Style CallStyle
	Args  []*Arg
}

// Arg is one call argument.
type Arg struct {
	Name  *Ident // nil for positional arguments
	Value Expr
}

// BinaryOp is a binary operator.
type BinaryOp int

const (
	OpOr BinaryOp = iota
	OpAnd
	OpEq       // is equal to
	OpNe       // is not equal to
	OpGt       // is greater than
	OpLt       // is less than
	OpGe       // is greater than or equal to
	OpLe       // is less than or equal to
	OpContains // contains
	OpPlus     // plus
	OpMinus    // minus
	OpConcat   // followed by
	OpMul      // multiplied by
	OpDiv      // divided by
	OpMod      // modulo
	// Level 2 (level2.md §5.2, §7.1).
	OpStartsWith  // starts with
	OpEndsWith    // ends with
	OpContainsKey // contains key
	OpWithout     // without
	OpWithAdded   // X with Y added
)

var binaryOpText = [...]string{
	OpOr: "or", OpAnd: "and", OpEq: "is equal to", OpNe: "is not equal to",
	OpGt: "is greater than", OpLt: "is less than", OpGe: "is greater than or equal to",
	OpLe: "is less than or equal to", OpContains: "contains", OpPlus: "plus",
	OpMinus: "minus", OpConcat: "followed by", OpMul: "multiplied by",
	OpDiv: "divided by", OpMod: "modulo",
	OpStartsWith: "starts with", OpEndsWith: "ends with", OpContainsKey: "contains key",
	OpWithout: "without", OpWithAdded: "with … added",
}

// String returns the operator's canonical Runa spelling.
func (op BinaryOp) String() string { return binaryOpText[op] }

// BinaryExpr is `X OP Y`. OpSp is the span of the operator phrase.
type BinaryExpr struct {
	Sp   Span
	Op   BinaryOp
	OpSp Span
	X, Y Expr

	folded foldMemo // Fold and FoldBool results (constant.go)
}

// UnaryOp is a prefix operator.
type UnaryOp int

const (
	OpNot      UnaryOp = iota // not
	OpNeg                     // unary -
	OpLengthOf                // length of
	OpCopyOf                  // copy of (level2.md §5.2)
)

// String returns the operator's canonical Runa spelling.
func (op UnaryOp) String() string {
	switch op {
	case OpNot:
		return "not"
	case OpNeg:
		return "-"
	case OpCopyOf:
		return "copy of"
	}
	return "length of"
}

// UnaryExpr is `OP X`.
type UnaryExpr struct {
	Sp Span
	Op UnaryOp
	X  Expr

	folded foldMemo // Fold and FoldBool results (constant.go)
}

// IsNoneExpr is `X is None` or (Not) `X is not None`.
type IsNoneExpr struct {
	Sp  Span
	X   Expr
	Not bool
}

// IsWordExpr is `X is WORD` / `X is not WORD` where WORD is a bare word
// that is none of the comparison phrases (spec §4.2). The checker decides
// whether it is an equality with a variable, a Boolean field read, or a
// call of a zero-argument process with X as its argument.
type IsWordExpr struct {
	Sp   Span
	X    Expr
	Word *Ident
	Not  bool
}

// AwaitExpr is `await X`.
type AwaitExpr struct {
	Sp Span
	X  Expr
}

// EachKind tells parallel_await from race_await in an EachExpr.
type EachKind int

const (
	ParallelEach EachKind = iota // parallel_await for each
	RaceEach                     // race_await for each
)

// EachExpr is `parallel_await for each VAR in ITER:` or `race_await for
// each VAR in ITER:` with its single indented expression Body.
type EachExpr struct {
	Sp   Span
	Kind EachKind
	Var  *Ident
	Iter Expr
	Body Expr
}

// NewAwaitable is `new awaitable that resolves when:` + Body.
type NewAwaitable struct {
	Sp   Span
	Body *Block
}

// CallbackLit is an anonymous process `(a, b):` + Body, written as an argument value.
type CallbackLit struct {
	Sp     Span
	Params []*Param
	Body   *Block
}

// LambdaLit is a Level 2 Lambda (level2.md §4.1): `Lambda PARAMS: E`,
// `Lambda PARAMS:` + an indented Body, or either prefixed by `Async`. An
// expression body is stored as a Body of one ReturnStmt whose Value is the
// expression, with Expr set; Body.Stmts[0].(*ReturnStmt).Value is then the
// expression as written.
type LambdaLit struct {
	Sp     Span
	Async  bool
	Params []*Param
	Body   *Block
	Expr   bool
	// Positional is set on a Lambda the parser builds for a partial or
	// curry form (FunctionalExpr.Lowered) over a process whose parameters
	// have no names: its parameter names are hidden, and calls of it must
	// pass their arguments in order (level2.md §4.4).
	Positional bool
}

// BodyExpr returns the expression body of an expression-bodied Lambda, or nil.
func (e *LambdaLit) BodyExpr() Expr {
	if !e.Expr || e.Body == nil || len(e.Body.Stmts) != 1 {
		return nil
	}
	if r, ok := e.Body.Stmts[0].(*ReturnStmt); ok {
		return r.Value
	}
	return nil
}

// ParenExpr is `( X )`.
type ParenExpr struct {
	Sp Span
	X  Expr

	folded foldMemo // Fold and FoldBool results (constant.go)
}

// IfExpr is the inline conditional `If Cond Then Then Otherwise Else`
// (level2.md §8): Cond is evaluated, then only the chosen branch. ThenSp
// and ElseSp are the spans of the words `Then` and `Otherwise`.
type IfExpr struct {
	Sp     Span
	Cond   Expr
	ThenSp Span
	Then   Expr
	ElseSp Span
	Else   Expr
}

// BadExpr stands for an expression that failed to parse (already diagnosed).
type BadExpr struct{ Sp Span }

func (e *BasicLit) Span() Span     { return e.Sp }
func (e *ListLit) Span() Span      { return e.Sp }
func (e *DictLit) Span() Span      { return e.Sp }
func (e *RecordLit) Span() Span    { return e.Sp }
func (e *IndexExpr) Span() Span    { return e.Sp }
func (e *StringOpExpr) Span() Span { return e.Sp }
func (e *IndexOfExpr) Span() Span  { return e.Sp }
func (e *MemberExpr) Span() Span   { return e.Sp }
func (e *CallExpr) Span() Span     { return e.Sp }
func (e *BinaryExpr) Span() Span   { return e.Sp }
func (e *UnaryExpr) Span() Span    { return e.Sp }
func (e *IsNoneExpr) Span() Span   { return e.Sp }
func (e *IsWordExpr) Span() Span   { return e.Sp }
func (e *AwaitExpr) Span() Span    { return e.Sp }
func (e *EachExpr) Span() Span     { return e.Sp }
func (e *NewAwaitable) Span() Span { return e.Sp }
func (e *CallbackLit) Span() Span  { return e.Sp }
func (e *LambdaLit) Span() Span    { return e.Sp }
func (e *ParenExpr) Span() Span    { return e.Sp }
func (e *IfExpr) Span() Span       { return e.Sp }
func (e *BadExpr) Span() Span      { return e.Sp }

func (*Ident) exprNode()        {}
func (*BasicLit) exprNode()     {}
func (*ListLit) exprNode()      {}
func (*DictLit) exprNode()      {}
func (*RecordLit) exprNode()    {}
func (*IndexExpr) exprNode()    {}
func (*StringOpExpr) exprNode() {}
func (*IndexOfExpr) exprNode()  {}
func (*MemberExpr) exprNode()   {}
func (*CallExpr) exprNode()     {}
func (*BinaryExpr) exprNode()   {}
func (*UnaryExpr) exprNode()    {}
func (*IsNoneExpr) exprNode()   {}
func (*IsWordExpr) exprNode()   {}
func (*AwaitExpr) exprNode()    {}
func (*EachExpr) exprNode()     {}
func (*NewAwaitable) exprNode() {}
func (*CallbackLit) exprNode()  {}
func (*LambdaLit) exprNode()    {}
func (*ParenExpr) exprNode()    {}
func (*IfExpr) exprNode()       {}
func (*BadExpr) exprNode()      {}

// String returns the operator's canonical Runa spelling.
func (op StringOp) String() string {
	switch op {
	case OpTrimmed:
		return "trimmed"
	case OpUppercase:
		return "converted to uppercase"
	case OpLowercase:
		return "converted to lowercase"
	case OpSplitBy:
		return "split by"
	}
	return "substring from"
}

// CollectionOp is one of the list operations of level2.md §5.1.
type CollectionOp int

const (
	OpMap CollectionOp = iota
	OpFilter
	OpReduce
	OpSort
)

// String returns the operation's keyword.
func (op CollectionOp) String() string {
	return [...]string{"Map", "Filter", "Reduce", "Sort"}[op]
}

// CollectionExpr is `Map over L using F`, `Filter over L using P`,
// `Reduce over L using F [with initial V]` or `Sort over L [using K]`.
// Fn is nil for Sort without `using`, Initial nil without `with initial`.
// Over records whether `over` was written. As a pipeline stage (Stage
// set), L is the value coming down the pipeline and was not written.
//
// Call is the call of Fn made for each element: Fn called with the
// element (an ElemRef), or for Reduce with the accumulator and the
// element; it shares Fn. The checker and the code generator type and
// lower the call as any other call, the element standing for the value
// of each iteration.
type CollectionExpr struct {
	Sp      Span
	Op      CollectionOp
	OpSp    Span // the keyword
	List    Expr
	Fn      Expr
	Initial Expr
	Over    bool
	Stage   bool
	Call    *CallExpr
}

// ElemRef stands, in the Call of a CollectionExpr, for the element of the
// current iteration, or (Acc) for Reduce's accumulator.
type ElemRef struct {
	Sp   Span
	Coll *CollectionExpr
	Acc  bool
}

func (e *ElemRef) Span() Span { return e.Sp }
func (*ElemRef) exprNode()    {}

// PipelineExpr is `X |> STAGE |> …` (level2.md §6). Stages are the
// stages as written, each an expression with the piped value left out
// (a CollectionExpr with Stage set, a process name, `NAME using X`, a
// Lambda or a parenthesised expression); Value is the same pipeline as
// the nested operations and calls it stands for, sharing their nodes:
// the checker and the code generator see only Value (the walk of
// children visits it alone), the formatter prints X and Stages.
type PipelineExpr struct {
	Sp     Span
	X      Expr
	Stages []*PipeStage
	Value  Expr
}

// PipeStage is one `|> STAGE` of a pipeline as written.
type PipeStage struct {
	Sp Span
	// Exactly one of Op and Callee is set: a collection stage, or the
	// process called with the piped value (and Using after it).
	Op     *CollectionExpr
	Callee Expr
	Using  Expr
	// Call is set for `NAME with ARGS`: the call with the piped value
	// prepended as its first positional item (the formatter prints the
	// other arguments).
	Call *CallExpr
}

func (e *CollectionExpr) Span() Span { return e.Sp }
func (e *PipelineExpr) Span() Span   { return e.Sp }
func (*CollectionExpr) exprNode()    {}
func (*PipelineExpr) exprNode()      {}

// FuncForm is the kind of a compose/pipe/partial/curry form.
type FuncForm int

const (
	ComposeForm FuncForm = iota // compose F with G {with H}
	PipeForm                    // pipe F with G {with H}
	PartialForm                 // partial F with ARGS
	CurryForm                   // curry F
)

func (k FuncForm) String() string {
	switch k {
	case ComposeForm:
		return "compose"
	case PipeForm:
		return "pipe"
	case PartialForm:
		return "partial"
	}
	return "curry"
}

// FunctionalExpr is a Level 2 compose, pipe, partial or curry form
// (level2.md §4.5). Word is the spelling of the opening word (`partial` or
// `Partial`), Operands the processes as written, Args the fixed arguments
// of partial (the items after `with`, as in a call).
//
// Lowered is what the form means, built by the parser from Lambdas: an
// immediately applied Lambda whose parameters receive the operands and
// fixed arguments (evaluated once, where the form is) and whose result is
// the Lambda the form gives. It is nil when the operand's parameters are
// not known while parsing (the checker reports the form). The written
// parts are all inside Lowered: walkers visit only Lowered.
type FunctionalExpr struct {
	Sp       Span
	Kind     FuncForm
	Word     string
	Operands []Expr
	Args     []*Arg
	Lowered  *CallExpr
	// Inner is the Lambda that the form gives (inside Lowered).
	Inner *LambdaLit
}

func (e *FunctionalExpr) Span() Span { return e.Sp }
func (*FunctionalExpr) exprNode()    {}

// UnparenExpr returns e without enclosing parentheses.
func UnparenExpr(e Expr) Expr {
	for {
		p, ok := e.(*ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}
