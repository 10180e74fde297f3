package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/check"
)

// record emits the struct of a record type (no methods: the user's
// namespace stays the fields) and the init function that registers its
// rt.RecordType.
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
	switch {
	case r.Decl != nil:
		g.f.Add(g.line(r.Decl.Sp.Start))
	case r.Variant != nil:
		g.f.Add(g.line(r.Variant.Sp.Start))
	}
	if r.Sum != nil {
		g.f.Commentf("%s is the variant %s of the Runa sum type %s.", name, r.Name, r.Sum.Name)
	} else {
		g.f.Commentf("%s is the Runa record type %s.", name, r.Name)
	}
	g.f.Type().Id(name).Types(g.typeParamList(r.Params)...).Struct(fields...)
	g.f.Var().Id(fieldsVar).Op("=").Index().String().Values(names...)
	if r.Decl != nil || r.Variant != nil {
		g.f.Add(g.noOrigin()) // the methods implement no Runa line
	}

	var vals []jen.Code
	for _, f := range r.Fields {
		vals = append(vals, g.box(jen.Id("r").Dot(goField[f.Name]), f.Type))
	}
	self := func() *jen.Statement { return jen.Id(name).Types(g.typeParamNames(r.Params)...) }
	recv := jen.Id("r").Op("*").Add(self())
	repr := jen.Func().Params(jen.Id("b").Index().Byte(), recv.Clone()).Index().Byte().Block(
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
	all := jen.True()
	if len(eqs) > 0 {
		all = jen.Null()
		for i, e := range eqs {
			if i > 0 {
				all.Op("&&")
			}
			all.Add(e)
		}
	}
	pr := jen.Id("p")
	if len(eqs) == 0 {
		pr = jen.Id("_")
	}
	rr := jen.Id("r")
	if len(eqs) == 0 {
		rr = jen.Id("_")
	}
	equal := jen.Func().Params(jen.List(rr, pr).Op("*").Add(self())).Bool().Block(jen.Return(all))

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
	getRecv, setRecv := recv.Clone(), recv.Clone()
	var getBody, setBody []jen.Code
	if len(r.Fields) == 0 {
		getRecv, setRecv = jen.Id("_").Op("*").Add(self()), jen.Id("_").Op("*").Add(self())
	} else {
		getBody = []jen.Code{jen.Switch(jen.Id("name")).Block(getCases...)}
		setBody = []jen.Code{jen.Switch(jen.Id("name")).Block(setCases...)}
	}
	nameParam, vParam := jen.Id("name"), jen.Id("v")
	if len(r.Fields) == 0 {
		nameParam, vParam = jen.Id("_"), jen.Id("_")
	}
	field := jen.Func().Params(getRecv, nameParam.Clone().String()).Params(jen.Any(), jen.Bool()).Block(
		append(getBody, jen.Return(jen.Nil(), jen.False()))...)
	setField := jen.Func().Params(setRecv, nameParam.Clone().String(), vParam.Any()).Bool().Block(
		append(setBody, jen.Return(jen.False()))...)

	g.f.Commentf("The rt.RecordType of %s: how the runtime displays and compares it and", name)
	g.f.Comment("reads or sets its fields by name (Any values, JSON).")
	register := jen.Qual(rtPath, "RegisterRecord").Call(jen.Op("&").Qual(rtPath, "RecordType").Types(self()).Custom(
		jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true},
		jen.Id("Name").Op(":").Lit(r.Declared()),
		jen.Id("Fields").Op(":").Id(fieldsVar),
		variantFlag(r),
		jen.Id("Repr").Op(":").Add(repr),
		jen.Id("Equal").Op(":").Add(equal),
		jen.Id("Field").Op(":").Add(field),
		jen.Id("SetField").Op(":").Add(setField),
	))
	if r.IsGeneric() {
		g.genericRegistration(r, register)
		return
	}
	g.f.Func().Id("init").Params().Block(register)
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

// variantFlag is the `Variant: true` entry of a variant's rt.RecordType,
// nothing for a plain record.
func variantFlag(r *check.Record) jen.Code {
	if r.Sum == nil {
		return jen.Null()
	}
	return jen.Id("Variant").Op(":").True()
}
