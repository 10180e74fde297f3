package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/check"
)

// record emits the struct of a record type and its rt.Record methods.
func (g *gen) record(r *check.Record) {
	name := g.recordNames[r]
	fieldsVar := g.fieldsNames[r]
	var fields, names []jen.Code
	goField := map[string]string{}
	fn := newNamer(nil)
	for _, f := range r.Fields {
		gf := fn.name(camel(f.Name, true))
		goField[f.Name] = gf
		fields = append(fields, jen.Id(gf).Add(g.goType(f.Type)).Tag(map[string]string{"json": f.Name}))
		names = append(names, jen.Lit(f.Name))
	}
	if r.Decl != nil {
		g.f.Add(g.line(r.Decl.Sp.Start))
	}
	g.f.Commentf("%s is the Runa record type %s.", name, r.Name)
	g.f.Type().Id(name).Struct(fields...)
	g.f.Var().Id(fieldsVar).Op("=").Index().String().Values(names...)
	if r.Decl != nil {
		g.f.Add(g.noOrigin()) // the methods implement no Runa line
	}

	recv := jen.Id("r").Op("*").Id(name)
	g.f.Comment("RunaType implements rt.Typed.")
	g.f.Func().Params(jen.Op("*").Id(name)).Id("RunaType").Params().String().Block(jen.Return(jen.Lit(r.Name)))
	g.f.Comment("FieldNames implements rt.Fielder.")
	g.f.Func().Params(jen.Op("*").Id(name)).Id("FieldNames").Params().Index().String().Block(jen.Return(jen.Id(fieldsVar)))

	var vals []jen.Code
	for _, f := range r.Fields {
		vals = append(vals, g.box(jen.Id("r").Dot(goField[f.Name]), f.Type))
	}
	g.f.Comment("AppendRepr implements rt.Value.")
	g.f.Func().Params(recv.Clone()).Id("AppendRepr").Params(jen.Id("b").Index().Byte()).Index().Byte().Block(
		jen.If(jen.Id("r").Op("==").Nil()).Block(jen.Return(jen.Append(jen.Id("b"), jen.Lit("None").Op("...")))),
		jen.Return(jen.Qual(rtPath, "AppendRecord").Call(append([]jen.Code{jen.Id("b"), jen.Id(fieldsVar)}, vals...)...)),
	)

	var eqs []jen.Code
	for _, f := range r.Fields {
		a, b := jen.Id("r").Dot(goField[f.Name]), jen.Id("p").Dot(goField[f.Name])
		switch f.Type {
		case check.Integer, check.Float, check.String, check.Boolean:
			eqs = append(eqs, jen.Add(a).Op("==").Add(b))
		default:
			eqs = append(eqs, jen.Qual(rtPath, "Equal").Call(g.box(a, f.Type), g.box(b, f.Type)))
		}
	}
	cond := jen.Id("ok").Op("&&").Id("p").Op("!=").Nil().Op("&&").Id("r").Op("!=").Nil()
	if len(eqs) > 0 {
		all := jen.Null()
		for i, e := range eqs {
			if i > 0 {
				all.Op("&&")
			}
			all.Add(e)
		}
		cond.Op("&&").Parens(jen.Id("p").Op("==").Id("r").Op("||").Add(all))
	}
	g.f.Comment("EqualValue implements rt.Value: records compare field by field.")
	g.f.Func().Params(recv.Clone()).Id("EqualValue").Params(jen.Id("o").Any()).Bool().Block(
		jen.List(jen.Id("p"), jen.Id("ok")).Op(":=").Id("o").Assert(jen.Op("*").Id(name)),
		jen.Return(cond),
	)

	var getCases, setCases []jen.Code
	for _, f := range r.Fields {
		gf := goField[f.Name]
		getCases = append(getCases, jen.Case(jen.Lit(f.Name)).Block(jen.Return(g.box(jen.Id("r").Dot(gf), f.Type), jen.True())))
		setCases = append(setCases, jen.Case(jen.Lit(f.Name)).Block(
			jen.List(jen.Id("x"), jen.Id("ok")).Op(":=").Qual(rtPath, "TryAs").Types(g.goType(f.Type)).Call(jen.Id("v")),
			jen.If(jen.Id("ok")).Block(jen.Id("r").Dot(gf).Op("=").Id("x")),
			jen.Return(jen.Id("ok")),
		))
	}
	g.f.Comment("FieldAny implements rt.Fielder.")
	g.f.Func().Params(recv.Clone()).Id("FieldAny").Params(jen.Id("name").String()).Params(jen.Any(), jen.Bool()).Block(
		jen.Switch(jen.Id("name")).Block(getCases...),
		jen.Return(jen.Nil(), jen.False()),
	)
	g.f.Comment("SetFieldAny implements rt.Fielder.")
	g.f.Func().Params(recv.Clone()).Id("SetFieldAny").Params(jen.Id("name").String(), jen.Id("v").Any()).Bool().Block(
		jen.Switch(jen.Id("name")).Block(setCases...),
		jen.Return(jen.False()),
	)
}

// box converts a value of type t to an Any (Go `any`) so that None stays
// None: wrapper types unwrap, nil pointers become the nil interface.
func (g *gen) box(code jen.Code, t check.Type) *jen.Statement {
	switch t {
	case check.Number:
		return jen.Add(code).Dot("Box").Call()
	}
	if fn, ok := t.(*check.Func); ok && len(fn.Params) <= 4 {
		// A typed process value becomes a dynamically callable one.
		return jen.Qual(rtPath, fmt.Sprintf("Dyn%d", len(fn.Params))).Call(code)
	}
	if isScalarOpt(t) {
		return jen.Add(code).Dot("Box").Call()
	}
	if o, ok := t.(*check.Optional); ok {
		switch o.Elem.(type) {
		case *check.Record, *check.List, *check.Dict, *check.Awaitable, *check.Generator:
			return jen.Qual(rtPath, "BoxPtr").Call(code)
		}
	}
	return jen.Add(code)
}
