package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// asyncForEach emits `Async For each X in E:` (level2.md §11.1): the body
// becomes a closure func(ctx, x T) error — its own locals, so each
// element's task has its own Let names, and x typed by E's elements — run
// as one task per element by rt.Each (a list, a dictionary's keys, a
// string's characters, an Any collection) or rt.EachOf (a generator,
// whose values the statement's task takes one at a time). The statement
// returns the first failure, after every task has finished (spec §8.2).
// Continue in the body returns from the closure.
func (f *fnGen) asyncForEach(b *[]jen.Code, s *ast.AsyncForEachStmt) {
	p := f.g.p.AsyncEach[s]
	if p == nil {
		return
	}
	v := p.Params[0]
	it := unwrap(f.typ(s.Iter))
	x := f.nonNone(b, s.Iter)
	var items *jen.Statement
	elem := v.Type() // the Go type of the tasks' values
	run := "Each"
	switch it.(type) {
	case *check.List:
		items = x.Dot("Items").Call()
	case *check.Dict:
		items = x.Dot("Keys").Call()
	case *check.Generator:
		items, run = x, "EachOf"
	default:
		if it == check.String {
			items = jen.Qual(rtPath, "Chars").Call(x)
		} else {
			items, elem = jen.Qual(rtPath, "AnyIter").Call(x), check.AnyType
		}
	}

	cf := f.g.newFn(p, f)
	cf.promises = f.promises
	cf.lastLine = f.lastLine
	cf.pos = f.pos // the prologue is the statement's line
	param := "_"
	var rebind jen.Code
	switch {
	case !v.Used:
	case elem != v.Type():
		// A typed variable over an Any collection: check each element.
		param = cf.names.name(camel(v.Name, false) + "Any")
		rebind = jen.Id(cf.varName(v)).Op(":=").Add(cf.fromAny(jen.Id(param), v.Type()))
	default:
		param = cf.varName(v)
	}
	cf.push(&frame{kind: frameCleanup})
	var body []jen.Code
	if rebind != nil {
		body = append(body, rebind)
	}
	body = append(body, cf.body(p, s.Body.Stmts)...)
	cf.pop()
	f.lastLine = cf.lastLine
	body = f.endAt(body, f.pos) // the closing brace is the statement's
	fn := jen.Func().Params(jen.Id("ctx").Qual(ctxPath, "Context"), jen.Id(param).Add(f.g.goType(elem))).Error().Block(body...)
	f.finishCall(b, jen.Qual(rtPath, run).Call(f.ctxRef(), items, fn), nil, true, "")
}
