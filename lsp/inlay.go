package lsp

import (
	"encoding/json"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// inlayHints shows the inferred types the source does not write: of Let
// variables, parameters and process results. Accepting a hint writes the
// annotation (`as Integer`, `returns String`) when Runa can spell the type.
func (s *Server) inlayHints(raw json.RawMessage) (any, error) {
	var p rangeParams
	if err := unmarshalParams(raw, &p); err != nil {
		return nil, err
	}
	d, a, err := s.view(p.TextDocument.URI)
	if err != nil || a == nil {
		return []inlayHint{}, err
	}
	from, _ := toOld(d.text.pos(p.Range.Start, s.enc), d.since(a))
	to, _ := toOld(d.text.pos(p.Range.End, s.enc), d.since(a))
	hints := []inlayHint{}
	add := func(at ast.Pos, keyword string, t check.Type) {
		if t == nil || t == check.Unknown || at.Before(from) || to.Before(at) {
			return
		}
		pos, ok := s.posOf(d, a, at)
		if !ok {
			return
		}
		h := inlayHint{Position: pos, Label: keyword + " " + t.String(), Kind: 1, PaddingLeft: true}
		if writable(t) {
			h.TextEdits = []textEdit{{Range: Range{Start: pos, End: pos}, NewText: " " + h.Label}}
		}
		hints = append(hints, h)
	}
	prog := a.prog
	for _, pr := range prog.Procs {
		decl := pr.Decl
		if decl.Sp.End.Before(from) || to.Before(decl.Sp.Start) {
			continue
		}
		for i, prm := range decl.Params {
			if prm.Type == nil && i < len(pr.Params) {
				add(prm.Name.Sp.End, "as", pr.Params[i].Type())
			}
		}
		if decl.Result == nil && pr.Returns && pr.Kind != ast.AsyncGeneratorProc && pr.Kind != ast.AsyncContextManagerProc {
			if at, ok := headerColon(a.text, decl); ok {
				add(at, "returns", pr.Result.Type())
			}
		}
	}
	for _, st := range prog.File.Stmts {
		if sp := extent(st); sp.End.Before(from) || to.Before(sp.Start) {
			continue
		}
		ast.Inspect(st, func(n ast.Node) bool {
			if l, ok := n.(*ast.LetStmt); ok && l.Type == nil {
				if v := prog.Defs[l.Name]; v != nil && v.Decl == l.Name.Sp {
					add(l.Name.Sp.End, "as", v.Type())
				}
			}
			return true
		})
	}
	return hints, nil
}

// headerColon returns the position of the ':' that ends a process header.
func headerColon(t *text, decl *ast.ProcDecl) (ast.Pos, bool) {
	line := []rune(t.line(decl.Sp.End.Line))
	for i := len(line) - 1; i >= 0; i-- {
		if line[i] == ':' {
			return ast.Pos{Line: decl.Sp.End.Line, Col: i + 1}, true
		}
	}
	return ast.Pos{}, false
}

// writable reports whether Runa can write t as an annotation.
func writable(t check.Type) bool {
	switch t := t.(type) {
	case *check.Basic:
		return t != check.Unknown && t != check.NoneType && t != check.CancelToken
	case *check.List:
		return writable(t.Elem.Type())
	case *check.Dict:
		return writable(t.Key.Type()) && writable(t.Val.Type())
	case *check.Optional:
		return writable(t.Elem)
	case *check.Record:
		return !t.Builtin && !strings.ContainsAny(t.Name, " ")
	}
	return false
}

// extent is the source range of a top-level statement, with the block of
// a process (whose Span is its header line).
func extent(st ast.Stmt) ast.Span {
	sp := st.Span()
	if p, ok := st.(*ast.ProcDecl); ok && p.Body != nil && sp.End.Before(p.Body.Sp.End) {
		sp.End = p.Body.Sp.End
	}
	return sp
}
