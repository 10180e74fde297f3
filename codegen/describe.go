package codegen

import (
	"bytes"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/codegen/lower"
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// Describer spells, as Go text, the types and function signatures that
// Generate gives the Runa types and processes of one checked program (for
// editor hovers). It names records, processes and parameters exactly as the
// generated code does.
type Describer struct {
	g    *gen
	file *jen.File // import aliases of the generated file (rt, std)
}

// NewDescriber returns a Describer for p, which must not change afterwards.
func NewDescriber(p *check.Program) *Describer {
	g := newGen(p, Options{Package: "main", SourceName: p.File.Name})
	g.declareNames()
	f := jen.NewFile("main")
	f.ImportName(rtPath, "rt")
	f.ImportName(stdPath, "std")
	f.ImportName(webPath, "web")
	return &Describer{g: g, file: f}
}

// GoType returns the Go type that values of the Runa type t have in the
// generated code, e.g. "int64", "*rt.List[string]", "rt.Opt[int64]".
func (d *Describer) GoType(t check.Type) string {
	return d.render(d.g.goType(t))
}

// GoName returns the Go name of a declared process, record or global
// variable; "" for anything else.
func (d *Describer) GoName(obj check.Object) string {
	switch o := obj.(type) {
	case *check.Proc:
		return d.g.procNames[o]
	case *check.Record:
		return d.g.recordNames[o]
	case *check.Var:
		if o.Global {
			return d.g.globalNames[o]
		}
	}
	return ""
}

// GoSignature returns the Go function a declared process becomes, without
// the func keyword and body, e.g. "fetch(ctx context.Context, url string)
// (string, error)". It is "" for the main program and callbacks.
func (d *Describer) GoSignature(p *check.Proc) string {
	if p.Decl == nil {
		return ""
	}
	g := d.g
	f := g.newFn(p, nil)
	var params []jen.Code
	sig := g.sig(p)
	if sig.Ctx {
		params = append(params, jen.Id("ctx").Qual(ctxPath, "Context"))
	}
	params = append(params, g.groupParams(f, p.Params)...)
	var results []jen.Code
	switch p.Kind {
	case ast.AsyncGeneratorProc:
		results = []jen.Code{jen.Op("*").Qual(rtPath, "Generator").Types(g.goType(p.Yield.Type()))}
	case ast.AsyncContextManagerProc:
		results = []jen.Code{g.goType(lower.ValueType(p.Yield.Type())), jen.Qual(rtPath, "Cleanup"), jen.Error()}
	default:
		if value := sig.Value; value != nil {
			results = append(results, g.goType(value))
		}
		if sig.Err {
			results = append(results, jen.Error())
		}
	}
	// Render a whole declaration (only a declaration formats as Go
	// source) and keep its header.
	text := d.render(jen.Func().Id(g.procNames[p]).Types(g.typeParamList(p.TypeParams)...).Params(params...).Params(results...).Block())
	text = strings.TrimPrefix(text, "func ")
	text = strings.TrimSuffix(strings.TrimSpace(text), "{\n}")
	text = strings.TrimSuffix(strings.TrimSpace(text), "{}")
	return strings.TrimSpace(text)
}

// render formats code with the generated file's import aliases.
func (d *Describer) render(code *jen.Statement) string {
	var b bytes.Buffer
	if err := code.RenderWithFile(&b, d.file); err != nil {
		return "any" // unreachable for the types goType builds
	}
	return strings.TrimSpace(b.String())
}
