package lsp

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/runa2go/runa2go/codegen"
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// hover shows what the checker inferred for the name under the cursor and
// the Go it becomes: `total: Integer → int64`, a process's signature with
// whether it is async and can fail.
func (s *Server) hover(raw json.RawMessage) (any, error) {
	var p textDocumentPositionParams
	if err := unmarshalParams(raw, &p); err != nil {
		return nil, err
	}
	d, a, err := s.view(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	o, ok := s.occAt(d, a, p.Position)
	if !ok {
		if h := s.hoverExpr(d, a, p.Position); h != nil {
			return h, nil
		}
		return nil, s.later(d)
	}
	text := describe(a.desc, o.target)
	if text == "" {
		return nil, nil
	}
	h := hover{Contents: markupContent{Kind: "markdown", Value: text}}
	if r, ok := s.rangeOf(d, a, o.sp); ok {
		h.Range = &r
	}
	return h, nil
}

// describe is the hover text of a target.
func describe(desc *codegen.Describer, target any) string {
	var b strings.Builder
	code := func(s string) { fmt.Fprintf(&b, "```runa\n%s\n```\n", s) }
	switch t := target.(type) {
	case *check.Var:
		code(t.Name + ": " + t.Type().String() + " → " + desc.GoType(t.Type()))
		b.WriteString(varKind(t))
	case *check.Proc:
		code(procSignature(t))
		var traits []string
		if t.IsAsync() {
			traits = append(traits, "async: call it with `await`")
		}
		if t.CanFail {
			traits = append(traits, "can fail")
		} else {
			traits = append(traits, "cannot fail")
		}
		if t.Recursive {
			traits = append(traits, "recursive")
		}
		b.WriteString(strings.Join(traits, " · ") + "\n")
		if sig := desc.GoSignature(t); sig != "" {
			fmt.Fprintf(&b, "\n```go\nfunc %s\n```\n", sig)
		}
	case *check.Record:
		var fields []string
		for _, f := range t.Fields {
			fields = append(fields, "    "+f.Name+" as "+f.Type.String())
		}
		code("Type " + t.Name + " is Dictionary with:\n" + strings.Join(fields, "\n"))
		fmt.Fprintf(&b, "Go: `%s`\n", desc.GoType(t))
	case fieldKey:
		f := t.rec.Field(t.name)
		if f == nil {
			return ""
		}
		code(t.rec.Name + "." + f.Name + ": " + f.Type.String() + " → " + desc.GoType(f.Type))
		fmt.Fprintf(&b, "field of record %s\n", t.rec.Name)
	case *check.Builtin:
		sig := t.Name
		if len(t.Params) > 0 {
			sig += " with " + strings.Join(withAs(t.Params), " and ")
		}
		code(sig)
		if t.Async {
			b.WriteString("built-in process · async: call it with `await`\n")
		} else {
			b.WriteString("built-in process\n")
		}
	default:
		return ""
	}
	return b.String()
}

// withAs spells parameter names as `name as …`.
func withAs(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n + " as …"
	}
	return out
}

// varKind says what sort of variable v is.
func varKind(v *check.Var) string {
	var kind string
	switch {
	case v.Param && v.Owner != nil && v.Owner.Decl != nil:
		kind = fmt.Sprintf("parameter of %q", v.Owner.Name)
	case v.Param:
		kind = "callback parameter"
	case v.Global:
		kind = "top-level variable"
	case v.Loop:
		kind = "loop variable"
	case v.Owner != nil && v.Owner.Decl != nil:
		kind = fmt.Sprintf("local variable of %q", v.Owner.Name)
	default:
		kind = "local variable"
	}
	if v.Captured {
		kind += " · captured by a callback or task"
	}
	return kind + "\n"
}

// procSignature spells a process's header with its inferred types.
func procSignature(p *check.Proc) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s called %q", p.Kind, p.Name)
	if len(p.Params) > 0 {
		var ps []string
		for _, v := range p.Params {
			ps = append(ps, v.Name+" as "+v.Type().String())
		}
		b.WriteString(" that takes " + strings.Join(ps, " and "))
	}
	switch p.Kind {
	case ast.AsyncGeneratorProc:
		fmt.Fprintf(&b, " yields %s", p.Yield.Type())
	case ast.AsyncContextManagerProc:
		fmt.Fprintf(&b, " gives %s", p.Yield.Type())
	default:
		if t := p.Result.Type(); p.Returns || (p.Decl != nil && p.Decl.Result != nil) {
			fmt.Fprintf(&b, " returns %s", t)
		}
	}
	return b.String()
}

// hoverExpr shows the type of the innermost expression under the cursor
// that is not a name (a literal, a call, an operation), or nil.
func (s *Server) hoverExpr(d *document, a *analysis, at Position) any {
	if a == nil {
		return nil
	}
	pos, ok := s.inA(d, a, at)
	if !ok {
		return nil
	}
	var best ast.Expr
	for _, st := range a.prog.File.Stmts {
		if sp := extent(st); pos.Before(sp.Start) || sp.End.Before(pos) {
			continue
		}
		ast.Inspect(st, func(n ast.Node) bool {
			e, ok := n.(ast.Expr)
			if !ok {
				return true
			}
			sp := e.Span()
			if pos.Before(sp.Start) || !pos.Before(sp.End) {
				return true
			}
			if _, ok := a.prog.Types[e]; ok {
				best = e // children come later: the innermost wins
			}
			return true
		})
	}
	if best == nil {
		return nil
	}
	t := a.prog.Types[best]
	if t == nil || t == check.Unknown {
		return nil
	}
	h := hover{Contents: markupContent{Kind: "markdown", Value: fmt.Sprintf("```runa\n%s → %s\n```\n", t, a.desc.GoType(t))}}
	if r, ok := s.rangeOf(d, a, best.Span()); ok {
		h.Range = &r
	}
	return h
}
