package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/check"
)

// Sum types (level2.md §10.5, §10.9): a sum type is a sealed Go interface
// whose one unexported method each variant's record pointer implements,
// so a Payment holds exactly a *Card, a *Cash or a *Voucher and a Match on
// it is a type switch.

// sum emits the interface of s, the sealing method of each variant and
// the init function that registers its rt.SumType (for `as` conversions).
// A generic sum type is a generic interface whose variants are generic
// structs (level2.md §10.4): `type Option[T any] interface{ isOption() }`
// and `func (*Some[T]) isOption() {}`; its registration is a generic
// function called for each instance the program uses (sumRegistration).
func (g *gen) sum(s *check.Sum) {
	name := g.sumNames[s]
	seal := g.sealName(s)
	g.f.Add(g.line(s.Decl.Sp.Start))
	g.f.Commentf("%s is the Runa sum type %s: one of %s.", name, s.Name, g.variantList(s))
	g.f.Type().Id(name).Types(g.typeParamList(s.Params)...).Interface(jen.Id(seal).Params())
	g.f.Add(g.noOrigin())
	var nils []jen.Code
	for i, v := range s.Variants {
		if i > 0 {
			g.f.Line() // one-line methods apart, so gofmt does not align them
		}
		vt := jen.Id(g.recordNames[v]).Types(g.typeParamNames(s.Params)...)
		g.f.Func().Params(jen.Op("*").Add(vt)).Id(seal).Params().Block()
		nils = append(nils, jen.Parens(jen.Op("*").Add(vt.Clone())).Parens(jen.Nil()))
	}
	self := jen.Id(name).Types(g.typeParamNames(s.Params)...)
	register := jen.Qual(rtPath, "RegisterSum").Call(jen.Op("&").Qual(rtPath, "SumType").Types(self).Custom(
		jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true},
		jen.Id("Name").Op(":").Lit(s.Declared()),
		jen.Id("Variants").Op(":").Index().Add(self.Clone()).Custom(jen.Options{Open: "{", Close: "}", Separator: ","}, nils...),
	))
	if s.IsGeneric() {
		g.sumRegistration(s, register)
	} else {
		g.f.Commentf("The rt.SumType of %s: how the runtime converts a value to it (JSON).", name)
		g.f.Func().Id("init").Params().Block(register)
	}
	for _, f := range s.Variants[0].Fields {
		if reader, ok := g.readerNames[sumField{s, f.Name}]; ok {
			g.reader(s, f, reader)
		}
	}
}

// sumRegistration emits the generic function that registers one instance
// of generic sum s with the runtime, its rt.SumType and the instances of
// its variants over the same arguments (so a variant's instance is
// registered with its sum's: instancesOf and registerInstances name the
// sum's function), and an init that calls it for every instance the
// program uses outside generic bodies.
func (g *gen) sumRegistration(s *check.Sum, register jen.Code) {
	name := g.sumRegisterNames[s]
	first := jen.Id(g.recordNames[s.Variants[0]]).Types(g.typeParamNames(s.Params)...)
	body := []jen.Code{
		jen.If(jen.Qual(rtPath, "RecordRegistered").Types(first).Call()).Block(jen.Return()),
		register,
	}
	for _, v := range s.Variants {
		body = append(body, jen.Id(g.registerNames[v]).Types(g.typeParamNames(s.Params)...).Call())
	}
	g.f.Commentf("%s registers the instance of %s over its type arguments (rt.SumType and", name, g.sumNames[s])
	g.f.Comment("the variants' rt.RecordType): how the runtime displays it and converts a value to it.")
	g.f.Func().Id(name).Types(g.typeParamList(s.Params)...).Params().Block(body...)
	var calls []jen.Code
	for _, inst := range g.sumInstancesOf(s) {
		calls = append(calls, jen.Id(name).Types(g.typeArgs(inst)...).Call())
	}
	if len(calls) > 0 {
		g.f.Func().Id("init").Params().Block(calls...)
	}
}

// sumInstanceType is the Go interface type of an instance of a generic
// sum: `Option[int64]`.
func (g *gen) sumInstanceType(s *check.Sum) *jen.Statement {
	return jen.Id(g.sumNames[s.Generic]).Types(g.sumTypeArgs(s)...)
}

// sumTypeArgs are the Go types of an instance's type arguments.
func (g *gen) sumTypeArgs(s *check.Sum) []jen.Code {
	args := make([]check.Type, len(s.Args))
	for i, a := range s.Args {
		args[i] = a.Type()
	}
	return g.typeArgs(args)
}

// sumField is a field that every variant of a sum type has.
type sumField struct {
	sum  *check.Sum
	name string
}

// declareReaders names a reader function for each field of a sum type
// that the program reads on a sum-typed value, in declaration order.
func (g *gen) declareReaders(decl func(string) string) {
	used := map[sumField]bool{}
	for e, s := range g.p.SumFields {
		used[sumField{s.Origin(), e.Name.Name}] = true
	}
	for _, s := range g.p.Sums {
		if len(s.Variants) == 0 {
			continue
		}
		for _, f := range s.Variants[0].Fields {
			if k := (sumField{s, f.Name}); used[k] {
				g.readerNames[k] = decl(camel(s.Name, false) + camel(f.Name, true))
			}
		}
	}
}

// reader emits the function that reads field f of any variant of s: a
// type switch, so the read is as fast as a field read on the variant.
func (g *gen) reader(s *check.Sum, f *check.Field, name string) {
	var cases []jen.Code
	for _, v := range s.Variants {
		cases = append(cases, jen.Case(jen.Op("*").Id(g.recordNames[v]).Types(g.typeParamNames(s.Params)...)).Block(
			jen.Return(jen.Id("v").Dot(g.fieldName(v, f.Name))),
		))
	}
	g.f.Commentf("%s reads the field %q, which every variant of %s has.", name, f.Name, s.Name)
	g.f.Func().Id(name).Types(g.typeParamList(s.Params)...).Params(jen.Id("v").Id(g.sumNames[s]).Types(g.typeParamNames(s.Params)...)).Add(g.goType(f.Type)).Block(
		jen.Switch(jen.Id("v").Op(":=").Id("v").Assert(jen.Type())).Block(cases...),
		jen.Panic(jen.Qual(rtPath, "NoneOf").Call(jen.Lit(s.Name))),
	)
}

// sealName is the unexported method that seals the interface of s.
func (g *gen) sealName(s *check.Sum) string {
	return "is" + g.sumNames[s]
}

// variantList is the Go types of the variants of s, for the doc comment:
// "*Card, *Cash or *Voucher".
func (g *gen) variantList(s *check.Sum) string {
	out := ""
	for i, v := range s.Variants {
		switch {
		case i == 0:
		case i == len(s.Variants)-1:
			out += " or "
		default:
			out += ", "
		}
		out += "*" + g.recordNames[v]
	}
	return out
}

// variantValue is the value of a variant without fields used by its name
// alone: `Pending` (`&Nothing[int64]{}` for an instance).
func (g *gen) variantValue(r *check.Record) *jen.Statement {
	if r.Generic != nil {
		return jen.Op("&").Add(g.instanceType(r)).Values()
	}
	return jen.Op("&").Id(g.recordNames[r]).Values()
}

// sumConv converts a variant to its sum type: the value as it is (Go
// converts the pointer to the interface). ok is false for other types.
func sumConv(code *jen.Statement, from, to check.Type) (*jen.Statement, bool) {
	if subtype(from, to) {
		return code, true
	}
	return nil, false
}
