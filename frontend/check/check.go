// Package check resolves names, infers types and checks the async rules of
// a parsed Runa program (spec §2, §5, §7, §8). It knows nothing of Go.
//
// Inference is whole-program: every slot (variable, parameter, result,
// collection element) is a cell that accumulates the join of the types
// flowing into it; the checker walks every body repeatedly until no cell
// changes, then walks once more to record types and report diagnostics.
package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
)

// Config selects checker behaviour.
type Config struct {
	// Strict adds a note for every place that fell back to Any and every
	// run-time Optional check (`check --strict`).
	Strict bool
	// Library is set for `gen --pkg`: exported processes, no main program.
	Library bool
	// Imports are the files the program imports (load.Program.Modules):
	// in initialisation order, each after the modules it imports, with
	// distinct line bases below the program file's (level2.md §11.4).
	Imports []*ast.File
}

// maxPasses bounds the fixpoint iteration; the type lattice is shallow, so
// real programs converge in a handful of passes.
const maxPasses = 64

type checker struct {
	inference
	cfg   Config
	prog  *Program
	diags diag.List
	final bool // the last pass: record results and report

	procs   map[string]*Proc
	records map[string]*Record
	globals map[string]*Var
	aliases map[string]*ast.TypeDecl
	// aliasNames are the names of the declared aliases as keys (modules.go).
	aliasNames map[*ast.TypeDecl]string
	// units are the files of the program in position order, the program
	// file last; unit is the one whose names are being resolved
	// (modules.go).
	units     []*unit
	unit      *unit
	named     map[string]Type // aliases of unions, resolved once (unions.go)
	expanding map[string]bool

	// walk state
	proc      *Proc
	loops     int
	inPromise int
	// promiseElem is the element cell of the nearest enclosing `new awaitable`.
	promiseElem *TVar
	cells       map[ast.Node]*TVar
	passes      int    // inference passes walked (tests: convergence)
	visited     int    // expressions typed by the last inference pass (record)
	cycleGen    uint32 // the generation of breakCycles' latest walk
	// elems are the element types of the open Map/Filter/Reduce/Sort
	// operations (collections.go).
	elems    map[*ast.CollectionExpr]Type
	valCells map[*ast.DictLit]*TVar
	funcs    map[ast.Node]*Func
	overlay  []map[string]*Var
	narrow   []map[*Var]Type // narrowed variables: notNone, or a type (typeops.go)
	// typeNarrow are the Match subjects narrowed in the arm being checked
	// (match.go); sums are the declared sum types (sum.go).
	typeNarrow []typeNarrowing
	// guardBinds are the bindings of the arm whose guard is being checked:
	// the guard reads their values before they are assigned, so its reads
	// do not make them used (match.go).
	guardBinds map[*Var]bool
	sums       map[string]*Sum
	// typeOfSubject is set while the patterns of a Match whose subject
	// is written `type of E` are checked.
	typeOfSubject bool
	strict        []strictNote
	// assigned is the set of variables definitely set at this point of
	// the walk (final pass only), for "may be used before it is set".
	assigned map[*Var]bool
	reported map[*Var]bool
	// assigning are the variables of the Let and Set statements whose
	// values are being checked, innermost last (a Lambda may read the one
	// it is assigned to, to call itself).
	assigning []*Var
	// dead is set while checking unreachable statements.
	dead bool
	// withHeader is the manager call of the With header being checked.
	withHeader *ast.CallExpr
	// suggested caches "did you mean" answers by name.
	suggested map[string]string
	// namedAnd are the `and` chains that are a named argument's whole
	// value; true once reported as a positional argument (positional.go).
	namedAnd map[*ast.BinaryExpr]bool

	// forced are the slots found, by an earlier run, to receive processes
	// of different shapes: they start as a fixed Any. slots lists every
	// named cell made in this run; restart is set when this run found a
	// new such slot.
	forced  map[slotKey]bool
	slots   []*TVar
	restart bool

	// Generics (generics.go): the type parameters in scope while a
	// declaration resolves, every type-argument cell, the instance of
	// each generic record literal and the instantiation of each generic
	// call.
	tparams      []*TypeParam
	typeArgs     []*TVar
	litInstances map[ast.Node]*Record
	genCalls     map[ast.Node]*genCall
}

type strictNote struct {
	pos ast.Pos
	msg string
}

// maxRestarts bounds how often inference starts over (see Check).
const maxRestarts = 8

// Check checks f. The returned Program is nil when the diagnostics contain
// errors.
//
// Inference is monotone (cells only grow), except for one rule: a slot
// that receives two declared processes of different shapes becomes Any
// (spec §5), and what already flowed through it while it still held one
// of them (the results of calls through it, say) would keep a type it
// no longer justifies. So when a run finds such a slot, inference starts
// over with that slot fixed to Any from the beginning.
func Check(f *ast.File, cfg Config) (*Program, diag.List) {
	forced := map[slotKey]bool{}
	for round := 0; ; round++ {
		c := newChecker(f, cfg, forced)
		c.infer()
		if c.restart && round < maxRestarts {
			continue
		}
		return c.finish()
	}
}

func newChecker(f *ast.File, cfg Config, forced map[slotKey]bool) *checker {
	c := &checker{
		cfg:     cfg,
		procs:   map[string]*Proc{},
		records: map[string]*Record{},
		sums:    map[string]*Sum{},
		globals: map[string]*Var{},
		forced:  forced,
	}
	c.prog = &Program{
		File:          f,
		Library:       cfg.Library,
		Types:         map[ast.Expr]Type{},
		Defs:          map[*ast.Ident]*Var{},
		Uses:          map[*ast.Ident]Object{},
		Calls:         map[*ast.CallExpr]*Call{},
		IsWords:       map[*ast.IsWordExpr]*IsWord{},
		Callbacks:     map[*ast.CallbackLit]*Proc{},
		Lambdas:       map[*ast.LambdaLit]*Proc{},
		Each:          map[*ast.EachExpr]*Var{},
		AsyncEach:     map[*ast.AsyncForEachStmt]*Proc{},
		Narrowed:      map[*ast.Ident]bool{},
		NarrowedTo:    map[*ast.Ident]Type{},
		TypeTests:     map[ast.Expr]Type{},
		RecordOf:      map[string]*Record{},
		ValueTypeArgs: map[*ast.Ident][]Type{},

		PatternTypes: map[ast.Pattern]Type{},
		NamePatterns: map[*ast.TypePattern][]string{},
		SumFields:    map[*ast.MemberExpr]*Sum{},
		ArmNarrow:    map[*ast.WhenClause]Type{},
	}
	c.addUnits(f, cfg.Imports)
	return c
}

// infer declares f's names and iterates inference to its fixpoint; it
// sets c.restart when a slot turned Any that must be Any from the start.
func (c *checker) infer() {
	c.declareUnits()
	if c.cfg.Library {
		c.libraryRules(c.prog.File)
	}
	c.fixpoint()
	if c.cfg.Library {
		// An exported parameter that nothing in the package gives a value
		// receives Any values from Go callers (spec §5): what it flows to
		// (a result it is returned as, say) is Any too.
		more := false
		for _, p := range c.prog.Procs {
			for _, v := range p.Params {
				if v.Type() == Unknown {
					c.flow(v.Slot, AnyType)
					more = true
				}
			}
		}
		if more {
			c.fixpoint()
		}
	}
}

// fixpoint walks every body until no cell changes.
func (c *checker) fixpoint() {
	for pass := 0; pass < maxPasses; pass++ {
		c.passes++
		c.changed = false
		c.visited = 0
		c.walkAll()
		c.breakCycles()
		for _, r := range c.settleFuncPairs() {
			c.force(r)
		}
		if !c.changed {
			break
		}
	}
}

// force records every named cell of r's class as a slot that starts as
// Any in the next run.
func (c *checker) force(r *TVar) {
	for _, v := range c.slots {
		if v.Name == "" || v.find() != r {
			continue
		}
		if k := (slotKey{v.Name, v.Pos}); !c.forced[k] {
			c.forced[k] = true
			c.restart = true
		}
	}
}

// finish runs the final pass: it records types, reports diagnostics and
// decides effects.
func (c *checker) finish() (*Program, diag.List) {
	cfg := c.cfg
	c.final = true
	// The final pass records a type for every expression the last
	// inference pass visited: size the table once.
	c.prog.Types = make(map[ast.Expr]Type, c.visited)
	c.walkAll()
	c.effects()
	c.unawaited()
	c.skippedAwaits()
	c.memoizedParams()
	if cfg.Library {
		c.unconstrainedParams()
	}
	if cfg.Strict {
		c.reportStrict()
	}
	sortDiags(c.diags)
	if c.diags.HasErrors() {
		return nil, c.diags
	}
	return c.prog, c.diags
}

// walkAll walks the main program and every process body once.
func (c *checker) walkAll() {
	c.walkProc(c.prog.Main, nil)
	for _, p := range c.prog.Procs {
		c.walkProc(p, p.Decl.Body.Stmts)
	}
}

func (c *checker) walkProc(p *Proc, body []ast.Stmt) {
	saved := c.proc
	savedLoops, savedPromise, savedOverlay, savedNarrow := c.loops, c.inPromise, c.overlay, c.narrow
	savedAssigned := c.assigned
	c.proc, c.loops, c.inPromise, c.overlay, c.narrow = p, 0, 0, nil, nil
	switch {
	case !c.final:
		// Only the final pass reports reads of unset variables
		// (readVar); the inference passes do not track assignments.
		c.assigned = nil
	case !p.Nested():
		c.assigned = map[*Var]bool{}
	default:
		c.assigned = copySet(savedAssigned)
	}
	if p.Nested() {
		// Resolve/Reject inside a callback created in `new awaitable` settle it.
		c.inPromise = savedPromise
		c.overlay = savedOverlay
	}
	savedUnit := c.unit
	if p.unit != nil {
		c.unit = p.unit
	}
	if p == c.prog.Main {
		// The top level of every file, imported modules first: their
		// Let values are set before the program's first statement
		// (level2.md §11.4).
		for _, u := range c.units {
			c.unit = u
			c.stmts(u.top)
		}
	} else {
		c.stmts(body)
	}
	c.unit = savedUnit
	if p != c.prog.Main && (p.Kind == ast.PlainProc || p.Kind == ast.AsyncProc) && fallsOff(body) {
		// Spec §7: a body that may end without `Return E` gives None.
		c.flow(p.Result, NoneType)
	}
	c.proc, c.loops, c.inPromise, c.overlay, c.narrow = saved, savedLoops, savedPromise, savedOverlay, savedNarrow
	c.assigned = savedAssigned
}

func copySet(m map[*Var]bool) map[*Var]bool {
	out := make(map[*Var]bool, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// setVar records that v is definitely set from here on.
func (c *checker) setVar(v *Var) {
	if c.assigned != nil && v != nil {
		c.assigned[v] = true
	}
}

// readVar reports a read of v where it may not be set yet.
func (c *checker) readVar(id *ast.Ident, v *Var) {
	if !c.final || c.assigned == nil || v.Param || c.assigned[v] {
		return
	}
	if v.Owner != c.proc && v.Loop && len(v.Blocks) > 0 && !within(id.Sp.Start, v.Blocks) {
		// A callback outside every block that binds v: v has no value there.
		c.errorf(id.Sp, CodeUsedBeforeSet, "use it inside that block, or copy it there with `Let NAME be "+v.Name+"`", "%q is set only inside the %s binding it", v.Name, bindingBlock(v))
		return
	}
	if (v.Owner != c.proc || (v.Global && c.proc != c.prog.Main)) && !c.readAtCreation(v) {
		return // set elsewhere: another process, or the enclosing one of a callback
	}
	if c.reported == nil {
		c.reported = map[*Var]bool{}
	}
	if c.reported[v] {
		return
	}
	c.reported[v] = true
	c.errorf(id.Sp, CodeUsedBeforeSet, "set it with `Let "+v.Name+" be …` on every path before this line", "%q may be used before it is set", v.Name)
}

// within reports whether pos lies inside one of the spans.
func within(pos ast.Pos, spans []ast.Span) bool {
	for _, sp := range spans {
		if !pos.Before(sp.Start) && pos.Before(sp.End) {
			return true
		}
	}
	return false
}

// bindingBlock names the kind of block that binds loop variable v.
func bindingBlock(v *Var) string {
	switch {
	case v.caught && v.iterated:
		return "For each loops and Catch blocks"
	case v.caught:
		return "Catch block"
	}
	return "For each loop"
}

func (c *checker) errorf(sp ast.Span, code, hint, format string, args ...any) {
	if c.final {
		c.diags.Errorf(sp, code, hint, format, args...)
	}
}

func (c *checker) warnf(sp ast.Span, code, hint, format string, args ...any) {
	if c.final {
		c.diags.Warnf(sp, code, hint, format, args...)
	}
}

func (c *checker) note(pos ast.Pos, msg string) {
	if c.final && c.cfg.Strict {
		c.strict = append(c.strict, strictNote{pos, msg})
	}
}

// libraryRules rejects what a library package cannot have: top-level
// statements other than declarations and constant values (DESIGN §4:
// mutable top-level values are not allowed in library mode).
func (c *checker) libraryRules(f *ast.File) {
	for _, s := range f.Stmts {
		switch s := s.(type) {
		case *ast.ProcDecl, *ast.TypeDecl:
			continue
		case *ast.LetStmt:
			if lit, ok := s.Value.(*ast.BasicLit); ok && lit.Kind != ast.NoneLit {
				if v := c.globals[c.key(s.Name.Name)]; v != nil && !c.setAnywhere(f, v.Name) {
					continue
				}
			}
			c.diags.Errorf(s.Sp, CodeLibraryMutable, "a library may only declare constants: `Let NAME be LITERAL`, never set again", "mutable top-level value %q in a library package", s.Name.Name)
			continue
		}
		c.diags.Errorf(s.Span(), CodeLibraryStatement, "put it in a process; a library package has no main program", "top-level statements are not allowed in a library package (gen --pkg)")
	}
}

// setAnywhere reports whether some Set statement assigns the name.
func (c *checker) setAnywhere(f *ast.File, name string) bool {
	found := false
	var walk func(ss []ast.Stmt)
	walk = func(ss []ast.Stmt) {
		for _, s := range ss {
			switch s := s.(type) {
			case *ast.SetStmt:
				if id, ok := s.Target.(*ast.Ident); ok && id.Name == name {
					found = true
				}
			case *ast.ProcDecl:
				walk(s.Body.Stmts)
			case *ast.IfStmt:
				for _, cl := range s.Clauses {
					walk(cl.Body.Stmts)
				}
			case *ast.WhileStmt, *ast.MainStmt:
				walk(ast.Blocks(s)[0].Stmts)
			case *ast.ForEachStmt:
				walk(s.Body.Stmts)
			case *ast.TryStmt:
				walk(s.Body.Stmts)
				if s.Catch != nil {
					walk(s.Catch.Stmts)
				}
				if s.Finally != nil {
					walk(s.Finally.Stmts)
				}
			case *ast.WithStmt:
				walk(s.Body.Stmts)
			case *ast.MatchStmt:
				for _, a := range s.Arms {
					walk(a.Body.Stmts)
				}
			}
		}
	}
	walk(f.Stmts)
	return found
}

// unconstrainedParams warns, in a library package, about parameters of
// exported processes that nothing constrains: they are Any (spec §5).
func (c *checker) unconstrainedParams() {
	for _, p := range c.prog.Procs {
		for i, v := range p.Params {
			if t := v.Type(); p.Decl.Params[i].Type == nil && (t == AnyType || t == Unknown) {
				c.diags.Warnf(v.Decl, "W310", "annotate it: `"+v.Name+" as TYPE`",
					"parameter %q of exported process %q is Any: nothing in the package constrains it", v.Name, p.Name)
			}
		}
	}
}
