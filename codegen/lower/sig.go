package lower

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// Shape is the kind of Go function a process becomes.
type Shape int

const (
	// Func is a plain or async process: func([ctx,] params) ([Value,] [error]).
	Func Shape = iota
	// Generator is an async generator: func(ctx, params) *rt.Generator[Elem].
	Generator
	// Manager is an async context manager:
	// func(ctx, params) (Elem, rt.Cleanup, error).
	Manager
)

// Guard is how a process counts its recursion depth (spec §6.5).
type Guard int

const (
	// NoGuard: the process takes part in no call cycle.
	NoGuard Guard = iota
	// DepthGuard: a plain process in a cycle of plain calls takes the depth
	// as a last parameter (an unguarded wrapper of the declared name starts
	// it at 1).
	DepthGuard
	// TaskGuard: a process in a cycle that takes a context counts the depth
	// in its task (rt.Descend), which follows process values and generators.
	TaskGuard
)

// Sig is the Go signature of one process, decided once by Lower.
type Sig struct {
	Proc  *check.Proc
	Shape Shape
	// Ctx: the first parameter is ctx context.Context. A process takes one
	// when it needs the current task (check.Proc.NeedsTask).
	Ctx bool
	// Value is the Go result value of a Func, nil when it gives none (no
	// Return with a value and no declared result, or a None result).
	Value check.Type
	// Elem is the element of a Generator or the value a Manager binds
	// (Any when the checker could not tell).
	Elem check.Type
	// Err: a Func returns an error last (it can fail, or it is async). A
	// Manager always returns one; a Generator delivers its failure through
	// the generator.
	Err bool
	// Guard is the recursion guard.
	Guard Guard
	// Canonical: the Go function already has the shape of a process value,
	// func(ctx, A…) (R, error), so it needs no adapter to be one.
	Canonical bool
	// Faults: running the process can raise a run-time fault (spec §6.5)
	// even where it cannot fail by Throw.
	Faults bool
	// AlwaysFails: every path through the body throws (it never returns).
	AlwaysFails bool
	// Export is the shape of its exported wrapper in library mode.
	Export Export
	// Direct: a Generator whose body recovers no panic around any Yield
	// (no Yield inside a Try or With), so the consumer's faults may unwind
	// through it and no value needs a recover of its own
	// (rt.NewDirectGenerator instead of rt.NewGenerator).
	Direct bool
	// ChecksBeforeYield: every Yield of a Generator is the first statement
	// of a loop body, right after the loop's cancellation check, so a
	// `For each` over a direct call of it needs no step check of its own
	// (the two would be adjacent with nothing observable between them).
	ChecksBeforeYield bool
}

// Export is the shape of the exported Go wrapper of a process (library
// mode, DESIGN §4).
type Export struct {
	// Ctx: the wrapper takes ctx and runs the process on the run loop.
	Ctx bool
	// Err: the wrapper returns an error: the process can fail or fault, or
	// it takes a record or collection that a Go caller could pass as nil.
	Err bool
	// NilChecked are the indexes of the parameters checked for nil.
	NilChecked []int
}

// Params returns the parameter types of the process, in order.
func (s *Sig) Params() []check.Type {
	ts := make([]check.Type, len(s.Proc.Params))
	for i, v := range s.Proc.Params {
		ts[i] = v.Type()
	}
	return ts
}

// ValueOrNone is Value, or None when the process gives no value: the type
// of a call of it as an expression.
func (s *Sig) ValueOrNone() check.Type {
	if s.Value != nil {
		return s.Value
	}
	return check.NoneType
}

// signature computes the Sig of p; faults answers Sig.Faults.
func signature(p *check.Proc, faults func(*check.Proc) bool) *Sig {
	s := &Sig{Proc: p, Ctx: p.NeedsTask}
	switch p.Kind {
	case ast.AsyncGeneratorProc:
		s.Shape = Generator
		s.Elem = p.Yield.Type()
		s.Direct = p.Decl != nil && !yieldRecovered(p.Decl.Body)
		s.ChecksBeforeYield = p.Decl != nil && yieldsAfterChecks(p.Decl.Body)
	case ast.AsyncContextManagerProc:
		s.Shape = Manager
		s.Elem = ValueType(p.Yield.Type())
		s.Err = true
	default:
		s.Value = resultValue(p)
		s.Err = p.CanFail || p.IsAsync()
		s.Canonical = s.Ctx && s.Err && s.Value != nil
		s.AlwaysFails = p.Decl != nil && ast.Returns(p.Decl.Body.Stmts) && !hasReturn(p.Decl.Body.Stmts)
	}
	switch {
	case !p.Recursive:
	case p.AsyncEach != nil:
		// An Async For each body starts each task on a fresh stack; the
		// processes it calls count their own depth there.
	case p.Decl != nil && p.Kind == ast.PlainProc && !s.Ctx:
		s.Guard = DepthGuard
	case s.Ctx:
		s.Guard = TaskGuard
	}
	s.Faults = faults(p)
	s.Export.Ctx = s.Ctx
	for i, v := range p.Params {
		if nilable(v.Type()) {
			s.Export.NilChecked = append(s.Export.NilChecked, i)
		}
	}
	s.Export.Err = s.Ctx || s.Faults || len(s.Export.NilChecked) > 0
	return s
}

// resultValue is the value a Func returns, or nil.
func resultValue(p *check.Proc) check.Type {
	annotated := p.Decl != nil && p.Decl.Result != nil
	if !p.Returns && !annotated {
		return nil
	}
	t := p.Result.Type()
	switch t {
	case check.NoneType:
		return nil
	case check.Unknown:
		// A Return gives a value the checker could not type (it is
		// computed from parameters that nothing gives a value, say, as
		// when the process is only called through an Any): it is Any.
		return check.AnyType
	}
	return t
}

// ValueType is the type a value of t is held in: Any when the checker
// could not tell (Unknown) or for None.
func ValueType(t check.Type) check.Type {
	if t == check.Unknown || t == check.NoneType {
		return check.AnyType
	}
	return t
}

// nilable reports whether a Go caller could pass nil for a value of t.
func nilable(t check.Type) bool {
	switch t.(type) {
	case *check.Record, *check.List, *check.Dict:
		return true
	}
	return false
}

// hasReturn reports whether stmts contain a Return (outside nested
// processes and callbacks, which are not statements).
func hasReturn(stmts []ast.Stmt) bool {
	for _, s := range stmts {
		if _, ok := s.(*ast.ReturnStmt); ok {
			return true
		}
		for _, b := range ast.Blocks(s) {
			if hasReturn(b.Stmts) {
				return true
			}
		}
	}
	return false
}
