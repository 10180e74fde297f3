package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// Program is a checked program, ready for code generation: the syntax tree
// plus everything the checker decided about it.
type Program struct {
	// File is the program: for a program of several files, one File
	// (named after the program file) whose statements are those of every
	// imported module in initialisation order, then the program file's;
	// a module's `When main is called:` block is left out (level2.md
	// §11.4). Units lists the files themselves.
	File *ast.File
	// Units are the files of the program in position order (their
	// Base): the imported modules in initialisation order, then the
	// program file. A program without imports has one unit, File.
	Units   []*ast.File
	Records []*Record // declared records and variants, in source order
	Sums    []*Sum    // declared sum types, in source order
	Procs   []*Proc   // declared processes, in source order
	Main    *Proc     // the top-level statements (Decl nil)
	Globals []*Var    // top-level variables, in declaration order
	Library bool

	// Types gives the final static type of every expression.
	Types map[ast.Expr]Type
	// Defs maps the identifier that declares a variable (Let, parameter,
	// loop variable, Catch name, pattern binding) to it.
	Defs map[*ast.Ident]*Var
	// Uses maps an identifier expression to what it names.
	Uses map[*ast.Ident]Object
	// Calls gives the resolution of every call.
	Calls map[*ast.CallExpr]*Call
	// IsWords tells how each `x is WORD` was resolved.
	IsWords map[*ast.IsWordExpr]*IsWord
	// Callbacks gives the process of every callback literal.
	Callbacks map[*ast.CallbackLit]*Proc
	// Lambdas gives the process of every Lambda (level2.md §4).
	Lambdas map[*ast.LambdaLit]*Proc
	// Each gives the element variable of parallel/race for-each expressions.
	Each map[*ast.EachExpr]*Var
	// AsyncEach gives the process of every Async For each body (level2.md
	// §11.1): one task per element runs it.
	AsyncEach map[*ast.AsyncForEachStmt]*Proc
	// Narrowed marks identifier uses where an Optional variable is known
	// not to be None.
	Narrowed map[*ast.Ident]bool
	// NarrowedTo gives the type of identifier uses where `is of type` (or
	// a Match arm) narrowed a variable to a type (level2.md §10.3, §10.6).
	NarrowedTo map[*ast.Ident]Type
	// TypeTests gives the type written in each `is of type` and `as`
	// (*ast.IsTypeExpr, *ast.AsExpr).
	TypeTests map[ast.Expr]Type
	// LitUnions are the literal unions of the program's declarations and
	// type operations, in the order met.
	LitUnions []*LitUnion
	// RecordOf maps record type names to records.
	RecordOf map[string]*Record
	// NamePatterns gives, for a type pattern under a subject written
	// `type of E` (level2.md §9.1), the type names it stands for: it
	// matches when the subject String is one of them.
	NamePatterns map[*ast.TypePattern][]string
	// SumFields gives the sum type of each field read `x.f` where x is of
	// a sum type and f a field every variant has (level2.md §10.5).
	SumFields map[*ast.MemberExpr]*Sum
	// PatternTypes gives the type that each type pattern and record
	// pattern tests for (level2.md §9).
	PatternTypes map[ast.Pattern]Type
	// ArmNarrow gives the type that the subject variable of a Match has
	// in the arms that narrow it (level2.md §9.3).
	ArmNarrow map[*ast.WhenClause]Type
	// ValueTypeArgs instantiate each generic process used as a value
	// (level2.md §10.4), by the identifier naming it.
	ValueTypeArgs map[*ast.Ident][]Type
}

// Object is what a name denotes: *Var, *Proc, *Builtin or *Record.
type Object interface{ objectName() string }

// Var is a variable: a global, a local, a parameter, a loop variable.
type Var struct {
	Name   string
	Slot   *TVar
	Global bool
	Param  bool
	Loop   bool // a For each / parallel / race element variable or Catch name (fresh per iteration)
	// Blocks are the blocks a For each variable or Catch name is bound in
	// (the loop bodies and Catch blocks that declare it): it has a value
	// only there.
	Blocks []ast.Span
	// caught and iterated say whether Catch clauses and For each loops bind it.
	caught, iterated bool
	Owner            *Proc
	Decl             ast.Span
	// Captured is set when a callback literal or a task body refers to it
	// from a nested function.
	Captured bool
	// Assigned counts assignments after the declaration (Set).
	Assigned bool
	// Used is set when the variable is read.
	Used bool
	// From names the async process whose un-awaited call was stored here
	// (for the "never awaited" warning).
	From string
}

// Type returns the variable's final type.
func (v *Var) Type() Type { return v.Slot.Type() }

func (v *Var) objectName() string { return v.Name }

// Proc is a process: declared, a callback literal, or the main program.
type Proc struct {
	Name string
	Decl *ast.ProcDecl // nil for the main program and callbacks
	// unit is the file a declared process is written in (modules.go).
	unit     *unit
	Callback *ast.CallbackLit // set for callback literals
	Lambda   *ast.LambdaLit   // set for Lambdas
	// AsyncEach is set for the body of an Async For each: an async
	// process nested in its Parent whose one parameter is the element
	// variable and whose locals are the names the body declares (each
	// element's task has its own).
	AsyncEach *ast.AsyncForEachStmt
	Kind      ast.ProcKind
	Params    []*Var
	Result    *TVar
	// Yield is the element type of a generator or the bound value of a
	// context manager.
	Yield  *TVar
	Locals []*Var // function-scope variables other than parameters, in declaration order
	Func   *Func  // the process's type as a value
	Parent *Proc  // enclosing process of a callback literal
	// TypeParams are the type parameters of a generic process
	// (level2.md §10.4).
	TypeParams []*TypeParam

	// Effects.
	CanFail bool // may return an error (Throw, failing calls, await, …)
	// NeedsTask is set when the process needs the task it runs in: it is
	// async, starts, awaits or cancels tasks, or calls process values
	// (which may do any of these). The tasks it starts are children of
	// that task and its cancellation reaches them (spec §8.2).
	NeedsTask bool
	// Recursive is set when p takes part in a call cycle, counting calls
	// through process values as calls of every process used as a value
	// and the iteration of a generator as a call of it: it gets the
	// recursion guard (spec §6.5).
	Recursive bool
	// UsedAsValue is set when the process is passed or stored as a value.
	UsedAsValue bool
	// Returns is set when some Return gives a value.
	Returns bool

	scope map[string]*Var
	calls map[*Proc]bool
	// valueArities are the argument counts of the calls of process values
	// in the body (each may reach any process of that arity used as a
	// value).
	valueArities map[int]bool
}

func (p *Proc) objectName() string { return p.Name }

// Literal reports whether p is written as an expression (a callback
// literal or a Lambda): a closure nested in its Parent.
func (p *Proc) Literal() bool { return p.Callback != nil || p.Lambda != nil }

// Nested reports whether p is a closure nested in its Parent: a callback
// literal, a Lambda or an Async For each body.
func (p *Proc) Nested() bool { return p.Literal() || p.AsyncEach != nil }

// LiteralPos is where a callback literal, Lambda or Async For each is written.
func (p *Proc) LiteralPos() ast.Pos {
	if p.Callback != nil {
		return p.Callback.Sp.Start
	}
	if p.Lambda != nil {
		return p.Lambda.Sp.Start
	}
	if p.AsyncEach != nil {
		return p.AsyncEach.Sp.Start
	}
	return ast.Pos{}
}

// IsAsync reports whether p is an async process of any kind.
func (p *Proc) IsAsync() bool { return p.Kind != ast.PlainProc }

func (r *Record) objectName() string { return r.Name }

// Call is the resolution of one call expression.
type Call struct {
	// Exactly one of Proc, Builtin, Value is set. Value is an expression
	// holding a process (a variable or a record field) called through.
	Proc    *Proc
	Builtin *Builtin
	Value   ast.Expr
	// Func is the callee's process type.
	Func *Func
	// Args are the argument expressions in the callee's parameter order;
	// for a method call the receiver is Args[0]. A nil entry is a missing
	// Optional argument (passed as None).
	Args []ast.Expr
	// Extra are further named arguments (log_event's fields), in order.
	Extra []*ast.Arg
	// Awaited is set when the call is the direct operand of await (or runs
	// inline because its value is awaited right away).
	Awaited bool
	// TypeArgs instantiate a generic process's TypeParams, in order
	// (level2.md §10.4); Unknown for one nothing constrains.
	TypeArgs []Type
}

// IsWordKind tells how an `x is WORD` expression was resolved.
type IsWordKind int

const (
	IsEqualVar IsWordKind = iota // WORD is a variable: equality
	IsField                      // WORD is a Boolean field of x
	IsProcCall                   // WORD is a process called with x
	IsEmpty                      // `x is empty`: length of x is 0 (Level 2)
)

// IsWord is the resolution of `x is WORD`.
type IsWord struct {
	Kind IsWordKind
	Var  *Var
	Proc *Proc
	// TypeArgs instantiate a generic Proc (level2.md §10.4).
	TypeArgs []Type
}
