package check

import (
	"strconv"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Literal unions and type unions (level2.md §10.2, §10.3).

// Union is a type union: its members are normalised (no nested union, no
// None, no Any, Integer and Float joined into Number, at least two). Name
// is the declared name (`Type Reading is Integer OR String`), "" for a
// union written in place.
type Union struct {
	Name    string
	Members []Type
}

// Spelled is the union written out: `Integer OR String`.
func (u *Union) Spelled() string {
	parts := make([]string, len(u.Members))
	for i, m := range u.Members {
		parts[i] = m.String()
	}
	return strings.Join(parts, " OR ")
}

func (u *Union) String() string {
	if u.Name != "" {
		return u.Name
	}
	return u.Spelled()
}

// Member returns the member that a value of type t belongs to (t itself,
// or the member t is a subtype of), or nil.
func (u *Union) Member(t Type) Type {
	for _, m := range u.Members {
		if sameType(m, t) || equalType(m, t, 0) {
			return m
		}
	}
	for _, m := range u.Members {
		if subtypeOf(t, m) {
			return m
		}
	}
	return nil
}

// LitUnion is a literal union over String (Strs) or Integer (Ints): a
// subtype of its Base whose values are the literals.
type LitUnion struct {
	Name string
	Base Type // String or Integer
	Strs []string
	Ints []int64
}

// Spelled is the union written out: `"low" OR "high"`.
func (l *LitUnion) Spelled() string {
	return strings.Join(l.quoted(), " OR ")
}

func (l *LitUnion) quoted() []string {
	var parts []string
	for _, s := range l.Strs {
		parts = append(parts, strconv.Quote(s))
	}
	for _, n := range l.Ints {
		parts = append(parts, strconv.FormatInt(n, 10))
	}
	return parts
}

// Expected lists the members for a diagnostic: `"low", "mid" or "high"`.
func (l *LitUnion) Expected() string {
	q := l.quoted()
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

func (l *LitUnion) String() string {
	if l.Name != "" {
		return l.Name
	}
	return l.Spelled()
}

// Has reports whether the literal lit (a String or an Integer) is a member.
func (l *LitUnion) Has(lit *ast.BasicLit) bool {
	switch {
	case l.Base == String && lit.Kind == ast.StringLit:
		for _, s := range l.Strs {
			if s == lit.Str {
				return true
			}
		}
	case l.Base == Integer && lit.Kind == ast.IntLit:
		for _, n := range l.Ints {
			if n == lit.Int {
				return true
			}
		}
	}
	return false
}

// subtypeOf reports whether every value of t is a value of u without a
// run-time check: a literal union of its base, Integer or Float of Number.
func subtypeOf(t, u Type) bool {
	if t == u {
		return true
	}
	if l, ok := t.(*LitUnion); ok {
		return l.Base == u
	}
	if u == Number {
		return t == Integer || t == Float
	}
	if r, ok := t.(*Record); ok && r.Sum != nil {
		return r.Sum == u || IsVariantOf(r, u) && equalType(r.Sum, u, 0)
	}
	return false
}

// unionOf normalises a union of members (level2.md §10.3).
func unionOf(name string, members []Type) Type {
	var flat []Type
	none := false
	var add func(t Type)
	add = func(t Type) {
		switch x := t.(type) {
		case *Union:
			for _, m := range x.Members {
				add(m)
			}
			return
		case *Optional:
			none = true
			add(x.Elem)
			return
		}
		if t == NoneType {
			none = true
			return
		}
		for _, f := range flat {
			if sameType(f, t) || equalType(f, t, 0) {
				return
			}
		}
		flat = append(flat, t)
	}
	for _, m := range members {
		add(m)
	}
	var out []Type
	hasInt, hasFloat := false, false
	for _, t := range flat {
		if t == AnyType {
			return AnyType
		}
		hasInt = hasInt || t == Integer
		hasFloat = hasFloat || t == Float
	}
	for _, t := range flat {
		if hasInt && hasFloat && (t == Integer || t == Float) {
			if t == Integer {
				out = append(out, Number)
			}
			continue
		}
		out = append(out, t)
	}
	var t Type
	switch len(out) {
	case 0:
		return NoneType
	case 1:
		t = out[0]
	default:
		t = &Union{Name: name, Members: out}
	}
	if none {
		return optionalOf(t)
	}
	return t
}

// unionType resolves a written union `A OR B` / `Union[A, B]`: a literal
// union when every member is a literal, otherwise a type union. name is
// the declared name of an alias, "" in place.
func (c *checker) unionType(t *ast.TypeExpr, name string) Type {
	var lits []*ast.BasicLit
	var types []Type
	none := false
	for _, a := range t.Args {
		switch {
		case a.Lit != nil:
			lits = append(lits, a.Lit)
		case a.Name == "None" && len(a.Args) == 0:
			none = true
		default:
			types = append(types, c.typeOf(a))
		}
	}
	if len(lits) > 0 {
		l := c.litUnion(t, lits, name)
		if len(types) > 0 {
			types = append(types, l)
		} else {
			if none {
				return optionalOf(l)
			}
			return l
		}
	}
	if none {
		types = append(types, NoneType)
	}
	return unionOf(name, types)
}

// litUnion builds the literal union of lits.
func (c *checker) litUnion(t *ast.TypeExpr, lits []*ast.BasicLit, name string) *LitUnion {
	l := &LitUnion{Name: name}
	if c.final || c.passes == 0 {
		defer func() { c.prog.LitUnions = append(c.prog.LitUnions, l) }()
	}
	for _, lit := range lits {
		base := Type(String)
		if lit.Kind == ast.IntLit {
			base = Integer
		}
		if l.Base == nil {
			l.Base = base
		} else if l.Base != base {
			c.diags.Errorf(t.Sp, CodeMixedLiterals, "", "a literal union mixes String and Integer literals")
			continue
		}
		if lit.Kind == ast.IntLit {
			l.Ints = append(l.Ints, lit.Int)
		} else {
			l.Strs = append(l.Strs, lit.Str)
		}
	}
	return l
}

// namedType resolves an alias whose target is a union: the union named
// after the alias, made once.
func (c *checker) namedType(a *ast.TypeDecl) (Type, bool) {
	name := c.aliasNames[a]
	if t, ok := c.named[name]; ok {
		return t, true
	}
	target := a.Alias
	if !target.Or && target.Lit == nil && target.Name != "Union" {
		return nil, false
	}
	if c.named == nil {
		c.named = map[string]Type{}
	}
	var t Type
	if target.Lit != nil {
		t = c.litUnion(target, []*ast.BasicLit{target.Lit}, name)
	} else {
		t = c.unionType(target, name)
	}
	c.named[name] = t
	return t, true
}

// joinUnions joins a union or a literal union with another type (level2.md
// §10.2, §10.3): L ⊔ L = L, L ⊔ its base = the base, two different
// literal unions give the base; U ⊔ U = U, U ⊔ a member of U = U.
func joinUnions(a, b Type) (Type, bool) {
	if la, ok := a.(*LitUnion); ok {
		switch y := b.(type) {
		case *LitUnion:
			if la == y {
				return la, true
			}
			if la.Base == y.Base {
				return la.Base, true
			}
		case *Union:
			if y.Member(la) != nil {
				return y, true
			}
		}
		if la.Base == b {
			return b, true
		}
		if isNumeric(b) && la.Base == Integer {
			return Number, true
		}
		return nil, false
	}
	if _, ok := b.(*LitUnion); ok {
		return joinUnions(b, a)
	}
	if ua, ok := a.(*Union); ok {
		if ub, ok := b.(*Union); ok {
			if ua == ub {
				return ua, true
			}
			return nil, false
		}
		if ua.Member(b) != nil {
			return ua, true
		}
		return nil, false
	}
	if _, ok := b.(*Union); ok {
		return joinUnions(b, a)
	}
	return nil, false
}

// unionAssignable decides assignable for union and literal-union slots and
// values (handled false when neither is one).
func unionAssignable(t, v Type) (ok, handled bool) {
	switch x := t.(type) {
	case *LitUnion:
		if y, isLit := v.(*LitUnion); isLit {
			return x == y || x.Base == y.Base, true
		}
		return v == x.Base, true // checked at run time
	case *Union:
		if y, isUnion := v.(*Union); isUnion {
			for _, m := range y.Members {
				if x.Member(m) == nil {
					return false, true
				}
			}
			return true, true
		}
		return x.Member(v) != nil, true
	}
	switch y := v.(type) {
	case *LitUnion:
		return assignable(t, y.Base), true
	case *Union:
		for _, m := range y.Members {
			if !assignable(t, m) {
				return false, true
			}
		}
		return true, true
	}
	return false, false
}

// unionFlow reports a value flowing into a union or literal-union slot
// that does not fit, with level2.md §15.1's messages; it reports whether
// the slot was one (the caller's own check is then skipped).
func (c *checker) unionFlow(slot Type, e ast.Expr, vt Type) bool {
	slot = unwrapOpt(slot)
	switch s := slot.(type) {
	case *LitUnion:
		if c.literalConstant(e, s) {
			return true
		}
		if ok, _ := unionAssignable(s, unwrapOpt(vt)); !ok && vt != AnyType && vt != Unknown && vt != NoneType {
			c.errorf(e.Span(), CodeNotMember, "", "%s is not a member of %s (%s)", vt, s, s.Spelled())
		}
		return true
	case *Union:
		if ok, _ := unionAssignable(s, unwrapOpt(vt)); !ok && vt != AnyType && vt != Unknown && vt != NoneType {
			c.errorf(e.Span(), CodeNotMember, "", "%s is not a member of %s (%s)", vt, s, s.Spelled())
		}
		return true
	}
	return false
}

// literalConstant reports a constant (a literal, possibly parenthesized)
// flowing into a literal-union slot that is not one of its members; it
// reports whether e was such a constant.
func (c *checker) literalConstant(e ast.Expr, slot Type) bool {
	l, ok := unwrapOpt(slot).(*LitUnion)
	if !ok {
		return false
	}
	lit, isLit := ast.UnparenExpr(e).(*ast.BasicLit)
	if !isLit || (lit.Kind != ast.StringLit && lit.Kind != ast.IntLit) {
		return false
	}
	if !l.Has(lit) {
		c.errorf(e.Span(), CodeNotLiteral, "", "%s is not a %s (expected %s)", lit.Raw, l, l.Expected())
	}
	return true
}

// operandView is the type an operation (op, written at opSp) sees for its
// operand x of type t: a literal union is its base (a subtype of String
// or Integer); a type union must be narrowed first and a type parameter
// supports no such operation (level2.md §10.3, §10.4), both reported and
// seen as Any.
func (c *checker) operandView(x ast.Expr, t Type, op string, opSp ast.Span) Type {
	switch u := unwrapOpt(t).(type) {
	case *LitUnion:
		if _, opt := t.(*Optional); opt {
			return optionalOf(u.Base)
		}
		return u.Base
	case *Union:
		name, hint := "this value", "If it is of type "+u.Members[0].String()+": …, or Match it"
		if id, ok := x.(*ast.Ident); ok {
			name, hint = id.Name, "If "+id.Name+" is of type "+u.Members[0].String()+": …, or Match "+id.Name
		}
		c.errorf(x.Span(), CodeUnnarrowed, hint, "%s is %s here; narrow it first", name, u.Spelled())
		return AnyType
	case *TypeParam:
		c.typeParamOp(opSp, op, u)
		return AnyType
	}
	return t
}

// declareUnions resolves the declared unions in source order, so that each
// is checked (and listed in Program.LitUnions) once, used or not.
func (c *checker) declareUnions(f *ast.File) {
	for _, s := range f.Stmts {
		if td, ok := s.(*ast.TypeDecl); ok && td.Alias != nil && c.aliases[c.key(td.Name.Name)] == td {
			c.namedType(td)
		}
	}
}
