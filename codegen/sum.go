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
func (g *gen) sum(s *check.Sum) {
	name := g.sumNames[s]
	seal := g.sealName(s)
	g.f.Add(g.line(s.Decl.Sp.Start))
	g.f.Commentf("%s is the Runa sum type %s: one of %s.", name, s.Name, g.variantList(s))
	g.f.Type().Id(name).Interface(jen.Id(seal).Params())
	g.f.Add(g.noOrigin())
	var nils []jen.Code
	for i, v := range s.Variants {
		if i > 0 {
			g.f.Line() // one-line methods apart, so gofmt does not align them
		}
		g.f.Func().Params(jen.Op("*").Id(g.recordNames[v])).Id(seal).Params().Block()
		nils = append(nils, jen.Parens(jen.Op("*").Id(g.recordNames[v])).Parens(jen.Nil()))
	}
	g.f.Commentf("The rt.SumType of %s: how the runtime converts a value to it (JSON).", name)
	g.f.Func().Id("init").Params().Block(
		jen.Qual(rtPath, "RegisterSum").Call(jen.Op("&").Qual(rtPath, "SumType").Types(jen.Id(name)).Custom(
			jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true},
			jen.Id("Name").Op(":").Lit(s.Declared()),
			jen.Id("Variants").Op(":").Index().Id(name).Custom(jen.Options{Open: "{", Close: "}", Separator: ","}, nils...),
		)),
	)
	for _, f := range s.Variants[0].Fields {
		if reader, ok := g.readerNames[sumField{s, f.Name}]; ok {
			g.reader(s, f, reader)
		}
	}
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
		used[sumField{s, e.Name.Name}] = true
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
		cases = append(cases, jen.Case(jen.Op("*").Id(g.recordNames[v])).Block(
			jen.Return(jen.Id("v").Dot(g.fieldName(v, f.Name))),
		))
	}
	g.f.Commentf("%s reads the field %q, which every variant of %s has.", name, f.Name, s.Name)
	g.f.Func().Id(name).Params(jen.Id("v").Id(g.sumNames[s])).Add(g.goType(f.Type)).Block(
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
// alone: `Pending`.
func (g *gen) variantValue(r *check.Record) *jen.Statement {
	return jen.Op("&").Id(g.recordNames[r]).Values()
}

// sumConv converts a variant to its sum type: the value as it is (Go
// converts the pointer to the interface). ok is false for other types.
func sumConv(code *jen.Statement, from, to check.Type) (*jen.Statement, bool) {
	if r, isRec := from.(*check.Record); isRec && r.Sum != nil && check.Type(r.Sum) == to {
		return code, true
	}
	return nil, false
}
