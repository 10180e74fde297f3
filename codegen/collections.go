package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// Map, Filter, Reduce and Sort (level2.md §5.1) become a Go loop over the
// list's items, before the statement that uses the result: the call of the
// process for each element (CollectionExpr.Call, lowered as any call, so a
// failure returns from the function as any failing call does) reads the
// loop variable where the element (ElemRef) stands.

// collection emits a Map, Filter, Reduce or Sort and returns its result.
func (f *fnGen) collection(b *[]jen.Code, e *ast.CollectionExpr) *jen.Statement {
	lt := unwrap(f.typ(e.List))
	var elem check.Type = check.AnyType
	var items *jen.Statement
	if l, ok := lt.(*check.List); ok {
		elem = l.Elem.Type()
		items = f.nonNone(b, e.List).Dot("Items").Call()
	} else {
		items = jen.Qual(rtPath, "ListItems").Call(jen.Lit(e.Op.String()), f.boxed(b, e.List))
	}
	elemGo := f.g.goType(held(elem))
	if e.Op == ast.OpSort && e.Call == nil {
		if ordered(elem) {
			return jen.Qual(rtPath, "Sorted").Call(items)
		}
		return jen.Qual(rtPath, "SortedAny").Call(items)
	}
	src := f.names.name("items")
	*b = append(*b, jen.Id(src).Op(":=").Add(items))
	if e.Call != nil {
		if _, name := e.Fn.(*ast.Ident); !name {
			// A Lambda or another expression giving the process: evaluated
			// once, before the loop, as the operation starts.
			fn := f.names.name("fn")
			*b = append(*b, jen.Id(fn).Op(":=").Add(f.expr(b, e.Fn)))
			f.bound[e.Fn] = fn
			defer delete(f.bound, e.Fn)
		}
	}
	x := f.names.name("elem")
	if f.elemNames == nil {
		f.elemNames = map[*ast.CollectionExpr]string{}
	}
	f.elemNames[e] = x
	var body []jen.Code
	call := func() *jen.Statement {
		body = nil
		return f.expr(&body, e.Call)
	}
	// The loop's lines are the operation's: each statement and the closing
	// brace carry its line (see lined).
	loop := func(over jen.Code, stmts []jen.Code) jen.Code {
		return jen.For(jen.List(jen.Id("_"), jen.Id(x)).Op(":=").Range().Add(over)).Block(f.endAt(f.lined(f.pos, stmts), f.pos)...)
	}
	switch e.Op {
	case ast.OpMap:
		res := f.typ(e).(*check.List).Elem.Type()
		out := f.names.name("mapped")
		*b = append(*b, jen.Id(out).Op(":=").Qual(rtPath, "NewListCap").Types(f.g.goType(held(res))).Call(jen.Len(jen.Id(src))))
		v := f.conv(call(), f.typ(e.Call), res)
		*b = append(*b, loop(jen.Id(src), append(body, jen.Id(out).Dot("Add").Call(v))))
		return jen.Id(out)
	case ast.OpFilter:
		out := f.names.name("filtered")
		*b = append(*b, jen.Id(out).Op(":=").Qual(rtPath, "NewListCap").Types(elemGo).Call(jen.Lit(0)))
		var keep *jen.Statement
		if isAnyShape(f.typ(e.Call)) {
			keep = jen.Qual(rtPath, "Predicate").Call(call())
		} else {
			keep = f.conv(call(), f.typ(e.Call), check.Boolean)
		}
		*b = append(*b, loop(jen.Id(src), append(body, jen.If(keep).Block(f.endAt(f.lined(f.pos, []jen.Code{jen.Id(out).Dot("Add").Call(jen.Id(x))}), f.pos)...))))
		return jen.Id(out)
	case ast.OpReduce:
		accT := f.typ(e)
		acc := f.names.name("acc")
		f.accNames[e] = acc
		over := jen.Id(src)
		if e.Initial != nil {
			init := f.convert(b, e.Initial, accT)
			if isLiteralExpr(e.Initial) {
				init = f.g.goType(held(accT)).Call(init) // an untyped Go constant
			}
			*b = append(*b, jen.Id(acc).Op(":=").Add(init))
		} else {
			*b = append(*b, jen.If(jen.Len(jen.Id(src)).Op("==").Lit(0)).Block(f.endAt(f.lined(f.pos, []jen.Code{jen.Qual(rtPath, "EmptyReduce").Call()}), f.pos)...))
			*b = append(*b, jen.Id(acc).Op(":=").Add(f.conv(jen.Id(src).Index(jen.Lit(0)), elem, accT)))
			over = jen.Id(src).Index(jen.Lit(1), jen.Empty())
		}
		v := f.conv(call(), f.typ(e.Call), accT)
		*b = append(*b, loop(over, append(body, jen.Id(acc).Op("=").Add(v))))
		return jen.Id(acc)
	}
	// Sort using K: one key per element, in order, then a stable sort.
	kt := f.typ(e.Call)
	keys := f.names.name("keys")
	keyGo := f.g.goType(held(kt))
	if !ordered(kt) {
		keyGo = jen.Any()
	}
	*b = append(*b, jen.Id(keys).Op(":=").Make(jen.Index().Add(keyGo), jen.Lit(0), jen.Len(jen.Id(src))))
	k := call()
	if !ordered(kt) {
		k = f.g.box(k, kt)
	}
	*b = append(*b, loop(jen.Id(src), append(body, jen.Id(keys).Op("=").Append(jen.Id(keys), k))))
	if ordered(kt) {
		return jen.Qual(rtPath, "SortedBy").Call(jen.Id(src), jen.Id(keys))
	}
	return jen.Qual(rtPath, "SortedByAny").Call(jen.Id(src), jen.Id(keys))
}

// elemRef is the loop variable (or accumulator) of the enclosing
// collection operation.
func (f *fnGen) elemRef(e *ast.ElemRef) *jen.Statement {
	if e.Acc {
		return jen.Id(f.accNames[e.Coll])
	}
	return jen.Id(f.elemNames[e.Coll])
}

// ordered reports whether values of t have a Go type ordered by <.
func ordered(t check.Type) bool {
	switch t {
	case check.Integer, check.Float, check.String:
		return true
	}
	return false
}

// held is the type a value of t is held in (Any for unknown).
func held(t check.Type) check.Type {
	if t == check.Unknown || t == check.NoneType || t == nil {
		return check.AnyType
	}
	return t
}
