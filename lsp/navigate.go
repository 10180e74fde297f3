package lsp

import (
	"encoding/json"
	"regexp"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// definition goes to the declaration of the variable, process, record or
// field under the cursor.
func (s *Server) definition(raw json.RawMessage) (any, error) {
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
		return nil, s.later(d)
	}
	sp, ok := a.idx.decl(o.target)
	if !ok {
		if v, isVar := o.target.(*check.Var); isVar && v.Decl.Start.IsValid() {
			sp = v.Decl
		} else {
			return nil, nil
		}
	}
	r, ok := s.rangeOf(d, a, sp)
	if !ok {
		return nil, nil
	}
	return []Location{{URI: d.uri, Range: r}}, nil
}

// references lists every occurrence of the target under the cursor.
func (s *Server) references(raw json.RawMessage) (any, error) {
	var p referenceParams
	if err := unmarshalParams(raw, &p); err != nil {
		return nil, err
	}
	d, a, err := s.view(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	o, ok := s.occAt(d, a, p.Position)
	if !ok {
		return []Location{}, nil
	}
	out := []Location{}
	for _, r := range a.idx.refs(o.target) {
		if r.decl && !p.Context.IncludeDeclaration {
			continue
		}
		if rg, ok := s.rangeOf(d, a, r.sp); ok {
			out = append(out, Location{URI: d.uri, Range: rg})
		}
	}
	return out, nil
}

// highlights marks the occurrences of the target under the cursor.
func (s *Server) highlights(raw json.RawMessage) (any, error) {
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
		return []documentHighlight{}, nil
	}
	out := []documentHighlight{}
	for _, r := range a.idx.refs(o.target) {
		if rg, ok := s.rangeOf(d, a, r.sp); ok {
			kind := 2
			if r.decl {
				kind = 3
			}
			out = append(out, documentHighlight{Range: rg, Kind: kind})
		}
	}
	return out, nil
}

// renameTarget finds the renameable name under the cursor in a fresh
// analysis: a local or global variable, a parameter or a process.
func (s *Server) renameTarget(uri string, at Position) (*document, *analysis, occ, error) {
	d, a, err := s.fresh(uri)
	if err != nil {
		return nil, nil, occ{}, err
	}
	if a.prog == nil || a.diags.HasErrors() {
		return nil, nil, occ{}, &rpcError{Code: codeRequestFailed, Message: "fix the errors in the file before renaming"}
	}
	o, ok := a.idx.at(d.text.pos(at, s.enc))
	if !ok {
		return nil, nil, occ{}, &rpcError{Code: codeRequestFailed, Message: "no variable or process here"}
	}
	switch o.target.(type) {
	case *check.Var, *check.Proc:
		return d, a, o, nil
	}
	return nil, nil, occ{}, &rpcError{Code: codeRequestFailed, Message: "only variables and processes can be renamed"}
}

func (s *Server) prepareRename(raw json.RawMessage) (any, error) {
	var p textDocumentPositionParams
	if err := unmarshalParams(raw, &p); err != nil {
		return nil, err
	}
	d, _, o, err := s.renameTarget(p.TextDocument.URI, p.Position)
	if err != nil {
		return nil, err
	}
	return d.text.rng(nameSpan(o), s.enc), nil
}

// nameSpan is the span of the name itself: inside the quotes of a
// process declaration's string literal.
func nameSpan(o occ) ast.Span {
	sp := o.sp
	if _, ok := o.target.(*check.Proc); ok && o.decl {
		sp.Start.Col++
		sp.End.Col--
	}
	return sp
}

// runaName matches the names Runa accepts for variables and processes.
var runaName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// rename renames a variable or a process at every occurrence. The new name
// must be a name and must not already denote something the occurrences
// could then mean instead.
func (s *Server) rename(raw json.RawMessage) (any, error) {
	var p renameParams
	if err := unmarshalParams(raw, &p); err != nil {
		return nil, err
	}
	d, a, o, err := s.renameTarget(p.TextDocument.URI, p.Position)
	if err != nil {
		return nil, err
	}
	if !runaName.MatchString(p.NewName) {
		return nil, &rpcError{Code: codeInvalidParams, Message: "not a valid Runa name: " + p.NewName}
	}
	if reservedWords[p.NewName] {
		return nil, &rpcError{Code: codeInvalidParams, Message: p.NewName + " is a reserved word"}
	}
	if clash := s.nameClash(a, o.target, p.NewName); clash != "" {
		return nil, &rpcError{Code: codeRequestFailed, Message: clash}
	}
	edits := []textEdit{}
	for _, r := range a.idx.refs(o.target) {
		edits = append(edits, textEdit{Range: d.text.rng(nameSpan(r), s.enc), NewText: p.NewName})
	}
	return workspaceEdit{Changes: map[string][]textEdit{d.uri: edits}}, nil
}

// nameClash says why target cannot be called name, or "".
func (s *Server) nameClash(a *analysis, target any, name string) string {
	prog := a.prog
	for _, pr := range prog.Procs {
		if pr.Name == name && pr != target {
			return "a process is already called " + name
		}
	}
	if prog.RecordOf[name] != nil {
		return "a record type is already called " + name
	}
	if isBuiltin(name) {
		return name + " is a built-in process"
	}
	vars := prog.Globals
	if v, ok := target.(*check.Var); ok && v.Owner != nil {
		vars = append(append(append([]*check.Var(nil), vars...), v.Owner.Params...), v.Owner.Locals...)
	}
	for _, v := range vars {
		if v.Name == name && v != target {
			return "a variable in scope is already called " + name
		}
	}
	return ""
}
