package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/check"
)

// memoized wraps the body of a Memoized process (level2.md §4.6) in a
// look-up of its result table, a package-level rt.Memo keyed by the
// arguments (one value, or a struct of them; a Number is keyed by
// Number.Key so that 2 and 2.0 are one key, an Optional Number by rt.OptKey). The body runs as a function
// literal; a call that returns records its value, one that raises
// records nothing. It returns the declarations of the table and key type.
func (f *fnGen) memoized(p *check.Proc, names [2]string, value check.Type, hasErr bool, results, body []jen.Code) ([]jen.Code, []jen.Code) {
	g := f.g
	table, keyType := names[0], names[1]
	var decls []jen.Code
	var key, keyGo jen.Code
	arg := func(v *check.Var) *jen.Statement {
		switch t := v.Type(); {
		case t == check.Number:
			return jen.Id(f.varName(v)).Dot("Key").Call()
		case isScalarOpt(t) && t.(*check.Optional).Elem == check.Number:
			return jen.Qual(rtPath, "OptKey").Call(jen.Id(f.varName(v)))
		}
		return jen.Id(f.varName(v))
	}
	switch len(p.Params) {
	case 0:
		keyGo = jen.Struct()
		key = jen.Struct().Values()
	case 1:
		keyGo = g.goType(p.Params[0].Type())
		key = arg(p.Params[0])
	default:
		var fields, vals []jen.Code
		for _, v := range p.Params {
			fields = append(fields, jen.Id(f.varName(v)).Add(g.goType(v.Type())))
			vals = append(vals, arg(v))
		}
		decls = append(decls, jen.Commentf("%s are the arguments of a call of %s, the key of %s.", keyType, g.procNames[p], table),
			jen.Type().Id(keyType).Struct(fields...))
		keyGo = jen.Id(keyType)
		key = jen.Id(keyType).Values(vals...)
	}
	var valGo jen.Code = jen.Struct()
	if value != nil {
		valGo = g.goType(value)
	}
	decls = append(decls, jen.Commentf("%s are the results of %s so far (Memoized Process %q).", table, g.procNames[p], p.Name),
		jen.Var().Id(table).Qual(rtPath, "Memo").Types(keyGo, valGo))

	k := f.names.name("key")
	v := f.names.name("result")
	var found []jen.Code // what a recorded call returns
	if value != nil {
		found = append(found, jen.Id(v))
	}
	if hasErr {
		found = append(found, jen.Nil())
	}
	// The table lookups and stores implement the Memoized header.
	at := g.line(p.Decl.Sp.Start)
	var out []jen.Code
	out = append(out, at, jen.Id(k).Op(":=").Add(key))
	got := v
	if value == nil {
		got = "_"
	}
	out = append(out, at, jen.If(jen.List(jen.Id(got), jen.Id("ok")).Op(":=").Id(table).Dot("Get").Call(jen.Id(k)), jen.Id("ok")).Block(jen.Return(found...)), at)
	run := jen.Func().Params().Params(results...).Block(body...).Call()
	stored := jen.Id(v)
	if value == nil {
		stored = jen.Struct().Values()
	}
	put := jen.Id(table).Dot("Put").Call(jen.Id(k), stored)
	switch {
	case value != nil && hasErr:
		out = append(out, jen.List(jen.Id(v), jen.Err()).Op(":=").Add(run), at,
			jen.If(jen.Err().Op("==").Nil()).Block(put),
			jen.Return(jen.Id(v), jen.Err()))
	case value != nil:
		out = append(out, jen.Id(v).Op(":=").Add(run), at, put, jen.Return(jen.Id(v)))
	case hasErr:
		out = append(out, jen.If(jen.Err().Op(":=").Add(run), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())), at, put, jen.Return(jen.Nil()))
	default:
		out = append(out, run, at, put)
	}
	return decls, out
}
