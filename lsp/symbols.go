package lsp

import (
	"encoding/json"
	"fmt"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/format"
	"github.com/runa2go/runa2go/frontend/parser"
)

// symbols lists the processes, record types (with their fields) and
// top-level variables of the latest parsed version (errors elsewhere do
// not hide them), its positions carried through the edits made since.
func (s *Server) symbols(raw json.RawMessage) (any, error) {
	var p documentParams
	if err := unmarshalParams(raw, &p); err != nil {
		return nil, err
	}
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil, &rpcError{Code: codeInvalidParams, Message: "document not open: " + p.TextDocument.URI}
	}
	s.settle(d)
	if d.last == nil {
		s.analyzeNow(d)
	}
	a := d.last
	out := []documentSymbol{}
	if a.file == nil {
		return out, nil
	}
	t := symbolRanges{s, d, a}
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
					detail = a.text.text(f.Type.Sp)
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
	a := d.last
	if a == nil || a.version != d.version {
		// Only the parse is needed: not the (slower) check.
		a = &analysis{version: d.version, text: d.text}
		var diags diag.List
		err := catch(func() { a.file, diags = parser.ParseFile(d.name, []byte(d.text.s)) })
		if err != nil {
			return nil, err
		}
		a.parseErrors = diags.HasErrors()
	}
	if hasSyntaxErrors(a) {
		return nil, &rpcError{Code: codeRequestFailed, Message: "the file has syntax errors: not formatted"}
	}
	var out []byte
	var err error
	if perr := catch(func() { out, err = format.Source(a.file, []byte(a.text.s)) }); perr != nil {
		return nil, perr
	}
	if err != nil {
		return nil, &rpcError{Code: codeRequestFailed, Message: "formatter: " + err.Error()}
	}
	if string(out) == a.text.s {
		return []textEdit{}, nil
	}
	whole := ast.Span{Start: ast.Pos{Line: 1, Col: 1}, End: a.text.end()}
	return []textEdit{{Range: a.text.rng(whole, s.enc), NewText: string(out)}}, nil
}

// catch runs f, returning a panic as an internal error.
func catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &rpcError{Code: codeInternalError, Message: fmt.Sprintf("internal error in runa2go: %v (please report this bug)", r)}
		}
	}()
	f()
	return nil
}

// symbolRanges converts spans of an analysis to ranges in the current
// text, mapping each end on its own so that a symbol being edited keeps
// its place.
type symbolRanges struct {
	s *Server
	d *document
	a *analysis
}

func (r symbolRanges) rng(sp ast.Span, enc string) Range {
	edits := r.d.since(r.a)
	start, ok1 := toNew(ast.Span{Start: sp.Start, End: sp.Start}, edits)
	end, ok2 := toNew(ast.Span{Start: sp.End, End: sp.End}, edits)
	if !ok1 || !ok2 || end.Start.Before(start.Start) {
		end = start
	}
	return r.d.text.rng(ast.Span{Start: start.Start, End: end.Start}, enc)
}

// hasSyntaxErrors reports whether a's file failed to parse.
func hasSyntaxErrors(a *analysis) bool { return a.file == nil || a.parseErrors }
