package lsp

import (
	"sort"
	"unicode/utf8"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/load"
)

// fieldKey identifies a record field as a navigation target.
type fieldKey struct {
	rec  *check.Record
	name string
}

// occ is one occurrence of a named thing in the source: a declaration or a
// use. target is a *check.Var, *check.Proc, *check.Record, *check.Builtin
// or a fieldKey.
type occ struct {
	sp     ast.Span
	target any
	decl   bool
}

// index lists every occurrence of every name of a checked program, by
// line (a slice per line, sorted by column: building it hashes nothing, so
// it stays cheap next to the check on large files).
type index struct {
	lines [][]occ // lines[n] are the occurrences starting on line n
}

// buildIndex collects the occurrences from the checker's resolutions and
// from the syntax the checker does not record (record types written in
// annotations, field names).
func buildIndex(p *check.Program) *index {
	ix := &index{lines: make([][]occ, p.File.EndPos.Line+2)}
	add := func(sp ast.Span, target any, decl bool) {
		l := sp.Start.Line
		if target == nil || l < 1 || l >= load.Stride {
			return // none, or in a file the document imports
		}
		for l >= len(ix.lines) {
			ix.lines = append(ix.lines, nil)
		}
		ix.lines[l] = append(ix.lines[l], occ{sp: sp, target: target, decl: decl})
	}
	for _, r := range p.Records {
		var name *ast.Ident
		var fields []*ast.Field
		switch {
		case r.Decl != nil:
			name, fields = r.Decl.Name, r.Decl.Fields
		case r.Variant != nil:
			name, fields = r.Variant.Name, r.Variant.Fields
		default:
			continue
		}
		add(name.Sp, r, true)
		for _, f := range fields {
			add(f.Name.Sp, fieldKey{r, f.Name.Name}, true)
		}
	}
	for _, pr := range p.Procs {
		add(pr.Decl.NameSp, pr, true)
	}
	for id, v := range p.Defs {
		add(id.Sp, v, id.Sp == v.Decl || v.Decl == (ast.Span{}))
	}
	for id, obj := range p.Uses {
		add(id.Sp, obj, false)
	}
	typeRef := func(t *ast.TypeExpr) {}
	typeRef = func(t *ast.TypeExpr) {
		if t == nil {
			return
		}
		if r := p.RecordOf[t.Name]; r != nil && !r.Builtin {
			end := t.Sp.Start
			end.Col += utf8.RuneCountInString(t.Name)
			add(ast.Span{Start: t.Sp.Start, End: end}, r, false)
		}
		for _, a := range t.Args {
			typeRef(a)
		}
	}
	params := func(ps []*ast.Param) {
		for _, prm := range ps {
			typeRef(prm.Type)
		}
	}
	field := func(x ast.Expr, name *ast.Ident) {
		if r := recordOf(p.Types[x]); r != nil && r.Field(name.Name) != nil {
			add(name.Sp, fieldKey{r, name.Name}, false)
		}
	}
	ast.Inspect(p.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.LetStmt:
			typeRef(n.Type)
		case *ast.ProcDecl:
			params(n.Params)
			typeRef(n.Result)
		case *ast.TypeDecl:
			for _, f := range n.Fields {
				typeRef(f.Type)
			}
			typeRef(n.Alias)
		case *ast.CallbackLit:
			params(n.Params)
		case *ast.LambdaLit:
			params(n.Params)
		case *ast.RecordLit:
			if r := p.RecordOf[n.Type.Name]; r != nil {
				add(n.Type.Sp, r, false)
				for _, fi := range n.Fields {
					if r.Field(fi.Name.Name) != nil {
						add(fi.Name.Sp, fieldKey{r, fi.Name.Name}, false)
					}
				}
			}
		case *ast.MemberExpr:
			field(n.X, n.Name)
		case *ast.IsWordExpr:
			if w := p.IsWords[n]; w != nil {
				switch w.Kind {
				case check.IsProcCall:
					add(n.Word.Sp, w.Proc, false)
				case check.IsField:
					field(n.X, n.Word)
				}
			}
		}
		return true
	})
	for n, l := range ix.lines {
		if len(l) < 2 {
			continue
		}
		// Sort by column, the first added first among equals (declarations
		// and the checker's resolutions win), and drop duplicates.
		sort.SliceStable(l, func(i, j int) bool { return l[i].sp.Start.Col < l[j].sp.Start.Col })
		out := l[:1]
		for _, o := range l[1:] {
			if o.sp.Start != out[len(out)-1].sp.Start {
				out = append(out, o)
			}
		}
		ix.lines[n] = out
	}
	return ix
}

// refs returns the occurrences of target in source order.
func (ix *index) refs(target any) []occ {
	var out []occ
	for _, l := range ix.lines {
		for _, o := range l {
			if o.target == target {
				out = append(out, o)
			}
		}
	}
	return out
}

// decl returns the span of target's declaration.
func (ix *index) decl(target any) (ast.Span, bool) {
	for _, l := range ix.lines {
		for _, o := range l {
			if o.decl && o.target == target {
				return o.sp, true
			}
		}
	}
	return ast.Span{}, false
}

// recordOf returns the record type t (or an Optional of it) is, or nil.
func recordOf(t check.Type) *check.Record {
	if o, ok := t.(*check.Optional); ok {
		t = o.Elem
	}
	r, _ := t.(*check.Record)
	return r
}

// at returns the occurrence whose span contains pos (its end included, so
// a cursor just after a name finds it).
func (ix *index) at(pos ast.Pos) (occ, bool) {
	if pos.Line < 1 || pos.Line >= len(ix.lines) {
		return occ{}, false
	}
	for _, o := range ix.lines[pos.Line] {
		if leq(o.sp.Start, pos) && leq(pos, o.sp.End) {
			return o, true
		}
	}
	return occ{}, false
}
