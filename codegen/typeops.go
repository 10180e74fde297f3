package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// The Go of the Level 2 types (level2.md §10.9) and the type operations
// `type of`, `is of type` and `as` (§10.6, §10.7).
//
// A literal union is its base's Go type (string or int64), checked where a
// value that is not known to be a member enters it, against a package-level
// rt.Literals table. A type union is held as a Go any, its values checked
// against its members where an Any value enters it.

// goShape is the type whose Go shape t has: a literal union is its base, a
// type union is Any (inside Optionals too).
func goShape(t check.Type) check.Type {
	switch x := t.(type) {
	case *check.LitUnion:
		return x.Base
	case *check.Union:
		return check.AnyType
	case *check.Optional:
		switch e := x.Elem.(type) {
		case *check.LitUnion:
			return &check.Optional{Elem: e.Base}
		case *check.Union:
			return check.AnyType
		}
	}
	return t
}

// literalsVar names the rt.Literals table of a literal union, declaring it
// on first use.
func (g *gen) literalsVar(l *check.LitUnion) string {
	if name, ok := g.literals[l]; ok {
		return name
	}
	if g.literals == nil {
		g.literals = map[*check.LitUnion]string{}
	}
	base := l.Name
	if base == "" {
		base = "literal"
	}
	name := g.names.name(camel(base, false) + "Values")
	g.literals[l] = name
	g.literalTable(l, name)
	return name
}

// literalTable declares the rt.Literals table of l.
func (g *gen) literalTable(l *check.LitUnion, name string) {
	var vals []jen.Code
	for _, s := range l.Strs {
		vals = append(vals, jen.Lit(s))
	}
	for _, n := range l.Ints {
		vals = append(vals, jen.Lit(int(n)))
	}
	label := l.Name
	if label == "" {
		label = l.Spelled()
	}
	g.literalDecls = append(g.literalDecls, jen.Commentf("%s lists the members of the literal union %s.", name, label).Line().
		Var().Id(name).Op("=").Op("&").Qual(rtPath, "Literals").Types(g.goType(l.Base)).Values(jen.Dict{
		jen.Id("Name"):   jen.Lit(label),
		jen.Id("Values"): jen.Index().Add(g.goType(l.Base)).Values(vals...),
	}))
}

// declareLiterals names the tables of the program's literal unions (with
// the other package-level names) and declares them.
func (g *gen) declareLiterals(decl func(string) string) {
	for _, l := range g.p.LitUnions {
		if _, ok := g.literals[l]; ok {
			continue
		}
		if g.literals == nil {
			g.literals = map[*check.LitUnion]string{}
		}
		base := l.Name
		if base == "" {
			base = "literal"
		}
		g.literals[l] = decl(camel(base, false) + "Values")
	}
}

// literalTables declares the table of every literal union named so far.
func (g *gen) literalTables() {
	for _, l := range g.p.LitUnions {
		g.literalTable(l, g.literals[l])
	}
}

// intoUnion converts code, of static type from, into a slot of the union
// or literal union to; handled is false when to is neither. A value not
// known to fit is checked at run time (level2.md §10.2, §10.3).
func (f *fnGen) intoUnion(code *jen.Statement, from, to check.Type) (*jen.Statement, bool) {
	if o, ok := to.(*check.Optional); ok {
		if _, fromOpt := from.(*check.Optional); fromOpt || from == check.NoneType {
			return nil, false
		}
		inner, handled := f.intoUnion(code, from, o.Elem)
		if !handled {
			return nil, false
		}
		return f.conv(inner, goShape(o.Elem), goShape(to)), true
	}
	switch x := to.(type) {
	case *check.LitUnion:
		if l, ok := from.(*check.LitUnion); ok && l == x {
			return code, true
		}
		return jen.Id(f.g.literalsVar(x)).Dot("Check").Call(f.conv(code, goShape(from), x.Base)), true
	case *check.Union:
		if u, ok := from.(*check.Union); ok && u == x {
			return code, true
		}
		if m := x.Member(from); m != nil {
			return f.g.box(f.conv(code, goShape(from), goShape(m)), goShape(m)), true
		}
		boxed := f.conv(code, goShape(from), check.AnyType)
		names, lits := f.testNames(x)
		if len(lits) > 0 || len(names) == 0 {
			return boxed, true
		}
		args := append([]jen.Code{boxed, jen.Lit(x.String())}, names...)
		return jen.Qual(rtPath, "MemberOf").Call(args...), true
	}
	return nil, false
}

// testNames gives the dynamic type names that `is of type t` accepts, and
// the literal unions among its members (tested by value).
func (f *fnGen) testNames(t check.Type) (names []jen.Code, lits []*check.LitUnion) {
	var add func(t check.Type)
	add = func(t check.Type) {
		switch x := t.(type) {
		case *check.Basic:
			names = append(names, jen.Lit(x.String()))
		case *check.List:
			names = append(names, jen.Lit("List"))
		case *check.Dict:
			names = append(names, jen.Lit("Dictionary"))
		case *check.Record:
			r := x
			if r.Generic != nil {
				r = r.Generic
			}
			names = append(names, jen.Lit(r.Name))
		case *check.Func:
			names = append(names, jen.Lit("Process"))
		case *check.Awaitable:
			names = append(names, jen.Lit("Awaitable"))
		case *check.Generator:
			names = append(names, jen.Lit("Generator"))
		case *check.Optional:
			add(x.Elem)
			names = append(names, jen.Lit("None"))
		case *check.Union:
			for _, m := range x.Members {
				add(m)
			}
		case *check.LitUnion:
			lits = append(lits, x)
		}
	}
	add(t)
	return names, lits
}

// typeOfExpr emits `type of E`.
func (f *fnGen) typeOfExpr(b *[]jen.Code, e *ast.TypeOfExpr) *jen.Statement {
	return jen.Qual(rtPath, "TypeOf").Call(f.boxed(b, e.X))
}

// isTypeExpr emits `E is [not] of type T`.
func (f *fnGen) isTypeExpr(b *[]jen.Code, e *ast.IsTypeExpr) *jen.Statement {
	x := f.boxed(b, e.X)
	names, lits := f.testNames(f.g.p.TypeTests[e])
	if len(lits) > 0 && (len(names) > 0 || len(lits) > 1) && !simpleExpr(e.X) {
		tmp := f.names.name("value")
		*b = append(*b, jen.Id(tmp).Op(":=").Add(x))
		x = jen.Id(tmp)
	}
	var tests []*jen.Statement
	if len(names) > 0 {
		tests = append(tests, jen.Qual(rtPath, "IsOfType").Call(append([]jen.Code{x.Clone()}, names...)...))
	}
	for _, l := range lits {
		tests = append(tests, jen.Id(f.g.literalsVar(l)).Dot("IsMember").Call(x.Clone()))
	}
	if len(tests) == 0 {
		tests = append(tests, jen.True())
	}
	test := tests[0]
	for _, t := range tests[1:] {
		test = test.Op("||").Add(t)
	}
	if e.Not {
		if len(tests) > 1 {
			return jen.Op("!").Parens(test)
		}
		return jen.Op("!").Add(test)
	}
	return test
}

// asExpr emits `E as T` (level2.md §10.7).
func (f *fnGen) asExpr(b *[]jen.Code, e *ast.AsExpr) *jen.Statement {
	to := f.g.p.TypeTests[e]
	from := f.rawTyp(e.X)
	code := f.expr(b, e.X)
	if c, ok := f.intoUnion(code.Clone(), from, to); ok && !isAnyShape(from) {
		return c
	}
	gfrom, gto := goShape(from), goShape(to)
	switch {
	case sameGoType(f.g, gfrom, gto) && !isAnyShape(from):
		if l, ok := to.(*check.LitUnion); ok {
			c, _ := f.intoUnion(code, from, l)
			return c
		}
		return code
	case isNumeric(gfrom) && gto == check.Float:
		return f.conv(code, gfrom, gto)
	case optional(gfrom) && sameGoType(f.g, unwrap(gfrom), gto):
		return f.conv(code, gfrom, gto)
	case gto == check.AnyType:
		return f.conv(code, gfrom, gto)
	}
	if u, ok := to.(*check.Union); ok {
		c, _ := f.intoUnion(code, check.AnyType, u)
		return c
	}
	conv := jen.Qual(rtPath, "Convert").Types(f.g.goType(gto)).Call(f.conv(code, gfrom, check.AnyType))
	if l, ok := unwrap(to).(*check.LitUnion); ok && !optional(to) {
		return jen.Id(f.g.literalsVar(l)).Dot("Check").Call(conv)
	}
	return conv
}

// isAnyShape reports whether values of t are held as a Go any.
func isAnyShape(t check.Type) bool {
	switch goShape(t) {
	case check.AnyType, check.Unknown, check.NoneType:
		return true
	}
	return false
}

func isNumeric(t check.Type) bool {
	return t == check.Integer || t == check.Float || t == check.Number
}

// rawTyp is the checked type of e, unions kept (typ gives their Go shape).
func (f *fnGen) rawTyp(e ast.Expr) check.Type {
	if t, ok := f.g.p.Types[e]; ok {
		return t
	}
	return check.AnyType
}

// narrowed converts a variable of type from, read where `is of type`
// narrowed it to t.
func (f *fnGen) narrowed(code *jen.Statement, from, t check.Type) *jen.Statement {
	if isAnyShape(from) && !isAnyShape(t) {
		return f.fromAny(code, goShape(t))
	}
	return f.conv(code, from, t)
}

// isLiteralConstant reports whether e is a String or Integer literal,
// possibly parenthesized.
func isLiteralConstant(e ast.Expr) bool {
	e = ast.UnparenExpr(e)
	lit, ok := e.(*ast.BasicLit)
	return ok && (lit.Kind == ast.StringLit || lit.Kind == ast.IntLit)
}
