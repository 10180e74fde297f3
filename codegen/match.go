package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// Match statements with Level 2 patterns (level2.md §9). Every pattern
// lowers to a pure Go condition over typed reads of the subject (a
// list's length and elements, a dictionary's keys, a record's fields, a
// type test) plus the reads its bindings take; the arms become the cases
// of a tagless switch, or of a type switch when the arms are variants of
// a sum type. Level 1 matches (literals, `_`, a binding, no guard) keep
// the literal switch of matchLiteral.

// path produces the Go code that reads one part of the subject; it is
// called once per use, as jen code cannot be shared.
type path func() *jen.Statement

// armTest is the lowered pattern of one arm.
type armTest struct {
	conds []jen.Code // the conjunction that decides whether the pattern matches
	binds []armBind  // the bindings, read once the pattern matched
	// pre are statements to run before the switch: they compute the
	// bindings of alternatives (pure reads, guarded by their tests).
	pre []jen.Code
}

// armBind is a binding: the variable and the typed read of its value.
type armBind struct {
	v    *check.Var
	code path
	t    check.Type
}

// level1Match reports whether every arm of s is a Level 1 arm: a literal,
// `_` or a binding, without a guard.
func level1Match(s *ast.MatchStmt) bool {
	for _, arm := range s.Arms {
		if arm.Guard != nil {
			return false
		}
		switch arm.Pattern.(type) {
		case *ast.LiteralPattern, *ast.WildcardPattern, *ast.BindPattern:
		default:
			return false
		}
	}
	return true
}

// match emits a Match statement.
func (f *fnGen) match(b *[]jen.Code, s *ast.MatchStmt) {
	if level1Match(s) {
		f.matchLiteral(b, s)
		return
	}
	st := f.typ(s.Subject)
	subj := f.expr(b, s.Subject)
	var subjVar *check.Var
	if id, ok := s.Subject.(*ast.Ident); ok {
		subjVar, _ = f.g.p.Uses[id].(*check.Var)
	}
	lit, isLit := s.Subject.(*ast.BasicLit)
	if isLit || !simpleExpr(s.Subject) && !isFieldRead(f, s.Subject) {
		// A literal subject is held too: the arms then test a variable
		// (constant cases would leave the Match line without code).
		if isLit && lit.Kind == ast.IntLit {
			subj = jen.Int64().Call(subj)
		}
		tmp := f.names.name("subject")
		*b = append(*b, jen.Id(tmp).Op(":=").Add(subj))
		subj = jen.Id(tmp)
	}
	at := func() *jen.Statement { return subj.Clone() }
	if f.typeSwitch(b, s, at, st, subjVar) {
		return
	}
	f.matchArms(b, s.Arms, at, st, subjVar)
}

// matchArms emits the arms as the cases of a tagless switch. An arm whose
// guard needs statements of its own splits the chain: the arms before it
// form a switch whose default clause tries it, and then the rest.
func (f *fnGen) matchArms(b *[]jen.Code, arms []*ast.WhenClause, at path, st check.Type, subjVar *check.Var) {
	f.enterSwitch()
	defer f.leaveSwitch()
	var cases []jen.Code
	for i, arm := range arms {
		var t armTest
		f.patTest(arm.Pattern, at, st, &t)
		for _, st := range t.pre {
			*b = append(*b, f.g.line(arm.Sp.Start), st)
		}
		narrowed := f.g.p.ArmNarrow[arm]
		var guard *jen.Statement
		var guardPre []jen.Code
		if arm.Guard != nil {
			undo := f.substitute(t.binds, subjVar, narrowed, at, st)
			guard = f.cond(&guardPre, arm.Guard)
			undo()
		}
		body := f.armBody(arm, t.binds, subjVar, narrowed, at, st)
		if len(guardPre) > 0 {
			// chosen := conds; if chosen { guard statements; chosen = guard }
			chosen := f.names.name("chosen")
			var tail []jen.Code
			tail = append(tail, jen.Id(chosen).Op(":=").Add(and(t.conds)))
			inner := append(guardPre, jen.Id(chosen).Op("=").Add(guard))
			tail = append(tail, jen.If(jen.Id(chosen)).Block(inner...))
			var rest []jen.Code
			if i+1 < len(arms) {
				f.matchArms(&rest, arms[i+1:], at, st, subjVar)
			}
			ifs := jen.If(jen.Id(chosen)).Block(body...)
			if len(rest) > 0 {
				ifs.Else().Block(rest...)
			}
			tail = append(tail, ifs)
			if len(cases) == 0 {
				*b = append(*b, tail...)
				return
			}
			cases = append(cases, jen.Default().Block(tail...))
			break
		}
		conds := t.conds
		if guard != nil {
			if bin, ok := ast.UnparenExpr(arm.Guard).(*ast.BinaryExpr); ok && bin.Op == ast.OpOr {
				conds = append(conds, orCode{guard}) // parenthesized after &&
			} else {
				conds = append(conds, guard)
			}
		}
		if arm.CatchAll {
			conds = nil // every value that gets here matches
		}
		if len(conds) == 0 {
			if len(cases) == 0 {
				*b = append(*b, jen.Block(body...))
				return
			}
			cases = append(cases, jen.Default().Block(body...))
			break
		}
		cases = append(cases, f.g.line(arm.Sp.Start), jen.Case(and(conds)).Block(body...))
	}
	*b = append(*b, jen.Switch().Block(cases...))
}

// enterSwitch and leaveSwitch count an open Go switch (a Break inside
// it needs the loop's label).
func (f *fnGen) enterSwitch() {
	if len(f.switches) > 0 {
		f.switches[len(f.switches)-1]++
	}
}

func (f *fnGen) leaveSwitch() {
	if len(f.switches) > 0 {
		f.switches[len(f.switches)-1]--
	}
}

// armBody emits the bindings, the narrowed subject and the statements of
// an arm.
func (f *fnGen) armBody(arm *ast.WhenClause, binds []armBind, subjVar *check.Var, narrowed check.Type, at path, st check.Type) []jen.Code {
	var body []jen.Code
	// The bindings belong to the When line: each follows its directive
	// (a directive names the line of the Go line after it only).
	done := map[*check.Var]bool{}
	// An arm that leaves its process (every path Returns or Throws, and no
	// Finally around it could read a binding afterwards) needs only the
	// bindings its body reads: another is never read (staticcheck SA4006).
	leaves := ast.Returns(arm.Body.Stmts) && !f.g.finallyAround(arm.Sp)
	for _, bd := range binds {
		if bd.v == nil || !bd.v.Used || done[bd.v] || leaves && !f.g.usedWithin(bd.v, arm.Body.Sp) {
			continue
		}
		done[bd.v] = true
		body = append(body, f.g.line(arm.Sp.Start), jen.Id(f.varName(bd.v)).Op("=").Add(f.conv(bd.code(), bd.t, bd.v.Type())))
	}
	if narrowed != nil && subjVar != nil && f.g.usedWithin(subjVar, arm.Body.Sp) && !sameGoType(f.g, st, narrowed) {
		name := f.varName(subjVar)
		body = append(body, f.g.line(arm.Sp.Start), jen.Id(name).Op(":=").Add(f.narrow(at(), st, narrowed)))
	}
	f.lastLine = 0
	f.line(&body, arm.Sp.Start)
	f.stmts(&body, arm.Body.Stmts)
	return body
}

// substitute makes the bindings (and the narrowed subject) read their
// values in the code emitted until undo: a guard sees them before they
// are assigned (level2.md §9.2).
func (f *fnGen) substitute(binds []armBind, subjVar *check.Var, narrowed check.Type, at path, st check.Type) (undo func()) {
	saved := f.patSubst
	m := map[*check.Var]*jen.Statement{}
	for v, c := range saved {
		m[v] = c
	}
	seen := map[*check.Var]bool{}
	for _, bd := range binds {
		if bd.v != nil && !seen[bd.v] {
			seen[bd.v] = true
			m[bd.v] = f.conv(bd.code(), bd.t, bd.v.Type())
		}
	}
	if narrowed != nil && subjVar != nil && !sameGoType(f.g, st, narrowed) {
		m[subjVar] = f.narrow(at(), st, narrowed)
	}
	f.patSubst = m
	return func() { f.patSubst = saved }
}

// narrow converts code of static type from to the narrower type to, which
// a type test has established.
func (f *fnGen) narrow(code *jen.Statement, from, to check.Type) *jen.Statement {
	if _, ok := from.(*check.Sum); ok {
		return code.Assert(f.g.goType(to))
	}
	if from == check.AnyType || from == check.Unknown {
		switch to.(type) {
		case *check.Record, *check.Sum:
			return code.Assert(f.g.goType(to))
		}
		switch to {
		case check.Integer, check.Float, check.String, check.Boolean:
			return code.Assert(f.g.goType(to))
		}
	}
	return f.conv(code, from, to)
}

// orCode is a disjunction among the conditions of an arm: and
// parenthesizes it when it has company.
type orCode struct{ *jen.Statement }

// and joins conditions with &&.
func and(conds []jen.Code) *jen.Statement {
	if len(conds) == 0 {
		return jen.True()
	}
	s := jen.Null()
	for i, c := range conds {
		if i > 0 {
			s.Op("&&")
		}
		if o, ok := c.(orCode); ok {
			if len(conds) > 1 {
				s.Parens(o.Statement)
			} else {
				s.Add(o.Statement)
			}
			continue
		}
		s.Add(c)
	}
	return s
}

// or joins conditions with ||, each parenthesized when it is a conjunction.
func or(conds [][]jen.Code) *jen.Statement {
	s := jen.Null()
	for i, c := range conds {
		if i > 0 {
			s.Op("||")
		}
		if len(c) > 1 {
			s.Parens(and(c))
		} else {
			s.Add(and(c))
		}
	}
	return s
}

// typeSwitch emits a Match on a sum type as a Go type switch when every
// arm is a variant (`When Card:`, `When Card with amount as a:` with only
// bindings in its fields, alternatives of bare variants) or a catch-all,
// without guards, each variant at most once. It reports whether it did.
func (f *fnGen) typeSwitch(b *[]jen.Code, s *ast.MatchStmt, at path, st check.Type, subjVar *check.Var) bool {
	if _, ok := st.(*check.Sum); !ok {
		return false
	}
	seen := map[*check.Record]bool{}
	variant := func(p ast.Pattern) *check.Record {
		r, _ := f.g.p.PatternTypes[p].(*check.Record)
		if r == nil || !check.IsVariantOf(r, st) || !sameGoType(f.g, r.Sum, st) {
			return nil
		}
		key := r
		if r.Generic != nil {
			key = r.Generic // instances of one variant: one Go case
		}
		if seen[key] {
			return nil
		}
		seen[key] = true
		return r
	}
	type tcase struct {
		types []*check.Record
		arm   *ast.WhenClause
		pat   ast.Pattern
	}
	var cases []tcase
	for _, arm := range s.Arms {
		if arm.Guard != nil {
			return false
		}
		if subjVar != nil && ast.Assigns(arm.Body, subjVar.Name) {
			return false
		}
		c := tcase{arm: arm}
		switch p := ast.UnparenPattern(arm.Pattern).(type) {
		case *ast.WildcardPattern, *ast.BindPattern:
		case *ast.TypePattern:
			r := variant(p)
			if r == nil {
				return false
			}
			c.types, c.pat = []*check.Record{r}, p
		case *ast.RecordPattern:
			r := variant(p)
			if r == nil {
				return false
			}
			for _, fp := range p.Fields {
				switch ast.UnparenPattern(fp.Value).(type) {
				case *ast.BindPattern, *ast.WildcardPattern:
				default:
					return false
				}
			}
			c.types, c.pat = []*check.Record{r}, p
		case *ast.OrPattern:
			for _, a := range p.Alts {
				tp, ok := ast.UnparenPattern(a).(*ast.TypePattern)
				if !ok || tp.Bind != nil {
					return false
				}
				r := variant(tp)
				if r == nil {
					return false
				}
				c.types = append(c.types, r)
			}
		default:
			return false
		}
		cases = append(cases, c)
		if c.types == nil {
			break // a catch-all: later arms never run
		}
	}
	// The switch binds the subject, under its own name when it is a
	// variable (narrowed in each single-variant case), when a case uses it.
	sym := ""
	if subjVar != nil {
		sym = f.varName(subjVar)
	} else {
		sym = f.names.name("value")
	}
	used := false
	var clauses []jen.Code
	f.enterSwitch()
	for _, c := range cases {
		var t armTest
		symPath := func() *jen.Statement { return jen.Id(sym) }
		var binds []armBind
		if len(c.types) == 1 {
			f.patTest(c.pat, symPath, c.types[0], &t)
			binds = t.binds
		} else if c.types == nil {
			f.patTest(c.arm.Pattern, symPath, st, &t)
			binds = t.binds
		}
		for _, bd := range binds {
			if bd.v != nil && bd.v.Used {
				used = true
			}
		}
		if subjVar != nil && f.g.usedWithin(subjVar, c.arm.Body.Sp) {
			used = true
		}
		body := f.armBody(c.arm, binds, nil, nil, symPath, st)
		if c.types == nil {
			clauses = append(clauses, jen.Default().Block(body...))
			break
		}
		var types []jen.Code
		for _, r := range c.types {
			types = append(types, f.g.goType(r))
		}
		clauses = append(clauses, f.g.line(c.arm.Sp.Start), jen.Case(types...).Block(body...))
		if c.arm.CatchAll {
			// The cases cover every variant: only a Go nil (from a Go
			// caller; no Runa value of a sum type is nil) is left. The
			// Match implements the fault.
			clauses = append(clauses, f.g.line(s.Sp.Start), jen.Default().Block(jen.Panic(jen.Qual(rtPath, "NoneOf").Call(jen.Lit(st.String())))))
		}
	}
	f.leaveSwitch()
	head := jen.Add(at()).Assert(jen.Type())
	if used {
		head = jen.Id(sym).Op(":=").Add(head)
	}
	*b = append(*b, jen.Switch(head).Block(clauses...))
	return true
}

// finallyAround reports whether sp lies inside the body or Catch of a Try
// that has a Finally: code there may read variables after a Return.
func (g *gen) finallyAround(sp ast.Span) bool {
	if g.finallySpans == nil {
		g.finallySpans = []ast.Span{}
		ast.Inspect(g.p.File, func(n ast.Node) bool {
			if t, ok := n.(*ast.TryStmt); ok && t.Finally != nil {
				g.finallySpans = append(g.finallySpans, t.Sp)
			}
			return true
		})
	}
	for _, t := range g.finallySpans {
		if !sp.Start.Before(t.Start) && sp.Start.Before(t.End) {
			return true
		}
	}
	return false
}
