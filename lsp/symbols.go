package lsp

import (
	"encoding/json"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/format"
)

// symbols lists the processes, record types (with their fields) and
// top-level variables of the current text (parsed: errors elsewhere do
// not hide them).
func (s *Server) symbols(raw json.RawMessage) (any, error) {
	var p documentParams
	if err := unmarshalParams(raw, &p); err != nil {
		return nil, err
	}
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil, &rpcError{Code: codeInvalidParams, Message: "document not open: " + p.TextDocument.URI}
	}
	a := s.current(d)
	out := []documentSymbol{}
	if a.file == nil {
		return out, nil
	}
	t := a.text
	seen := map[string]bool{}
	for _, st := range a.file.Stmts {
		switch st := st.(type) {
		case *ast.ProcDecl:
			out = append(out, documentSymbol{Name: st.Name, Detail: st.Kind.String(), Kind: symbolFunction,
				Range: t.rng(extent(st), s.enc), SelectionRange: t.rng(st.NameSp, s.enc)})
		case *ast.TypeDecl:
			sym := documentSymbol{Name: st.Name.Name, Detail: "Type", Kind: symbolStruct,
				Range: t.rng(st.Sp, s.enc), SelectionRange: t.rng(st.Name.Sp, s.enc)}
			for _, f := range st.Fields {
				detail := ""
				if f.Type != nil {
					detail = t.text(f.Type.Sp)
				}
				sym.Children = append(sym.Children, documentSymbol{Name: f.Name.Name, Detail: detail, Kind: symbolField,
					Range: t.rng(f.Name.Sp, s.enc), SelectionRange: t.rng(f.Name.Sp, s.enc)})
			}
			out = append(out, sym)
		case *ast.LetStmt:
			if seen[st.Name.Name] {
				continue
			}
			seen[st.Name.Name] = true
			out = append(out, documentSymbol{Name: st.Name.Name, Kind: symbolVariable,
				Range: t.rng(st.Sp, s.enc), SelectionRange: t.rng(st.Name.Sp, s.enc)})
		}
	}
	return out, nil
}

// formatting formats the document as `runa2go fmt` does: one edit that
// replaces the whole text, none when it is already formatted. A file with
// syntax errors is not formatted.
func (s *Server) formatting(raw json.RawMessage) (any, error) {
	var p formattingParams
	if err := unmarshalParams(raw, &p); err != nil {
		return nil, err
	}
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil, &rpcError{Code: codeInvalidParams, Message: "document not open: " + p.TextDocument.URI}
	}
	a := s.current(d)
	if a.file == nil || hasSyntaxErrors(a) {
		return nil, &rpcError{Code: codeRequestFailed, Message: "the file has syntax errors: not formatted"}
	}
	out, err := format.Source(a.file, []byte(a.text.s))
	if err != nil {
		return nil, &rpcError{Code: codeRequestFailed, Message: "formatter: " + err.Error()}
	}
	if string(out) == a.text.s {
		return []textEdit{}, nil
	}
	whole := ast.Span{Start: ast.Pos{Line: 1, Col: 1}, End: a.text.end()}
	return []textEdit{{Range: a.text.rng(whole, s.enc), NewText: string(out)}}, nil
}

// hasSyntaxErrors reports whether a's file failed to parse.
func hasSyntaxErrors(a *analysis) bool { return a.file == nil || a.parseErrors }
