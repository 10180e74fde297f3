package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// patTest lowers pattern p, matched against the value that at reads (of
// static type t), into out's conditions and bindings (level2.md §9.2).
func (f *fnGen) patTest(p ast.Pattern, at path, t check.Type, out *armTest) {
	switch p := p.(type) {
	case *ast.ParenPattern:
		f.patTest(p.X, at, t, out)
	case *ast.WildcardPattern:
	case *ast.BindPattern:
		out.binds = append(out.binds, armBind{f.g.p.Defs[p.Name], at, t})
	case *ast.LiteralPattern:
		out.conds = append(out.conds, f.litTest(p.Value, at, t))
	case *ast.TypePattern:
		if names := f.g.p.NamePatterns[p]; names != nil {
			// Under `Match type of E:`, the subject String is a name.
			var cond *jen.Statement
			for _, n := range names {
				c := at().Op("==").Lit(n)
				if cond == nil {
					cond = c
				} else {
					cond = cond.Op("||").Add(c)
				}
			}
			out.conds = append(out.conds, cond)
			return
		}
		pt := f.g.p.PatternTypes[p]
		cond, read, rt := f.typeTest(at, t, pt)
		if cond != nil {
			out.conds = append(out.conds, cond)
		}
		if p.Bind != nil {
			out.binds = append(out.binds, armBind{f.g.p.Defs[p.Bind], read, rt})
		}
	case *ast.ListPattern:
		f.listTest(p, at, t, out)
	case *ast.DictPattern:
		f.dictTest(p, at, t, out)
	case *ast.RecordPattern:
		pt, _ := f.g.p.PatternTypes[p].(*check.Record)
		if pt == nil {
			out.conds = append(out.conds, jen.False())
			return
		}
		if f.anyInstancePattern(p, at, t, pt, out) {
			return
		}
		cond, read, _ := f.typeTest(at, t, pt)
		if cond != nil {
			out.conds = append(out.conds, cond)
		}
		for _, fp := range p.Fields {
			fd := pt.Field(fp.Name.Name)
			if fd == nil {
				continue
			}
			name := f.g.fieldName(pt, fd.Name)
			f.patTest(fp.Value, func() *jen.Statement { return read().Dot(name) }, fd.Type, out)
		}
	case *ast.OrPattern:
		f.orTest(p, at, t, out)
	}
}

// litTest is the condition that the value equals a literal.
func (f *fnGen) litTest(lit *ast.BasicLit, at path, t check.Type) *jen.Statement {
	if lit.Kind == ast.NoneLit {
		return f.noneTest(at, t)
	}
	switch {
	case t == check.Integer && lit.Kind == ast.IntLit, t == check.String && lit.Kind == ast.StringLit,
		t == check.Float && lit.Kind == ast.FloatLit:
		return at().Op("==").Add(f.literal(lit))
	case t == check.Boolean && lit.Kind == ast.BoolLit:
		if lit.Bool {
			return at()
		}
		return jen.Op("!").Add(at())
	case t == check.Float && lit.Kind == ast.IntLit:
		return at().Op("==").Lit(float64(lit.Int))
	case t == check.Integer && lit.Kind == ast.FloatLit:
		return jen.Float64().Parens(at()).Op("==").Add(f.literal(lit))
	}
	return jen.Qual(rtPath, "Equal").Call(f.g.box(at(), t), f.literal(lit))
}

// noneTest is the condition that the value is None.
func (f *fnGen) noneTest(at path, t check.Type) *jen.Statement {
	if isScalarOpt(t) {
		return jen.Op("!").Add(at()).Dot("Ok")
	}
	if _, ok := t.(*check.Optional); ok {
		return at().Op("==").Nil()
	}
	if _, ok := t.(*check.Sum); ok {
		return at().Op("==").Nil()
	}
	return jen.Qual(rtPath, "IsNone").Call(f.g.box(at(), t))
}

// typeTest returns the condition that the value (of static type t) is of
// type pt, nil when it always is, with the read of the value as a pt and
// that read's static type.
func (f *fnGen) typeTest(at path, t, pt check.Type) (*jen.Statement, path, check.Type) {
	if pt == nil || pt == check.AnyType || pt == check.Unknown {
		return nil, at, t
	}
	if pt == check.NoneType {
		return f.noneTest(at, t), at, t
	}
	base := unwrap(t)
	if _, opt := t.(*check.Optional); opt && (base == pt || subtype(base, pt)) {
		if isScalarOpt(t) {
			return at().Dot("Ok"), func() *jen.Statement { return at().Dot("V") }, base
		}
		return at().Op("!=").Nil(), at, base
	}
	if t == pt || subtype(t, pt) {
		return nil, at, t
	}
	if t == check.Number {
		switch pt {
		case check.Integer:
			return jen.Op("!").Add(at()).Dot("IsFloat").Call(), func() *jen.Statement { return at().Dot("Int64").Call() }, pt
		case check.Float:
			return at().Dot("IsFloat").Call(), func() *jen.Statement { return at().Dot("Float64").Call() }, pt
		}
	}
	if u, ok := pt.(*check.Union); ok {
		// `When Circle OR Square:` on a typed subject: any member's test.
		var cond *jen.Statement
		for _, m := range u.Members {
			c, _, _ := f.typeTest(at, t, m)
			if c == nil {
				return nil, at, t
			}
			if cond == nil {
				cond = c
			} else {
				cond = cond.Op("||").Add(c)
			}
		}
		return cond, at, t
	}
	boxed := func() *jen.Statement { return f.g.box(at(), t) }
	var cond *jen.Statement
	switch x := pt.(type) {
	case *check.List:
		cond = jen.Qual(rtPath, "ListLen").Call(boxed()).Op(">=").Lit(0)
	case *check.Dict:
		cond = jen.Qual(rtPath, "IsDict").Call(boxed())
	case *check.Record, *check.Sum:
		if r, ok := x.(*check.Record); ok && r.Generic != nil && !check.ConcreteArgs(r) || ok && r.Generic != nil && anyArgs(r) {
			// Some instance of a generic record: tested by name, held as Any.
			return jen.Qual(rtPath, "IsOfType").Call(boxed(), jen.Lit(r.Name)), boxed, check.AnyType
		}
		cond = jen.Qual(rtPath, "Is").Types(f.g.goType(x)).Call(boxed())
		return cond, func() *jen.Statement { return f.narrow(boxed(), check.AnyType, pt) }, pt
	default:
		if pt == check.Number {
			cond = jen.Qual(rtPath, "Is").Types(jen.Int64()).Call(boxed()).Op("||").Qual(rtPath, "Is").Types(jen.Float64()).Call(boxed())
		} else {
			cond = jen.Qual(rtPath, "Is").Types(f.g.goType(pt)).Call(boxed())
		}
	}
	return cond, func() *jen.Statement { return f.narrow(boxed(), check.AnyType, pt) }, pt
}

// subtype reports whether every value of t is a pt without conversion
// in Go: a variant of the sum type pt.
func subtype(t, pt check.Type) bool {
	r, ok := t.(*check.Record)
	return ok && r.Sum != nil && (check.Type(r.Sum) == pt || check.IsVariantOf(r, pt) && goTypeEqual(r.Sum, pt))
}

func (f *fnGen) listTest(p *ast.ListPattern, at path, t check.Type, out *armTest) {
	n := len(p.Items)
	op := "=="
	if p.Rest != nil {
		op = ">="
	}
	if l, ok := unwrap(t).(*check.List); ok {
		if _, opt := t.(*check.Optional); opt {
			out.conds = append(out.conds, at().Op("!=").Nil())
		}
		out.conds = append(out.conds, at().Dot("Len").Call().Op(op).Lit(n))
		elem := l.Elem.Type()
		for i, it := range p.Items {
			f.patTest(it, func() *jen.Statement { return at().Dot("At").Call(jen.Lit(i)) }, elem, out)
		}
		if p.Rest != nil {
			out.binds = append(out.binds, armBind{f.g.p.Defs[p.Rest.Name], func() *jen.Statement { return at().Dot("Rest").Call(jen.Lit(n)) }, unwrap(t)})
		}
		return
	}
	boxed := func() *jen.Statement { return f.g.box(at(), t) }
	out.conds = append(out.conds, jen.Qual(rtPath, "ListLen").Call(boxed()).Op(op).Lit(n))
	for i, it := range p.Items {
		f.patTest(it, func() *jen.Statement { return jen.Qual(rtPath, "ListItem").Call(boxed(), jen.Lit(i)) }, check.AnyType, out)
	}
	if p.Rest != nil {
		v := f.g.p.Defs[p.Rest.Name]
		var vt check.Type = check.AnyType
		if v != nil {
			vt = v.Type()
		}
		read := func() *jen.Statement { return jen.Qual(rtPath, "ListRest").Call(boxed(), jen.Lit(n)) }
		if l, ok := vt.(*check.List); !ok || l.Elem.Type() != check.AnyType {
			// The rest's variable has another type: convert the new list.
			inner := read
			read = func() *jen.Statement { return f.fromAny(inner(), vt) }
		}
		out.binds = append(out.binds, armBind{v, read, vt})
	}
}

func (f *fnGen) dictTest(p *ast.DictPattern, at path, t check.Type, out *armTest) {
	switch x := unwrap(t).(type) {
	case *check.Dict:
		if _, opt := t.(*check.Optional); opt {
			out.conds = append(out.conds, at().Op("!=").Nil())
		}
		kt := x.Key.Type()
		for _, e := range p.Entries {
			key := f.conv(f.literal(e.Key), f.typ(e.Key), kt)
			out.conds = append(out.conds, at().Dot("Has").Call(key.Clone()))
			f.patTest(e.Value, func() *jen.Statement { return at().Dot("Get").Call(key.Clone()) }, x.Val.Type(), out)
		}
		return
	case *check.Record:
		if _, opt := t.(*check.Optional); opt {
			out.conds = append(out.conds, at().Op("!=").Nil())
		}
		for _, e := range p.Entries {
			fd := x.Field(e.Key.Str)
			if fd == nil {
				continue
			}
			name := f.g.fieldName(x, fd.Name)
			f.patTest(e.Value, func() *jen.Statement { return at().Dot(name) }, fd.Type, out)
		}
		return
	}
	boxed := func() *jen.Statement { return f.g.box(at(), t) }
	for _, e := range p.Entries {
		key := f.literal(e.Key)
		if e.Key.Kind == ast.IntLit {
			key = jen.Int64().Call(key)
		}
		out.conds = append(out.conds, jen.Qual(rtPath, "HasKey").Call(boxed(), key.Clone()))
		f.patTest(e.Value, func() *jen.Statement { return jen.Qual(rtPath, "KeyValue").Call(boxed(), key.Clone()) }, check.AnyType, out)
	}
}

// orTest lowers alternatives. Without bindings they are one condition;
// with bindings the alternatives are tried before the switch (their tests
// are pure), the first that matches setting the bindings' temporaries.
func (f *fnGen) orTest(p *ast.OrPattern, at path, t check.Type, out *armTest) {
	alts := make([]armTest, len(p.Alts))
	prefix := len(out.conds)
	binds := false
	for i, a := range p.Alts {
		alts[i].conds = append([]jen.Code(nil), out.conds...)
		f.patTest(a, at, t, &alts[i])
		out.pre = append(out.pre, alts[i].pre...)
		alts[i].conds = alts[i].conds[prefix:]
		binds = binds || len(alts[i].binds) > 0
	}
	if !binds {
		var conds [][]jen.Code
		for _, a := range alts {
			if len(a.conds) == 0 {
				return // an alternative matches everything
			}
			conds = append(conds, a.conds)
		}
		out.conds = append(out.conds, orCode{or(conds)})
		return
	}
	flag := f.names.name("matched")
	temps := map[*check.Var]string{}
	var order []*check.Var
	for _, bd := range alts[0].binds {
		if bd.v == nil || !bd.v.Used || temps[bd.v] != "" {
			continue
		}
		temps[bd.v] = f.names.name(camel(bd.v.Name, false) + "Alt")
		order = append(order, bd.v)
		out.pre = append(out.pre, jen.Var().Id(temps[bd.v]).Add(f.g.goType(bd.v.Type())))
	}
	out.pre = append(out.pre, jen.Id(flag).Op(":=").False())
	var chain, tail *jen.Statement
	for _, a := range alts {
		var set []jen.Code
		done := map[*check.Var]bool{}
		for _, bd := range a.binds {
			if tmp := temps[bd.v]; tmp != "" && !done[bd.v] {
				done[bd.v] = true
				set = append(set, jen.Id(tmp).Op("=").Add(f.conv(bd.code(), bd.t, bd.v.Type())))
			}
		}
		set = append(set, jen.Id(flag).Op("=").True())
		conds := append(append([]jen.Code(nil), out.conds...), a.conds...)
		if len(conds) == 0 {
			if chain == nil {
				out.pre = append(out.pre, set...)
			} else {
				tail.Else().Block(set...)
			}
			break
		}
		next := jen.If(and(conds)).Block(set...)
		if chain == nil {
			chain = next
		} else {
			tail.Else().Add(next)
		}
		tail = next
	}
	if chain != nil {
		out.pre = append(out.pre, chain)
	}
	out.conds = append(out.conds, jen.Id(flag))
	for _, v := range order {
		tmp := temps[v]
		out.binds = append(out.binds, armBind{v, func() *jen.Statement { return jen.Id(tmp) }, v.Type()})
	}
}
