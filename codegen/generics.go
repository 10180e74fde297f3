package codegen

import (
	"sort"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// Generic records and processes (level2.md §10.4, §10.9): a generic record
// is a generic Go struct, a generic process a generic Go function; every
// call names its type arguments.

// typeParamList is the Go type parameter list `[T any, U any]`.
func (g *gen) typeParamList(ps []*check.TypeParam) []jen.Code {
	var out []jen.Code
	for _, p := range ps {
		out = append(out, jen.Id(p.Name).Any())
	}
	return out
}

// typeParamNames are the type parameters as arguments: `[T, U]`.
func (g *gen) typeParamNames(ps []*check.TypeParam) []jen.Code {
	var out []jen.Code
	for _, p := range ps {
		out = append(out, jen.Id(p.Name))
	}
	return out
}

// typeArgs are the Go types of a list of type arguments (nothing
// constrains an Unknown one: any).
func (g *gen) typeArgs(ts []check.Type) []jen.Code {
	var out []jen.Code
	for _, t := range ts {
		out = append(out, g.goType(t))
	}
	return out
}

// instanceType is the Go struct type of an instance: `Box[int64]`.
func (g *gen) instanceType(r *check.Record) *jen.Statement {
	args := make([]check.Type, len(r.Args))
	for i, a := range r.Args {
		args[i] = a.Type()
	}
	return jen.Id(g.recordNames[r.Generic]).Types(g.typeArgs(args)...)
}

// genericRegistration emits the generic function that registers one
// instance of generic record r with the runtime, and an init that calls
// it for every instance the program uses outside generic bodies (a
// generic body registers the instances it builds, registerInstances).
func (g *gen) genericRegistration(r *check.Record, register jen.Code) {
	name := g.registerNames[r]
	g.f.Commentf("%s registers the instance of %s over its type arguments.", name, g.recordNames[r])
	self := jen.Id(g.recordNames[r]).Types(g.typeParamNames(r.Params)...)
	g.f.Func().Id(name).Types(g.typeParamList(r.Params)...).Params().Block(
		jen.If(jen.Qual(rtPath, "RecordRegistered").Types(self).Call()).Block(jen.Return()),
		register,
	)
	if r.Sum != nil {
		return // a generic sum's variant: registered with its sum's instance
	}
	var calls []jen.Code
	for _, inst := range g.instancesOf(r) {
		calls = append(calls, jen.Id(name).Types(g.typeArgs(inst)...).Call())
	}
	if len(calls) > 0 {
		g.f.Func().Id("init").Params().Block(calls...)
	}
}

// instancesOf lists the type arguments of r's instances with concrete
// arguments among the program's types, in a deterministic order.
func (g *gen) instancesOf(r *check.Record) [][]check.Type {
	g.findInstances()
	return sortedArgs(g.instances[r])
}

// sumInstancesOf lists the type arguments of generic sum s's instances
// with concrete arguments (an instance of a variant counts as one of its
// sum), in a deterministic order.
func (g *gen) sumInstancesOf(s *check.Sum) [][]check.Type {
	g.findInstances()
	return sortedArgs(g.sumInstances[s])
}

// findInstances collects, once, the instances of generic records and sums
// with concrete arguments among the program's types.
func (g *gen) findInstances() {
	if g.instances == nil {
		g.instances = map[*check.Record]map[string][]check.Type{}
		g.sumInstances = map[*check.Sum]map[string][]check.Type{}
		seen := map[string]bool{}
		var visit func(t check.Type, depth int)
		visit = func(t check.Type, depth int) {
			if t == nil || depth > 8 {
				return
			}
			switch x := t.(type) {
			case *check.List:
				visit(x.Elem.Type(), depth+1)
			case *check.Dict:
				visit(x.Key.Type(), depth+1)
				visit(x.Val.Type(), depth+1)
			case *check.Optional:
				visit(x.Elem, depth+1)
			case *check.Awaitable:
				visit(x.Elem.Type(), depth+1)
			case *check.Generator:
				visit(x.Elem.Type(), depth+1)
			case *check.Func:
				for _, p := range x.Params {
					visit(p.Type(), depth+1)
				}
				visit(x.Result.Type(), depth+1)
			case *check.Sum:
				if x.Generic == nil || !check.ConcreteSumArgs(x) {
					return
				}
				key := "sum " + x.String()
				if seen[key] {
					return
				}
				seen[key] = true
				args := make([]check.Type, len(x.Args))
				for i, a := range x.Args {
					args[i] = a.Type()
					visit(args[i], depth+1)
				}
				if g.sumInstances[x.Generic] == nil {
					g.sumInstances[x.Generic] = map[string][]check.Type{}
				}
				g.sumInstances[x.Generic][key] = args
				for _, v := range x.Variants {
					visit(x.VariantOf(v), depth+1)
				}
			case *check.Record:
				if x.Generic == nil || !check.ConcreteArgs(x) {
					return
				}
				if x.Sum != nil {
					visit(x.Sum, depth+1)
				}
				key := x.String()
				if seen[key] {
					return
				}
				seen[key] = true
				args := make([]check.Type, len(x.Args))
				for i, a := range x.Args {
					args[i] = a.Type()
					visit(args[i], depth+1)
				}
				if g.instances[x.Generic] == nil {
					g.instances[x.Generic] = map[string][]check.Type{}
				}
				g.instances[x.Generic][key] = args
				for _, f := range x.AllFields() {
					visit(f.Type, depth+1)
				}
			}
		}
		for _, t := range g.p.Types {
			visit(t, 0)
		}
		for _, r := range g.p.Records {
			if !r.IsGeneric() {
				// A field typed Box[Integer] holds one, made by JSON too.
				for _, f := range r.Fields {
					visit(f.Type, 0)
				}
			}
		}
		for _, v := range g.p.Globals {
			visit(v.Type(), 0)
		}
	}
}

// sortedArgs are the type argument lists of m in the order of its keys.
func sortedArgs(m map[string][]check.Type) [][]check.Type {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([][]check.Type, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}

// optBoundary reports whether a value crosses between a generic
// declaration's Optional[T] (an rt.Opt[T] in Go, whatever T is) and its
// instantiated type inst whose Go shape is not an rt.Opt (T a record, a
// collection or Any: there None is nil). The declaration holds the Opt;
// toInst reads its value (.V, nil for None) and fromInst wraps one.
func optBoundary(decl, inst check.Type) bool {
	o, ok := decl.(*check.Optional)
	if !ok {
		return false
	}
	if _, ok := o.Elem.(*check.TypeParam); !ok {
		return false
	}
	return !isScalarOpt(inst)
}

// toInst reads a declaration's rt.Opt as the instance's shape.
func toInst(code *jen.Statement) *jen.Statement { return code.Dot("V") }

// fromInst wraps a value of the instance's shape inst as the
// declaration's rt.Opt.
func (g *gen) fromInst(code *jen.Statement, inst check.Type) *jen.Statement {
	return jen.Qual(rtPath, "OptNil").Types(g.goType(inst)).Call(code)
}

// declField is the declared type of a field of record r (an instance's
// generic declaration's), or nil.
func declField(r *check.Record, name string) check.Type {
	if r.Generic != nil {
		r = r.Generic
	}
	if f := r.Field(name); f != nil {
		return f.Type
	}
	return nil
}

// registerInstances emits, in a generic body, the registration of the
// instances in t whose arguments mention type parameters: which Go types
// they are is known only when the body runs (a record literal or an `as`
// conversion builds one there).
func (f *fnGen) registerInstances(b *[]jen.Code, t check.Type) {
	var visit func(t check.Type, depth int)
	visit = func(t check.Type, depth int) {
		if depth > 8 {
			return
		}
		switch x := t.(type) {
		case *check.List:
			visit(x.Elem.Type(), depth+1)
		case *check.Dict:
			visit(x.Val.Type(), depth+1)
		case *check.Optional:
			visit(x.Elem, depth+1)
		case *check.Record:
			if x.Generic == nil || check.ConcreteArgs(x) {
				return
			}
			if x.Sum != nil {
				visit(x.Sum, depth) // a variant registers with its sum
				return
			}
			args := make([]check.Type, len(x.Args))
			for i, a := range x.Args {
				args[i] = a.Type()
				visit(args[i], depth+1)
			}
			*b = append(*b, jen.Id(f.g.registerNames[x.Generic]).Types(f.g.typeArgs(args)...).Call())
		case *check.Sum:
			if x.Generic == nil || check.ConcreteSumArgs(x) {
				return
			}
			args := make([]check.Type, len(x.Args))
			for i, a := range x.Args {
				args[i] = a.Type()
				visit(args[i], depth+1)
			}
			*b = append(*b, jen.Id(f.g.sumRegisterNames[x.Generic]).Types(f.g.typeArgs(args)...).Call())
		}
	}
	visit(t, 0)
}

// anyInstancePattern emits a record pattern of a generic record whose
// subject is not statically an instance of it (an Any, a union): the value
// is tested by its record type's name, whatever its type arguments, and
// the fields are read as Any values. It reports whether it did.
func (f *fnGen) anyInstancePattern(p *ast.RecordPattern, at path, t check.Type, pt *check.Record, out *armTest) bool {
	if pt.Generic == nil {
		return false
	}
	if r, ok := unwrap(t).(*check.Record); ok && r.Generic == pt.Generic {
		return false
	}
	boxed := func() *jen.Statement { return f.g.box(at(), t) }
	out.conds = append(out.conds, jen.Qual(rtPath, "IsOfType").Call(boxed(), jen.Lit(pt.Name)))
	for _, fp := range p.Fields {
		name := fp.Name.Name
		f.patTest(fp.Value, func() *jen.Statement { return jen.Qual(rtPath, "AnyField").Call(boxed(), jen.Lit(name)) }, check.AnyType, out)
	}
	return true
}

// anyArgs reports whether every type argument of instance r is Any: the
// instance a pattern or test names without arguments (any Box).
func anyArgs(r *check.Record) bool {
	for _, a := range r.Args {
		if t := a.Type(); t != check.AnyType && t != check.Unknown {
			return false
		}
	}
	return true
}
