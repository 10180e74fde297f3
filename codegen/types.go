package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/codegen/lower"
	"github.com/runa2go/runa2go/frontend/check"
)

// The packages generated code may import. Every Qual in codegen names one
// of these constants, and importNames (their package names) are reserved:
// no Runa identifier is ever emitted as one of them (see namer), so an
// identifier cannot shadow an import whatever the program calls it.
const (
	rtPath      = "github.com/runa2go/runa2go/rt"
	stdPath     = "github.com/runa2go/runa2go/rt/std"
	webPath     = "github.com/runa2go/runa2go/rt/std/web"
	ctxPath     = "context"
	mathPath    = "math"
	stringsPath = "strings"
	iterPath    = "iter"
)

// importNames are the package names of every path above.
var importNames = []string{"rt", "std", "web", "context", "math", "strings", "iter"}

// goType returns the Go type of a Runa type (DESIGN §3).
func (g *gen) goType(t check.Type) *jen.Statement {
	switch t {
	case check.Integer:
		return jen.Int64()
	case check.Float:
		return jen.Float64()
	case check.Number:
		return jen.Qual(rtPath, "Number")
	case check.String:
		return jen.String()
	case check.Boolean:
		return jen.Bool()
	case check.DateTime:
		return jen.Qual(rtPath, "DateTime")
	case check.ErrorType:
		return jen.Error()
	case check.CancelToken:
		return jen.Op("*").Qual(rtPath, "CancelToken")
	case check.Unknown, check.AnyType, check.NoneType:
		return jen.Any()
	}
	switch x := t.(type) {
	case *check.LitUnion:
		return g.goType(x.Base)
	case *check.Union:
		return jen.Any()
	case *check.TypeParam:
		return jen.Id(x.Name)
	case *check.List:
		return jen.Op("*").Qual(rtPath, "List").Types(g.goType(x.Elem.Type()))
	case *check.Dict:
		return jen.Op("*").Qual(rtPath, "Dict").Types(g.keyType(x.Key.Type()), g.goType(x.Val.Type()))
	case *check.Record:
		if x.Builtin {
			return jen.Op("*").Qual(webPath, x.Name) // HttpResponse, the only builtin record
		}
		if x.Generic != nil {
			return jen.Op("*").Add(g.instanceType(x))
		}
		return jen.Op("*").Id(g.recordNames[x])
	case *check.Sum:
		if x.Generic != nil {
			return g.sumInstanceType(x)
		}
		return jen.Id(g.sumNames[x])
	case *check.Optional:
		if isPtrLike(x.Elem) {
			return g.goType(x.Elem)
		}
		return jen.Qual(rtPath, "Opt").Types(g.goType(x.Elem))
	case *check.Awaitable:
		return jen.Op("*").Qual(rtPath, "Future").Types(g.goType(x.Elem.Type()))
	case *check.Generator:
		return jen.Op("*").Qual(rtPath, "Generator").Types(g.goType(x.Elem.Type()))
	case *check.Func:
		return jen.Qual(rtPath, "Proc").Types(g.funcType(x))
	case *check.Manager:
		return jen.Any()
	}
	return jen.Any()
}

// keyType is the Go key type of a dictionary: it must be comparable.
func (g *gen) keyType(t check.Type) *jen.Statement {
	switch t {
	case check.Integer, check.Float, check.String, check.Boolean:
		return g.goType(t)
	}
	return jen.Any()
}

// funcType is the canonical shape of a process value:
// func(context.Context, A…) (R, error).
func (g *gen) funcType(f *check.Func) *jen.Statement {
	var params []jen.Code
	params = append(params, jen.Qual(ctxPath, "Context"))
	for _, p := range f.Params {
		params = append(params, g.goType(p.Type()))
	}
	return jen.Func().Params(params...).Params(g.goType(lower.ValueType(f.Result.Type())), jen.Error())
}

// isPtrLike reports whether t's Go type has nil as a value, so an Optional
// of it is the same Go type.
func isPtrLike(t check.Type) bool {
	if l, ok := t.(*check.LitUnion); ok {
		t = l.Base // a literal union is its base String or Integer
	}
	switch t {
	case check.Integer, check.Float, check.Number, check.String, check.Boolean, check.DateTime:
		return false
	}
	switch t.(type) {
	case *check.Func, *check.TypeParam:
		// A type parameter may stand for int64: its Optional is an rt.Opt.
		return false
	}
	return true
}

// isScalarOpt reports whether t is an Optional represented by rt.Opt.
func isScalarOpt(t check.Type) bool {
	o, ok := t.(*check.Optional)
	return ok && !isPtrLike(o.Elem)
}

// zero returns the zero value of a Go type for t.
func (g *gen) zero(t check.Type) *jen.Statement {
	switch t {
	case check.Integer, check.Float:
		return jen.Lit(0)
	case check.String:
		return jen.Lit("")
	case check.Boolean:
		return jen.False()
	case check.Number:
		return jen.Qual(rtPath, "Number").Values()
	case check.DateTime:
		return jen.Qual(rtPath, "DateTime").Values()
	}
	if _, ok := t.(*check.Func); ok || isScalarOpt(t) {
		return g.goType(t).Values()
	}
	if _, ok := t.(*check.TypeParam); ok {
		return jen.Op("*").New(g.goType(t))
	}
	return noneValue()
}
