package lsp

import (
	"regexp"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
)

// publish sends the diagnostics of a, for the version it analyzed (see
// offer).
func (s *Server) publish(d *document, a *analysis) {
	out := make([]Diagnostic, 0, len(a.diags))
	for _, dg := range a.diags {
		out = append(out, s.diagnostic(d, a, dg))
	}
	s.conn.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: d.uri, Version: a.version, Diagnostics: out})
}

// diagnostic converts one checker diagnostic: the hint goes on its own
// line of the message, and becomes a quick fix when it names one.
func (s *Server) diagnostic(d *document, a *analysis, dg *diag.Diagnostic) Diagnostic {
	sp := dg.Span
	if sp.End == sp.Start || sp.End.Before(sp.Start) {
		// A caret: cover the character under it.
		sp.End = ast.Pos{Line: sp.Start.Line, Col: sp.Start.Col + 1}
	}
	out := Diagnostic{
		Range:    a.text.rng(sp, s.enc),
		Severity: severityError,
		Code:     dg.Code,
		Source:   "runa2go",
		Message:  dg.Message,
	}
	if dg.Severity == diag.Warning {
		out.Severity = severityWarning
	}
	if dg.Hint != "" {
		out.Message += "\nhint: " + dg.Hint
	}
	out.Data = s.fixOf(a, dg)
	return out
}

var (
	didYouMean = regexp.MustCompile(`did you mean "([\p{L}_][\p{L}\p{N}_]*)"\?`)
	addAwait   = regexp.MustCompile("^write `await ")
	identText  = regexp.MustCompile(`^[\p{L}_][\p{L}\p{N}_]*$`)
)

// fixOf returns the edit a diagnostic's hint proposes, or nil: the name
// suggested by "did you mean" in place of the unknown name, or the missing
// await before an async call.
func (s *Server) fixOf(a *analysis, dg *diag.Diagnostic) *quickFix {
	if m := didYouMean.FindStringSubmatch(dg.Hint); m != nil && dg.Span.Start.Line == dg.Span.End.Line {
		line := []rune(a.text.line(dg.Span.Start.Line))
		from, to := dg.Span.Start.Col-1, dg.Span.End.Col-1
		if from >= 0 && to <= len(line) && from < to && identText.MatchString(string(line[from:to])) {
			return &quickFix{Title: "Change to \"" + m[1] + "\"", Range: a.text.rng(dg.Span, s.enc), Text: m[1]}
		}
	}
	if addAwait.MatchString(dg.Hint) {
		at := ast.Span{Start: dg.Span.Start, End: dg.Span.Start}
		if !strings.HasPrefix(a.text.from(at.Start), "await ") {
			return &quickFix{Title: "Add await", Range: a.text.rng(at, s.enc), Text: "await "}
		}
	}
	return nil
}

// codeActions offers the quick fixes carried by the diagnostics in the
// request's context.
func (s *Server) codeActions(raw []byte) (any, error) {
	var p codeActionParams
	if err := unmarshalParams(raw, &p); err != nil {
		return nil, err
	}
	actions := []codeAction{}
	for _, dg := range p.Context.Diagnostics {
		if dg.Data == nil || dg.Source != "runa2go" {
			continue
		}
		actions = append(actions, codeAction{
			Title:       dg.Data.Title,
			Kind:        "quickfix",
			Diagnostics: []Diagnostic{dg},
			IsPreferred: true,
			Edit:        workspaceEdit{Changes: map[string][]textEdit{p.TextDocument.URI: {{Range: dg.Data.Range, NewText: dg.Data.Text}}}},
		})
	}
	return actions, nil
}
