package check

import (
	"sort"
	"strconv"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Match statements and their patterns (runa.md §3, level2.md §9).

// typeNarrowing is a variable with a narrowed type in part of a body: the
// subject of a Match inside an arm whose pattern names a type (§9.3).
type typeNarrowing struct {
	v    *Var
	t    Type
	proc *Proc
}

// narrowedType returns the type v is narrowed to here, or nil.
func (c *checker) narrowedType(v *Var) Type {
	for i := len(c.typeNarrow) - 1; i >= 0; i-- {
		if n := c.typeNarrow[i]; n.v == v && n.proc == c.proc {
			return n.t
		}
	}
	return nil
}

func (c *checker) matchStmt(s *ast.MatchStmt) {
	st := c.expr(s.Subject)
	var subject *Var
	if id, ok := s.Subject.(*ast.Ident); ok {
		subject, _ = c.prog.Uses[id].(*Var)
		if subject == nil {
			subject = c.lookupVar(id.Name)
		}
	}
	seen := map[string]bool{}
	catchAll, noneSeen := false, false
	for _, arm := range s.Arms {
		pat := ast.UnparenPattern(arm.Pattern)
		if catchAll {
			c.warnf(arm.Sp, "W305", "delete it, or move it before the catch-all arm", "this When arm never runs: an earlier arm matches everything")
		}
		if lp, ok := pat.(*ast.LiteralPattern); ok && arm.Guard == nil {
			key := lp.Value.Raw
			if lp.Value.Kind == ast.StringLit {
				key = "s" + lp.Value.Str
			}
			if seen[key] {
				c.warnf(arm.Sp, "W305", "delete it: the first arm with this pattern wins", "this When arm never runs: the same pattern appears earlier")
			}
			seen[key] = true
		}
		top := st
		if noneSeen {
			top = unwrapOpt(st)
		}
		binds := map[*Var]Type{}
		_, typeOf := ast.UnparenExpr(s.Subject).(*ast.TypeOfExpr)
		saved := c.typeOfSubject
		c.typeOfSubject = typeOf
		c.pattern(arm.Pattern, st, top, binds)
		c.typeOfSubject = saved
		for v, t := range binds {
			c.flow(v.Slot, t)
		}
		arm.CatchAll = false
		if arm.Guard == nil {
			switch p := pat.(type) {
			case *ast.WildcardPattern, *ast.BindPattern:
				catchAll = true
			case *ast.LiteralPattern:
				noneSeen = noneSeen || p.Value.Kind == ast.NoneLit
			}
			if !catchAll && c.irrefutable(pat, st) {
				catchAll, arm.CatchAll = true, true
			}
		}
		var narrowed Type
		if subject != nil {
			narrowed = c.armNarrowing(pat, st, subject, arm.Body)
		}
		c.scoped(func() {
			for _, id := range ast.AllPatternBindings(arm.Pattern) {
				c.setVar(c.prog.Defs[id])
			}
			n := len(c.typeNarrow)
			if narrowed != nil {
				c.typeNarrow = append(c.typeNarrow, typeNarrowing{subject, narrowed, c.proc})
				if c.final {
					c.prog.ArmNarrow[arm] = narrowed
				}
			}
			if arm.Guard != nil {
				saved := c.guardBinds
				c.guardBinds = map[*Var]bool{}
				for v := range binds {
					c.guardBinds[v] = true
				}
				c.guard(arm.Guard)
				c.guardBinds = saved
			}
			c.block(arm.Body)
			c.typeNarrow = c.typeNarrow[:n]
		})
	}
	if !catchAll {
		c.coverage(s, st)
	}
}

// irrefutable reports whether p matches every value of static type st.
func (c *checker) irrefutable(p ast.Pattern, st Type) bool {
	switch p := ast.UnparenPattern(p).(type) {
	case *ast.WildcardPattern, *ast.BindPattern:
		return true
	case *ast.TypePattern:
		t := c.patternType(p)
		return t == AnyType || t == st || t == Number && isNumeric(st)
	case *ast.RecordPattern:
		r, ok := c.patternType(p).(*Record)
		if ok && r.IsGeneric() {
			r = patternInstance(r, st)
		}
		if !ok || (Type(r) != st && !(r.Generic != nil && sameType(r, st))) {
			return false
		}
		for _, f := range p.Fields {
			fd := r.Field(f.Name.Name)
			if fd == nil || !c.irrefutable(f.Value, fd.Type) {
				return false
			}
		}
		return true
	case *ast.OrPattern:
		for _, a := range p.Alts {
			if c.irrefutable(a, st) {
				return true
			}
		}
	}
	return false
}

// guard checks the condition of a guarded arm: it must be a Boolean.
func (c *checker) guard(e ast.Expr) {
	t := c.expr(e)
	if t != Boolean && t != AnyType && t != Unknown {
		c.errorf(e.Span(), CodeConditionType, "compare it explicitly, e.g. `If n is greater than 0`", "a guard must be a Boolean, not %s", t)
	}
}

// armNarrowing returns the type the subject variable v has in the body
// of an arm whose pattern is a single type, `of type`, variant or record
// pattern (§9.3), or nil. Narrowing ends at an assignment to v, so a body
// that assigns v does not narrow it.
func (c *checker) armNarrowing(p ast.Pattern, st Type, v *Var, body *ast.Block) Type {
	var t Type
	switch p := p.(type) {
	case *ast.TypePattern, *ast.RecordPattern:
		t = c.prog.PatternTypes[p]
		if t == nil {
			t = c.patternType(p)
		}
	}
	if t == nil || t == st || t == AnyType || t == Unknown {
		return nil
	}
	if ast.Assigns(body, v.Name) {
		return nil
	}
	return t
}

// patternType resolves the type a type or record pattern tests for.
func (c *checker) patternType(p ast.Pattern) Type {
	switch p := p.(type) {
	case *ast.TypePattern:
		return c.typeOf(p.Type)
	case *ast.RecordPattern:
		name := p.Type.Name
		if p.Sum != nil {
			if s := c.sums[c.key(p.Sum.Name)]; s != nil {
				if v := s.Variant(name); v != nil {
					return v
				}
			}
			c.errorf(p.Type.Sp, CodeUnknownType, "", "%s has no variant %q", p.Sum.Name, name)
			return AnyType
		}
		if r, ok := c.records[c.key(name)]; ok {
			return r
		}
		return c.typeOf(&ast.TypeExpr{Sp: p.Type.Sp, Name: name})
	}
	return nil
}

// pattern checks p against a value of static type st (top is st without
// None after an unguarded `When None:`, for a top-level binding) and
// records the type each binding receives in binds.
func (c *checker) pattern(p ast.Pattern, st, top Type, binds map[*Var]Type) {
	switch p := p.(type) {
	case *ast.ParenPattern:
		c.pattern(p.X, st, top, binds)
	case *ast.WildcardPattern:
	case *ast.BindPattern:
		c.bind(p.Name, top, binds)
	case *ast.LiteralPattern:
		lt := c.expr(p.Value)
		if !c.literalFits(p, st, lt) {
			return
		}
		if !c.patternFits(p, st, lt) {
			c.comparable(p.Value.Sp, st, lt)
		}
	case *ast.OrPattern:
		var names []map[string]bool
		for _, a := range p.Alts {
			c.pattern(a, st, top, binds)
			set := map[string]bool{}
			for _, id := range ast.PatternBindings(a) {
				set[id.Name] = true
			}
			names = append(names, set)
		}
		if missing := missingBinding(names); missing != "" {
			c.errorf(p.Sp, CodeOrBindings, "bind the same names in every alternative, or split the arm in two", "the alternatives of this pattern bind different names (%q is missing from one)", missing)
		}
	case *ast.ListPattern:
		c.listPattern(p, st, binds)
	case *ast.DictPattern:
		c.dictPattern(p, st, binds)
	case *ast.RecordPattern:
		c.recordPattern(p, st, binds)
	case *ast.TypePattern:
		if names := typeNames(p); c.typeOfSubject && names != nil {
			// `Match type of x:` + `When Integer:` (level2.md §9.1): a
			// String pattern for the type's name.
			if c.final {
				c.prog.NamePatterns[p] = names
			}
			return
		}
		t := c.patternType(p)
		bt := t
		if r, ok := t.(*Record); ok && r.Generic != nil {
			t = patternInstance(r.Generic, st)
			if sr, ok := unwrapOpt(st).(*Record); (!ok || sr != t) && !IsVariantOf(t, unwrapOpt(st)) {
				bt = AnyType // some Box: its arguments are not known
			} else {
				bt = t
			}
		}
		if c.final {
			c.prog.PatternTypes[p] = t
		}
		if !typeCanMatch(t, st) {
			c.errorf(p.Sp, CodePatternType, "", "pattern %s (%s) can never match a value of type %s", p.Type.Name, t, st)
		}
		if p.Bind != nil {
			c.bind(p.Bind, bt, binds)
		}
	}
}

// bind records that the binding id receives a value of type t.
func (c *checker) bind(id *ast.Ident, t Type, binds map[*Var]Type) {
	v := c.prog.Defs[id]
	if v == nil {
		return
	}
	if old, ok := binds[v]; ok {
		t = c.join(old, t)
	}
	binds[v] = t
}

// missingBinding returns a name bound by some alternative and not by
// another (the first in sorted order), or "".
func missingBinding(sets []map[string]bool) string {
	all := map[string]bool{}
	for _, s := range sets {
		for n := range s {
			all[n] = true
		}
	}
	var names []string
	for n := range all {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, s := range sets {
			if !s[n] {
				return n
			}
		}
	}
	return ""
}

// literalFits reports a literal pattern against a subject that is a
// collection or record (it can never match) and returns false after the
// error.
func (c *checker) literalFits(p *ast.LiteralPattern, st, lt Type) bool {
	if lt == NoneType {
		return true
	}
	switch st.(type) {
	case *List, *Dict, *Record, *Sum:
		c.errorf(p.Value.Sp, CodePatternType, "", "pattern %s (%s) can never match a value of type %s", p.Value.Raw, lt, st)
		return false
	}
	return true
}

// open reports whether a value of static type st may be of any type at
// run time: Any, not known, or a type the patterns cannot see into (a
// union, a type parameter).
func open(st Type) bool {
	switch unwrapOpt(st).(type) {
	case *Basic, *List, *Dict, *Record, *Sum, *Func, *Awaitable, *Generator, *Manager:
		return unwrapOpt(st) == AnyType || unwrapOpt(st) == Unknown
	}
	return true
}

func (c *checker) listPattern(p *ast.ListPattern, st Type, binds map[*Var]Type) {
	var elem Type = AnyType
	var elemCell *TVar
	switch x := unwrapOpt(st).(type) {
	case *List:
		elem, elemCell = x.Elem.Type(), x.Elem
	default:
		if !open(st) {
			c.errorf(p.Sp, CodePatternType, "", "a list pattern can never match a value of type %s", st)
			return
		}
	}
	for _, it := range p.Items {
		c.pattern(it, elem, elem, binds)
	}
	if p.Rest != nil {
		if elemCell == nil {
			elemCell = &TVar{t: AnyType, fixed: true}
		}
		c.bind(p.Rest.Name, &List{Elem: elemCell}, binds)
	}
}

func (c *checker) dictPattern(p *ast.DictPattern, st Type, binds map[*Var]Type) {
	switch x := unwrapOpt(st).(type) {
	case *Dict:
		kt := x.Key.Type()
		for _, e := range p.Entries {
			lt := c.expr(e.Key)
			if kt != Unknown && kt != AnyType && lt != kt {
				c.errorf(e.Key.Sp, CodePatternType, "", "pattern key %s (%s) can never match a key of type %s", e.Key.Raw, lt, kt)
			}
			vt := x.Val.Type()
			c.pattern(e.Value, vt, vt, binds)
		}
		return
	case *Record:
		for _, e := range p.Entries {
			c.expr(e.Key)
			f := x.Field(e.Key.Str)
			if e.Key.Kind != ast.StringLit || f == nil {
				c.errorf(e.Key.Sp, CodeUnknownField, "", "%s has no field %s", x.Name, e.Key.Raw)
				continue
			}
			c.pattern(e.Value, f.Type, f.Type, binds)
		}
		return
	}
	if !open(st) {
		c.errorf(p.Sp, CodePatternType, "", "a dictionary pattern can never match a value of type %s", st)
		return
	}
	for _, e := range p.Entries {
		c.expr(e.Key)
		c.pattern(e.Value, AnyType, AnyType, binds)
	}
}

func (c *checker) recordPattern(p *ast.RecordPattern, st Type, binds map[*Var]Type) {
	t := c.patternType(p)
	if c.final {
		c.prog.PatternTypes[p] = t
	}
	r, ok := t.(*Record)
	if !ok {
		if t != AnyType {
			c.errorf(p.Type.Sp, CodeUnknownRecord, "", "%q is not a record type or a variant", p.Type.Name)
		}
		return
	}
	if r.IsGeneric() {
		r = patternInstance(r, st)
		if c.final {
			c.prog.PatternTypes[p] = r
		}
	}
	if !typeCanMatch(r, st) {
		c.errorf(p.Sp, CodePatternType, "", "pattern %s (%s) can never match a value of type %s", r.Name, r.Name, st)
	}
	for _, fp := range p.Fields {
		f := r.Field(fp.Name.Name)
		if f == nil {
			c.errorf(fp.Name.Sp, CodeUnknownField, "", "%s has no field %q", r.Name, fp.Name.Name)
			continue
		}
		c.pattern(fp.Value, f.Type, f.Type, binds)
	}
}

// typeCanMatch reports whether some value of static type st can be of
// type t (a type pattern or record pattern's type).
func typeCanMatch(t, st Type) bool {
	if t == AnyType || t == Unknown || open(st) {
		return true
	}
	if t == NoneType {
		_, opt := st.(*Optional)
		return opt || st == NoneType
	}
	if u, ok := t.(*Union); ok {
		for _, m := range u.Members {
			if typeCanMatch(m, st) {
				return true
			}
		}
		return false
	}
	base := unwrapOpt(st)
	if t == base {
		return true
	}
	if isNumeric(t) && isNumeric(base) {
		return true
	}
	switch x := t.(type) {
	case *List:
		_, ok := base.(*List)
		return ok
	case *Dict:
		_, ok := base.(*Dict)
		return ok
	case *Record:
		return x.Sum != nil && sameSum(x.Sum, sumOf(base)) || sameGeneric(x, base)
	case *Sum:
		return sameSum(sumOf(base), x)
	}
	return false
}

// coverage warns when a Match on a sum type or a Boolean without a
// catch-all arm does not cover every member (§9.3): `Match on Reply does
// not cover Pending`.
func (c *checker) coverage(s *ast.MatchStmt, st Type) {
	var members []string
	covered := map[string]bool{}
	var mark func(p ast.Pattern)
	switch x := st.(type) {
	case *Sum:
		for _, v := range x.Variants {
			members = append(members, v.Name)
		}
		mark = func(p ast.Pattern) {
			switch p := p.(type) {
			case *ast.TypePattern:
				if r, ok := c.patternType(p).(*Record); ok {
					covered[r.Name] = true
				}
				if u, ok := c.patternType(p).(*Union); ok {
					for _, m := range u.Members {
						if r, ok := m.(*Record); ok {
							covered[r.Name] = true
						}
					}
				}
				if t, ok := c.patternType(p).(*Sum); ok && sameSum(t, x) {
					for _, m := range members {
						covered[m] = true
					}
				}
			case *ast.RecordPattern:
				if r, ok := c.patternType(p).(*Record); ok && irrefutableFields(p) {
					covered[r.Name] = true
				}
			}
		}
	default:
		if st != Boolean {
			return
		}
		members = []string{"true", "false"}
		mark = func(p ast.Pattern) {
			if lp, ok := p.(*ast.LiteralPattern); ok && lp.Value.Kind == ast.BoolLit {
				covered[strconv.FormatBool(lp.Value.Bool)] = true
			}
		}
	}
	var lastCovers *ast.WhenClause
	for _, arm := range s.Arms {
		if arm.Guard != nil {
			continue
		}
		before := len(covered)
		p := ast.UnparenPattern(arm.Pattern)
		if or, ok := p.(*ast.OrPattern); ok {
			for _, a := range or.Alts {
				mark(ast.UnparenPattern(a))
			}
		} else {
			mark(p)
		}
		if len(covered) > before {
			lastCovers = arm
		}
	}
	if len(s.Arms) == 0 || lastCovers != s.Arms[len(s.Arms)-1] {
		lastCovers = nil // later arms would become unreachable
	}
	var missing []string
	for _, m := range members {
		if !covered[m] {
			missing = append(missing, m)
		}
	}
	if _, sum := st.(*Sum); sum && len(missing) == 0 && lastCovers != nil {
		// Every variant is covered: a value that reaches the last
		// covering arm is of the variants it covers.
		lastCovers.CatchAll = true
	}
	if len(missing) > 0 {
		c.warnf(s.Subject.Span(), CodeMatchCoverage, "add the missing arms, or a \"When _:\" arm", "Match on %s does not cover %s", st, strings.Join(missing, ", "))
	}
}

// irrefutableFields reports whether every field pattern of p matches any
// value (bindings and _).
func irrefutableFields(p *ast.RecordPattern) bool {
	for _, f := range p.Fields {
		switch ast.UnparenPattern(f.Value).(type) {
		case *ast.BindPattern, *ast.WildcardPattern:
		default:
			return false
		}
	}
	return true
}

// typeNames returns the type names a type pattern without a binding
// spells (one, or the members of `A OR B`), or nil.
func typeNames(p *ast.TypePattern) []string {
	if p.Bind != nil {
		return nil
	}
	var names []string
	var add func(t *ast.TypeExpr) bool
	add = func(t *ast.TypeExpr) bool {
		switch {
		case t.Or:
			for _, a := range t.Args {
				if !add(a) {
					return false
				}
			}
			return true
		case t.Lit != nil, t.Arrow, len(t.Args) > 0, t.Name == "":
			return false
		}
		names = append(names, t.Name)
		return true
	}
	if !add(p.Type) {
		return nil
	}
	return names
}
