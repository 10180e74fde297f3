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
			jen.Id("Name").Op(":").Lit(s.Name),
			jen.Id("Variants").Op(":").Index().Id(name).Custom(jen.Options{Open: "{", Close: "}", Separator: ","}, nils...),
		)),
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
