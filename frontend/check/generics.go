package check

import (
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Generic types and processes (level2.md §10.4).
//
// A generic record declares its fields over its TypeParams; each instance
// (`Box[Integer]`, or the type a `Box with:` literal infers) is a Record
// whose Generic is the declaration and whose Args are inference cells, one
// per parameter, so instances join argument-wise the way collections join
// element-wise. A generic process's body is checked once, its parameters
// holding TypeParam values; each call instantiates the parameters from its
// argument types into cells of its own (genCall).

// TypeParam is a type parameter of a generic type or process: Owner names
// the type or process that declares it.
type TypeParam struct {
	Name  string
	Owner string
}

func (t *TypeParam) String() string { return t.Name }

// typeParams makes the TypeParams of a declaration owned by owner.
func typeParams(ids []*ast.Ident, owner string) []*TypeParam {
	var out []*TypeParam
	for _, id := range ids {
		out = append(out, &TypeParam{Name: id.Name, Owner: owner})
	}
	return out
}

// checkTypeParams reports type parameters that are not names of their
// own: a declared type's name, or one given twice (level2.md §10.4).
func (c *checker) checkTypeParams(ids []*ast.Ident) {
	seen := map[string]bool{}
	for _, id := range ids {
		_, rec := c.records[c.key(id.Name)]
		_, alias := c.aliases[c.key(id.Name)]
		switch {
		case rec || alias || c.sums[c.key(id.Name)] != nil:
			c.diags.Errorf(id.Sp, CodeDuplicateType, "give the type parameter a name of its own, e.g. T", "type parameter %q is a declared type", id.Name)
		case seen[id.Name]:
			c.diags.Errorf(id.Sp, CodeDuplicateType, "", "type parameter %q is declared twice", id.Name)
		}
		seen[id.Name] = true
	}
}

// withTypeParams makes ps the type parameters in scope while f runs (the
// declaration's field, parameter and result types).
func (c *checker) withTypeParams(ps []*TypeParam, f func()) {
	saved := c.tparams
	c.tparams = ps
	f()
	c.tparams = saved
}

// typeParamNamed finds the type parameter called name in scope: those of
// the declaration being resolved, else those of the process being walked
// (or of the process a Lambda or callback is inside).
func (c *checker) typeParamNamed(name string) *TypeParam {
	for _, p := range c.tparams {
		if p.Name == name {
			return p
		}
	}
	for p := c.proc; p != nil; p = p.Parent {
		for _, tp := range p.TypeParams {
			if tp.Name == name {
				return tp
			}
		}
	}
	return nil
}

// IsGeneric reports whether t is a generic record declaration (not an
// instance).
func (t *Record) IsGeneric() bool { return len(t.Params) > 0 && t.Generic == nil }

// instance makes the instance of generic record g over the argument cells.
// The instance of a generic sum's variant is a variant of the sum's
// instance over the same cells.
func instance(g *Record, args []*TVar) *Record {
	r := &Record{Name: g.Name, Module: g.Module, Decl: g.Decl, Generic: g, Args: args}
	if g.Sum != nil {
		r.Sum = sumInstance(g.Sum, args)
	}
	return r
}

// instanceString spells an instance: `Box[Integer]`.
func instanceString(t *Record) string { return argsString(t.Name, t.Args) }

// argsString spells a generic type's name with its arguments as they
// stand: `Box[Integer]`.
func argsString(name string, args []*TVar) string {
	var b strings.Builder
	b.WriteString(name)
	b.WriteString("[")
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		at := a.Type()
		if at == Unknown {
			at = AnyType
		}
		b.WriteString(typeString(at, 1))
	}
	b.WriteString("]")
	return b.String()
}

// instanceFields are the fields of an instance: the declaration's fields
// with the current argument types substituted.
func instanceFields(t *Record) []*Field {
	g := t.Generic
	out := make([]*Field, len(g.Fields))
	for i, f := range g.Fields {
		out[i] = &Field{Name: f.Name, Type: subst(f.Type, g.Params, t.Args)}
	}
	return out
}

// hasTypeParams reports whether t mentions one of ps.
func hasTypeParams(t Type, ps []*TypeParam) bool { return mentions(t, ps, 0) }

func mentions(t Type, ps []*TypeParam, depth int) bool {
	if depth > 8 || len(ps) == 0 {
		return false
	}
	switch x := t.(type) {
	case *TypeParam:
		return paramIndex(x, ps) >= 0
	case *List:
		return mentions(x.Elem.Type(), ps, depth+1)
	case *Dict:
		return mentions(x.Key.Type(), ps, depth+1) || mentions(x.Val.Type(), ps, depth+1)
	case *Optional:
		return mentions(x.Elem, ps, depth+1)
	case *Awaitable:
		return mentions(x.Elem.Type(), ps, depth+1)
	case *Generator:
		return mentions(x.Elem.Type(), ps, depth+1)
	case *Record:
		for _, a := range x.Args {
			if mentions(a.Type(), ps, depth+1) {
				return true
			}
		}
	case *Sum:
		for _, a := range x.Args {
			if mentions(a.Type(), ps, depth+1) {
				return true
			}
		}
	case *Func:
		for _, p := range x.Params {
			if mentions(p.Type(), ps, depth+1) {
				return true
			}
		}
		return mentions(x.Result.Type(), ps, depth+1)
	case *Union:
		for _, m := range x.Members {
			if mentions(m, ps, depth+1) {
				return true
			}
		}
	}
	return false
}

func paramIndex(p *TypeParam, ps []*TypeParam) int {
	for i, q := range ps {
		if q == p {
			return i
		}
	}
	return -1
}

// subst replaces the type parameters ps in t by the argument cells args.
// An element type that is a parameter becomes the argument's cell itself
// (so the collection and the instantiation share it); a bare parameter
// becomes the cell's current type.
func subst(t Type, ps []*TypeParam, args []*TVar) Type {
	if !hasTypeParams(t, ps) {
		return t
	}
	cell := func(v *TVar) *TVar {
		if p, ok := v.Type().(*TypeParam); ok {
			if i := paramIndex(p, ps); i >= 0 {
				return args[i]
			}
		}
		return &TVar{t: subst(v.Type(), ps, args), fixed: true}
	}
	switch x := t.(type) {
	case *TypeParam:
		return args[paramIndex(x, ps)].Type()
	case *List:
		return &List{Elem: cell(x.Elem)}
	case *Dict:
		return &Dict{Key: cell(x.Key), Val: cell(x.Val)}
	case *Optional:
		return optionalOf(subst(x.Elem, ps, args))
	case *Awaitable:
		return &Awaitable{Elem: cell(x.Elem)}
	case *Generator:
		return &Generator{Elem: cell(x.Elem)}
	case *Record:
		out := make([]*TVar, len(x.Args))
		for i, a := range x.Args {
			out[i] = cell(a)
		}
		return instance(x.Generic, out)
	case *Sum:
		out := make([]*TVar, len(x.Args))
		for i, a := range x.Args {
			out[i] = cell(a)
		}
		return sumInstance(x.Generic, out)
	case *Func:
		fn := *x
		fn.Params = make([]*TVar, len(x.Params))
		for i, p := range x.Params {
			fn.Params[i] = cell(p)
		}
		fn.Result = cell(x.Result)
		return &fn
	case *Union:
		ms := make([]Type, len(x.Members))
		for i, m := range x.Members {
			ms[i] = subst(m, ps, args)
		}
		return unionOf("", ms)
	}
	return t
}

// bindTypeArgs infers the arguments of ps from a value of type actual given where
// the written type decl is expected: a bare parameter receives the value's
// type; a parameter that is an element type shares the value's element
// cell (collections are invariant).
func (in *inference) bindTypeArgs(decl, actual Type, ps []*TypeParam, args []*TVar) {
	in.bindDepth(decl, actual, ps, args, 0)
}

func (in *inference) bindDepth(decl, actual Type, ps []*TypeParam, args []*TVar, depth int) {
	if depth > 8 || actual == nil || actual == Unknown || !hasTypeParams(decl, ps) {
		return
	}
	cell := func(d, a *TVar) {
		if p, ok := d.Type().(*TypeParam); ok {
			if i := paramIndex(p, ps); i >= 0 {
				in.unify(args[i], a)
				return
			}
		}
		in.bindDepth(d.Type(), a.Type(), ps, args, depth+1)
	}
	switch x := decl.(type) {
	case *TypeParam:
		in.flow(args[paramIndex(x, ps)], actual)
	case *Optional:
		if actual != NoneType {
			in.bindDepth(x.Elem, unwrapOpt(actual), ps, args, depth+1)
		}
	case *List:
		if y, ok := actual.(*List); ok {
			cell(x.Elem, y.Elem)
		}
	case *Dict:
		if y, ok := actual.(*Dict); ok {
			cell(x.Key, y.Key)
			cell(x.Val, y.Val)
		}
	case *Awaitable:
		if y, ok := actual.(*Awaitable); ok {
			cell(x.Elem, y.Elem)
		}
	case *Generator:
		if y, ok := actual.(*Generator); ok {
			cell(x.Elem, y.Elem)
		}
	case *Record:
		if y, ok := actual.(*Record); ok && y.Generic == x.Generic && len(y.Args) == len(x.Args) {
			for i := range x.Args {
				cell(x.Args[i], y.Args[i])
			}
		}
	case *Sum:
		// An instance of the sum, or of one of its variants.
		if y := sumOf(actual); y != nil && y.Generic == x.Generic && len(y.Args) == len(x.Args) {
			for i := range x.Args {
				cell(x.Args[i], y.Args[i])
			}
		}
	case *Func:
		if y, ok := actual.(*Func); ok && len(y.Params) == len(x.Params) {
			for i := range x.Params {
				in.bindDepth(x.Params[i].Type(), y.Params[i].Type(), ps, args, depth+1)
			}
			in.bindDepth(x.Result.Type(), y.Result.Type(), ps, args, depth+1)
		}
	}
}

// typeArgCells makes the argument cells of an instantiation at pos, one
// per parameter, named for `check --strict`.
func (c *checker) typeArgCells(ps []*TypeParam, owner string, pos ast.Pos) []*TVar {
	out := make([]*TVar, len(ps))
	for i, p := range ps {
		out[i] = c.newTVar("type argument "+p.Name+" of "+quote(owner), pos)
		c.typeArgs = append(c.typeArgs, out[i])
	}
	return out
}

// genericType resolves a written instance `Box[Integer]` (or `Box` alone,
// whose arguments are then inferred where it is used).
func (c *checker) genericType(t *ast.TypeExpr, g *Record) Type {
	if len(t.Args) == 0 {
		// Arguments inferred where the type is used (an annotation's
		// value); `is of type Box` tests none.
		args := make([]*TVar, len(g.Params))
		for i := range args {
			args[i] = &TVar{t: Unknown}
		}
		return instance(g, args)
	}
	if len(t.Args) != len(g.Params) {
		c.diags.Errorf(t.Sp, CodeTypeArgCount, "", "%s takes %s, but %s given", g.Name, countOf(len(g.Params), "type argument"), wasWere(len(t.Args)))
		return AnyType
	}
	args := make([]*TVar, len(t.Args))
	for i, a := range t.Args {
		args[i] = &TVar{t: c.typeOf(a), fixed: true}
	}
	return instance(g, args)
}

// genericLit gives the instance of generic record g that literal e
// builds: its written arguments (`Box[String] with:`, resolved and
// reported once), or cells inferred from the field values and the type
// the value flows into. The instance persists across passes.
func (c *checker) genericLit(e *ast.RecordLit, g *Record) *Record {
	if r, ok := c.litInstances[e]; ok {
		return r
	}
	var r *Record
	if e.TypeArgs != nil {
		t := &ast.TypeExpr{Sp: e.Type.Sp, Name: g.Name, Args: e.TypeArgs}
		r, _ = c.genericType(t, g).(*Record)
	}
	if r == nil {
		// Inferred, or the written arguments were wrong (reported).
		r = instance(g, c.typeArgCells(g.Params, g.Name, e.Sp.Start))
	}
	if c.litInstances == nil {
		c.litInstances = map[ast.Node]*Record{}
	}
	c.litInstances[e] = r
	return r
}

// genCall is the instantiation of a generic process at one call site.
type genCall struct {
	proc *Proc
	args []*TVar
	fn   *Func
}

// instantiate gives the process type of generic process p at call e: the
// parameters that mention a type parameter get cells of their own (seeded
// with the substituted type, so a collection argument shares its element
// cell with the type argument); the others are p's own parameter cells.
func (c *checker) instantiate(p *Proc, e ast.Node) *genCall {
	if g, ok := c.genCalls[e]; ok {
		return g
	}
	args := c.typeArgCells(p.TypeParams, p.Name, e.Span().Start)
	fn := &Func{Names: p.Func.Names, Kind: p.Kind}
	for _, v := range p.Func.Params {
		if !hasTypeParams(v.Type(), p.TypeParams) {
			fn.Params = append(fn.Params, v)
			continue
		}
		cell := &TVar{t: subst(v.Type(), p.TypeParams, args)}
		fn.Params = append(fn.Params, cell)
	}
	fn.Result = &TVar{}
	fn.Result.t = Unknown
	g := &genCall{proc: p, args: args, fn: fn}
	if c.genCalls == nil {
		c.genCalls = map[ast.Node]*genCall{}
	}
	c.genCalls[e] = g
	return g
}

// settleCall binds the type arguments of a generic call from the argument
// types (and what reached its parameters) and gives its result.
func (c *checker) settleCall(p *Proc, g *genCall, info *Call, types []Type) {
	for i, v := range p.Func.Params {
		if g.fn.Params[i] != v {
			c.bindTypeArgs(v.Type(), g.fn.Params[i].Type(), p.TypeParams, g.args)
			if i < len(types) && types[i] != nil {
				c.bindTypeArgs(v.Type(), types[i], p.TypeParams, g.args)
			}
		}
	}
	res := p.Result.Type()
	if p.Yield != nil {
		res = p.Yield.Type()
	}
	c.flow(g.fn.Result, subst(res, p.TypeParams, g.args))
	if c.final {
		info.TypeArgs = g.types()
	}
}

// types are the instantiation's type arguments as they stand.
func (g *genCall) types() []Type {
	out := make([]Type, len(g.args))
	for i, a := range g.args {
		out[i] = a.Type()
	}
	return out
}

// procValue types generic process p used as a value at id: an
// instantiation of its own, whose parameters receive what the process
// type expected there (or the calls through the value) gives them.
func (c *checker) procValue(p *Proc, id *ast.Ident) *Func {
	g := c.instantiate(p, id)
	g.fn.Named = true
	c.settleCall(p, g, &Call{}, nil)
	if c.final {
		c.prog.ValueTypeArgs[id] = g.types()
	}
	return g.fn
}

// genericRecordLit types a literal of generic record g: each field value
// binds the type arguments, then flows into the instance's field.
func (c *checker) genericRecordLit(e *ast.RecordLit, g *Record) Type {
	inst := c.genericLit(e, g)
	c.fieldInits(e, g, func(fi *ast.FieldInit, f *Field, vt Type) {
		c.bindTypeArgs(f.Type, vt, g.Params, inst.Args)
		c.flowField(fi.Value, inst.Field(f.Name), vt)
	})
	return inst
}

// sameGeneric reports whether a and b are instances of one generic record.
func sameGeneric(a *Record, b Type) bool {
	y, ok := b.(*Record)
	return ok && a.Generic != nil && a.Generic == y.Generic && len(a.Args) == len(y.Args)
}

// Instantiate gives t with the type parameters ps replaced by the types
// args (a call's TypeArgs, say); an Unknown argument is Any.
func Instantiate(t Type, ps []*TypeParam, args []Type) Type {
	cells := make([]*TVar, len(args))
	for i, a := range args {
		if a == Unknown {
			a = AnyType
		}
		cells[i] = &TVar{t: a, fixed: true}
	}
	return subst(t, ps, cells)
}

// ConcreteArgs reports whether none of t's type arguments (nor theirs)
// is a type parameter: an instance the generated program can name
// outside any generic body.
func ConcreteArgs(t *Record) bool { return concreteArgs(t.Args) }

// ConcreteSumArgs is ConcreteArgs for an instance of a generic sum.
func ConcreteSumArgs(t *Sum) bool { return concreteArgs(t.Args) }

func concreteArgs(args []*TVar) bool {
	for _, a := range args {
		if containsTypeParam(a.Type(), 0) {
			return false
		}
	}
	return true
}

func containsTypeParam(t Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := t.(type) {
	case *TypeParam:
		return true
	case *List:
		return containsTypeParam(x.Elem.Type(), depth+1)
	case *Dict:
		return containsTypeParam(x.Key.Type(), depth+1) || containsTypeParam(x.Val.Type(), depth+1)
	case *Optional:
		return containsTypeParam(x.Elem, depth+1)
	case *Awaitable:
		return containsTypeParam(x.Elem.Type(), depth+1)
	case *Generator:
		return containsTypeParam(x.Elem.Type(), depth+1)
	case *Record:
		return !ConcreteArgs(x)
	case *Sum:
		return !ConcreteSumArgs(x)
	case *Func:
		for _, p := range x.Params {
			if containsTypeParam(p.Type(), depth+1) {
				return true
			}
		}
		return containsTypeParam(x.Result.Type(), depth+1)
	}
	return false
}

// genericAlias resolves an instance of a generic alias, `Table[Integer]`
// for `Type Table[V] is Dictionary[String, V]`: the target with the
// written arguments substituted (without arguments, they are Any).
func (c *checker) genericAlias(t *ast.TypeExpr, a *ast.TypeDecl) Type {
	ps := typeParams(a.Params, a.Name.Name)
	if len(t.Args) != 0 && len(t.Args) != len(ps) {
		c.diags.Errorf(t.Sp, CodeTypeArgCount, "", "%s takes %s, but %s given", a.Name.Name, countOf(len(ps), "type argument"), wasWere(len(t.Args)))
		return AnyType
	}
	args := make([]Type, len(ps))
	for i := range ps {
		args[i] = AnyType
		if i < len(t.Args) {
			args[i] = c.typeOf(t.Args[i])
		}
	}
	if c.expanding == nil {
		c.expanding = map[string]bool{}
	}
	c.expanding[a.Name.Name] = true
	defer delete(c.expanding, a.Name.Name)
	var target Type
	c.withTypeParams(ps, func() { target = c.typeOf(a.Alias) })
	return Instantiate(target, ps, args)
}

// typeParamOp reports an operation (op, written at sp) on a value of type
// parameter t: a generic body supports only what every type does.
func (c *checker) typeParamOp(sp ast.Span, op string, t *TypeParam) {
	c.errorf(sp, CodeTypeParamOp, "annotate a concrete type, or take Any", "%q cannot be used on %s, a type parameter of %q", op, t.Name, t.Owner)
}

// patternInstance is the instance of generic record g that a record
// pattern `When Box with …` tests a value of static type st against: st
// itself when it is an instance of g, g's instance over st's arguments
// when g is a variant of the generic sum st is an instance of (`When
// Some with value as v` on an Option[Integer]), else the instance over
// Any (the fields then read as Any values).
func patternInstance(g *Record, st Type) *Record {
	if r, ok := unwrapOpt(st).(*Record); ok && r.Generic == g {
		return r
	}
	if s := sumOf(unwrapOpt(st)); s != nil && g.Sum != nil && s.Generic == g.Sum {
		return s.VariantOf(g)
	}
	args := make([]*TVar, len(g.Params))
	for i := range args {
		args[i] = &TVar{t: AnyType, fixed: true}
	}
	return instance(g, args)
}

// expectType binds the type arguments of a generic call e from the type
// its result flows into (an annotated variable, a declared result, a
// parameter or field of declared type): `Let n as Integer be pick …`
// makes T Integer (level2.md §10.4).
func (c *checker) expectType(e ast.Expr, want Type) {
	e = ast.UnparenExpr(e)
	call, ok := e.(*ast.CallExpr)
	if !ok || want == nil || want == AnyType || want == Unknown {
		return
	}
	g := c.genCalls[call]
	if g == nil || g.proc.Kind != ast.PlainProc {
		return
	}
	c.bindTypeArgs(g.proc.Result.Type(), want, g.proc.TypeParams, g.args)
}

// genericSum makes the sum type of td generic when it declares type
// parameters (`Type Option[T] is` + `|` variant lines, level2.md §10.4,
// §10.5): its variants are generic records over the sum's parameters,
// which their fields see.
func (c *checker) genericSum(td *ast.TypeDecl) {
	if len(td.Params) == 0 {
		return
	}
	s := c.sums[c.key(td.Name.Name)]
	if s == nil || s.Decl != td {
		return
	}
	s.Params = typeParams(td.Params, td.Name.Name)
	for _, v := range s.Variants {
		v.Params = s.Params
	}
}

// genericSumType resolves a written instance `Option[Integer]` of generic
// sum s (or `Option` alone, whose arguments are then inferred where it is
// used), as genericType does for records.
func (c *checker) genericSumType(t *ast.TypeExpr, s *Sum) Type {
	if len(t.Args) == 0 {
		args := make([]*TVar, len(s.Params))
		for i := range args {
			args[i] = &TVar{t: Unknown}
		}
		return sumInstance(s, args)
	}
	if len(t.Args) != len(s.Params) {
		c.diags.Errorf(t.Sp, CodeTypeArgCount, "", "%s takes %s, but %s given", s.Name, countOf(len(s.Params), "type argument"), wasWere(len(t.Args)))
		return AnyType
	}
	args := make([]*TVar, len(t.Args))
	for i, a := range t.Args {
		args[i] = &TVar{t: c.typeOf(a), fixed: true}
	}
	return sumInstance(s, args)
}

// variantValue types a generic sum's variant without fields used by its
// name alone (`Nothing`): an instance whose arguments come from the type
// the value flows into (a cell nothing constrains is Any, listed by
// `check --strict`). The instance persists across passes.
func (c *checker) variantValue(id *ast.Ident, v *Record) *Record {
	if r, ok := c.litInstances[id]; ok {
		return r
	}
	r := instance(v, c.typeArgCells(v.Params, v.Name, id.Sp.Start))
	if c.litInstances == nil {
		c.litInstances = map[ast.Node]*Record{}
	}
	c.litInstances[id] = r
	return r
}

// compareVariant gives a generic sum's variant without fields that is
// compared with `is equal to` or `is not equal to` (`b is equal to
// Nothing`) the type arguments of the other operand, of type other: what
// it is compared with is the type it is expected to have.
func (c *checker) compareVariant(x ast.Expr, other Type) {
	id, ok := ast.UnparenExpr(x).(*ast.Ident)
	if !ok {
		return
	}
	r := c.litInstances[id]
	s := sumOf(unwrapOpt(other))
	if r == nil || s == nil || s.Generic == nil || !sameSum(r.Sum, s) {
		return
	}
	for i := range r.Args {
		c.flow(r.Args[i], s.Args[i].Type())
	}
}

// sumTarget gives the type t written without type arguments (`o as Some`,
// `If o is of type Some:`) the arguments of the generic sum instance (or
// variant instance) from that the value has: Some over o's arguments.
// Otherwise t is returned unchanged.
func sumTarget(from, t Type) Type {
	if r, ok := t.(*Record); ok && r.Generic != nil {
		if fr, ok := unwrapOpt(from).(*Record); ok && fr.Generic == r.Generic {
			return fr // `b as Box` on a Box[Integer]
		}
	}
	s := sumOf(unwrapOpt(from))
	if s == nil || s.Generic == nil {
		return t
	}
	switch x := t.(type) {
	case *Record:
		if x.Generic != nil && x.Generic.Sum == s.Generic {
			return s.VariantOf(x.Generic)
		}
	case *Sum:
		if x.Generic == s.Generic {
			return s
		}
	}
	return t
}

// unionSumArgs unifies the type arguments of a generic sum's instance (or
// variant instance) t that meets a union u with those of u's one member
// that is an instance of the same sum: `Let u as Integer OR Option[String]
// be Nothing` makes the Nothing a Nothing[String].
func (in *inference) unionSumArgs(u, t Type) {
	x, ok := u.(*Union)
	s := sumOf(t)
	if !ok || s == nil || s.Generic == nil {
		return
	}
	var member *Sum
	for _, m := range x.Members {
		if ms, ok := m.(*Sum); ok && ms.Generic == s.Generic {
			if member != nil {
				return // two instances: which one is not known
			}
			member = ms
		}
	}
	if member == nil {
		return
	}
	for i := range s.Args {
		in.unify(member.Args[i], s.Args[i])
	}
}

// openInstance reports whether t is an instance of a generic record or sum
// written without its type arguments, which nothing gave it (`x as Box`
// on an Any x): the value's Go type cannot be named.
func openInstance(t Type) bool {
	var args []*TVar
	switch x := t.(type) {
	case *Record:
		if x.Generic == nil {
			return false
		}
		args = x.Args
	case *Sum:
		if x.Generic == nil {
			return false
		}
		args = x.Args
	default:
		return false
	}
	for _, a := range args {
		if a.Type() == Unknown {
			return true
		}
	}
	return false
}
