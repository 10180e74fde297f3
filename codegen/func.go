package codegen

import (
	"sort"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// frameKind tells what Go function the statements being emitted belong to,
// which decides how Return, errors, Break and Continue are written.
type frameKind int

const (
	frameFunc    frameKind = iota // a process body (or the main program)
	frameBlock                    // a Try/With body run as a closure returning (rt.Ctl, [R,] error)
	frameTask                     // a task body: func(ctx) (T, error)
	frameGen                      // a generator body: func(ctx, yield) error
	frameSetup                    // a context manager's setup: (T, rt.Cleanup, error)
	frameCleanup                  // a cleanup or callback-free closure returning error
)

type frame struct {
	kind frameKind
	// value is the Runa type of the values Return gives (nil: no value).
	value check.Type
	// hasErr: the Go function returns an error.
	hasErr bool
	// taskType is the result type of a frameTask.
	taskType check.Type
	// setupType is the yielded type of a frameSetup.
	setupType check.Type
	// loops counts the loops opened inside this frame so far.
	loops int
	// ctl: a frameBlock closure returns an rt.Ctl first (it contains
	// Return, Break or Continue); ret, brk, cont record which it used.
	ctl            bool
	ret, brk, cont bool
}

// loopCtx is an open loop: its label is created on demand (a Break inside
// a Go switch needs it).
type loopCtx struct {
	label string
	used  bool
}

// fnGen emits the body of one Go function.
type fnGen struct {
	g      *gen
	proc   *check.Proc
	names  *namer
	vars   map[*check.Var]string
	simple map[*check.Var]*ast.LetStmt // declared with := at this Let
	frames []*frame
	loops  []*loopCtx
	// switches counts Go switch statements open inside the innermost loop.
	switches []int
	// patSubst gives the reads that pattern bindings stand for while a
	// guard is lowered (match.go).
	patSubst map[*check.Var]*jen.Statement
	lastLine int
	// promises are the enclosing `new awaitable` blocks, innermost last.
	promises []promiseCtx
	// hoisted are the temporaries holding the split points of the chain
	// being lowered (see binary).
	hoisted map[*ast.BinaryExpr]string
	// ctxRefs counts the references to ctx lowered so far (ctxRef); a
	// region uses ctx when the count grows while it is lowered.
	ctxRefs int
	// pos is the start of the Runa statement being lowered (the process's
	// declaration in its prologue): the line that the Go statements nested
	// in its expansion are attributed to (see attribute).
	pos ast.Pos
	// named holds the Go names of variables (varName): a rollback never
	// gives them back.
	named map[string]bool
	// elemNames and accNames are the Go loop variables and accumulators of
	// the Map/Filter/Reduce/Sort operations being lowered (collections.go).
	elemNames, accNames map[*ast.CollectionExpr]string
	// bound are expressions already evaluated into a Go variable, which
	// expr lowers to that variable (the process of a Map/Filter/Reduce/
	// Sort, evaluated once before its loop).
	bound map[ast.Expr]string
}

// rollback gives back the temporaries named since the namer's mark m (see
// namer.rollback); variables keep their names.
func (f *fnGen) rollback(m int) {
	f.names.rollback(m, func(s string) bool { return f.named[s] })
}

func (g *gen) newFn(p *check.Proc, parent *fnGen) *fnGen {
	f := &fnGen{g: g, proc: p, vars: map[*check.Var]string{}, named: map[string]bool{}, simple: map[*check.Var]*ast.LetStmt{}, hoisted: map[*ast.BinaryExpr]string{},
		elemNames: map[*ast.CollectionExpr]string{}, accNames: map[*ast.CollectionExpr]string{}, bound: map[ast.Expr]string{}}
	if parent != nil {
		f.names = newNamer(parent.names)
		for k, v := range parent.vars {
			f.vars[k] = v
		}
	} else {
		f.names = g.localNamer(p)
	}
	return f
}

// localNamer returns the namer for the locals of p: they may take any name
// but those of the package-level declarations p can refer to (processes,
// their helpers, records, run) and of the globals p uses; a local may
// shadow a global that p never mentions.
func (g *gen) localNamer(p *check.Proc) *namer {
	n := newNamer(g.packageNames())
	for _, v := range g.globalsUsedBy(p) {
		n.used[g.globalNames[v]] = true
	}
	return n
}

func camelLower(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// globalsUsedBy returns the globals mentioned inside p's body (the main
// program mentions them all). One pass over the program's name uses
// assigns each use to the process whose body contains it.
func (g *gen) globalsUsedBy(p *check.Proc) []*check.Var {
	if p.Decl == nil {
		return g.p.Globals
	}
	if g.globalUses == nil {
		g.globalUses = map[*check.Proc][]*check.Var{}
		procs := append([]*check.Proc(nil), g.p.Procs...)
		sort.Slice(procs, func(i, j int) bool { return procs[i].Decl.Body.Sp.Start.Before(procs[j].Decl.Body.Sp.Start) })
		seen := map[*check.Proc]map[*check.Var]bool{}
		for id, obj := range g.p.Uses {
			v, ok := obj.(*check.Var)
			if !ok || !v.Global {
				continue
			}
			// The last process whose body starts at or before the use.
			i := sort.Search(len(procs), func(i int) bool { return id.Sp.Start.Before(procs[i].Decl.Body.Sp.Start) }) - 1
			if i < 0 || !id.Sp.Start.Before(procs[i].Decl.Body.Sp.End) {
				continue
			}
			q := procs[i]
			if seen[q] == nil {
				seen[q] = map[*check.Var]bool{}
			}
			if !seen[q][v] {
				seen[q][v] = true
				g.globalUses[q] = append(g.globalUses[q], v)
			}
		}
	}
	return g.globalUses[p]
}

func (f *fnGen) top() *frame { return f.frames[len(f.frames)-1] }

func (f *fnGen) push(fr *frame) { f.frames = append(f.frames, fr) }

func (f *fnGen) pop() { f.frames = f.frames[:len(f.frames)-1] }

// varName returns the Go name of a variable, naming it on first use.
func (f *fnGen) varName(v *check.Var) string {
	if v.Global {
		return f.g.globalNames[v]
	}
	if n, ok := f.vars[v]; ok {
		return n
	}
	n := f.names.name(camel(v.Name, false))
	f.vars[v] = n
	f.named[n] = true
	return n
}

// typ returns the checked type of an expression.
func (f *fnGen) typ(e ast.Expr) check.Type {
	if t, ok := f.g.p.Types[e]; ok {
		return goShape(t)
	}
	return check.AnyType
}

// line emits a //line directive when the Runa line changes.
func (f *fnGen) line(b *[]jen.Code, pos ast.Pos) {
	if !pos.IsValid() || pos.Line == f.lastLine {
		return
	}
	f.lastLine = pos.Line
	*b = append(*b, f.g.line(pos))
}

// errReturn returns the statement that propagates err from the current
// frame, attributed to the Runa statement being lowered.
func (f *fnGen) errReturn(err jen.Code) []jen.Code {
	return f.attribute(f.errReturnStmt(err))
}

// attribute prefixes a Go statement nested in the expansion of a Runa
// statement with a //line directive naming that statement, so that it is
// not attributed to a later Runa line: a directive numbers the lines after
// it consecutively, and the statement sits one or more lines below the
// directive of its Runa statement.
func (f *fnGen) attribute(st jen.Code) []jen.Code {
	if f.g.opts.NoLine || !f.pos.IsValid() {
		return []jen.Code{st}
	}
	return []jen.Code{f.g.line(f.pos), st}
}

// endAt ends a block's statements with a //line directive for pos, so the
// line closing the block is attributed to pos (a directive already ending
// the block is replaced).
func (f *fnGen) endAt(b []jen.Code, pos ast.Pos) []jen.Code {
	if f.g.opts.NoLine || !pos.IsValid() {
		return b
	}
	if n := len(b); n > 0 && f.g.isDirective(b[n-1]) {
		b = b[:n-1]
	}
	return append(b, f.g.line(pos))
}

func (f *fnGen) errReturnStmt(err jen.Code) jen.Code {
	fr := f.top()
	switch fr.kind {
	case frameBlock:
		return jen.Return(f.blockResults(fr, jen.Qual(rtPath, "Next"), nil, err)...)
	case frameTask:
		return jen.Return(f.g.zero(fr.taskType), err)
	case frameGen, frameCleanup:
		return jen.Return(err)
	case frameSetup:
		return jen.Return(f.g.zero(fr.setupType), jen.Nil(), err)
	}
	if !fr.hasErr {
		return jen.Panic(jen.Qual(rtPath, "Rethrow").Call(err))
	}
	if fr.value != nil {
		return jen.Return(f.g.zero(fr.value), err)
	}
	return jen.Return(err)
}

// blockResults lists the results of a frameBlock closure: ctl, [value,] err.
func (f *fnGen) blockResults(fr *frame, ctl jen.Code, val jen.Code, err jen.Code) []jen.Code {
	if !fr.ctl {
		return []jen.Code{err}
	}
	out := []jen.Code{ctl}
	if fr.value != nil {
		if val == nil {
			val = f.g.zero(fr.value)
		}
		out = append(out, val)
	}
	return append(out, err)
}

// checkErr appends `if err != nil { <propagate> }`.
func (f *fnGen) checkErr(b *[]jen.Code) {
	st := jen.If(jen.Err().Op("!=").Nil()).Block(f.errReturn(jen.Err())...)
	*b = append(*b, st)
}
