package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// Files in other Runa dialects (level2.md §15.2). A file that shows a
// marker of the RunaLang or the symbolic dialect gets one diagnostic, at its
// first marker in source order, and is not analysed further: the dozens of
// syntax errors its lines would each produce say nothing useful.

const (
	runaLangHint = `runa2go accepts the Runa of AsyncProgramming.md: blocks end by dedenting, comments start with "#", annotations read "Let x as Integer be 5"`
	symbolicHint = `blocks follow a ":" and are indented; use "Display" to print`
)

// dialectMarker finds the first marker of another dialect in the tokens of
// src (the lexer's, before multi-word names are merged) and returns its
// diagnostic, or nil when the file shows none. Markers are read from
// tokens, so text inside string literals and comments never counts.
func dialectMarker(src string, toks []lexer.Token) *diag.Diagnostic {
	text := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].Text(src)
	}
	kind := func(i int) lexer.Kind {
		if i < 0 || i >= len(toks) {
			return lexer.EOF
		}
		return toks[i].Kind
	}
	endsLine := func(i int) bool { k := kind(i); return k == lexer.Newline || k == lexer.EOF }
	report := func(from, to int, symbolic bool) *diag.Diagnostic {
		sp := ast.Span{Start: toks[from].Pos(), End: toks[to].End()}
		found := src[toks[from].Off:toks[to].EndOff]
		if !symbolic {
			return &diag.Diagnostic{Span: sp, Code: diag.CodeDialect, Hint: runaLangHint,
				Message: "this file is written in the RunaLang dialect (found \"" + found + "\"), which runa2go does not accept"}
		}
		hint := `write "Let total be 5"; ` + symbolicHint
		if text(from) == "Let" {
			// Let NAME = VALUE: show the Runa form of this very line.
			value := "…"
			if k := kind(to + 1); (k == lexer.Int || k == lexer.Float || k == lexer.String || k == lexer.Word) && endsLine(to+2) {
				value = text(to + 1)
			}
			hint = `write "Let ` + text(from+1) + ` be ` + value + `"; ` + symbolicHint
		}
		return &diag.Diagnostic{Span: sp, Code: diag.CodeDialect, Hint: hint,
			Message: "this file is written in a symbolic Runa dialect (found \"" + found + "\"), which runa2go does not accept"}
	}
	first := -1 // index of the current line's first token
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.Kind {
		case lexer.Newline, lexer.EOF:
			first = -1
			continue
		case lexer.Indent, lexer.Dedent:
			continue
		}
		atStart := first < 0
		if atStart {
			first = i
		}
		w := text(i)
		if atStart && t.Kind == lexer.Word {
			switch w {
			case "End":
				// End Process, End If, …: a capitalised word or nothing after End.
				if kind(i+1) == lexer.Word && isUpper(text(i + 1)[0]) && endsLine(i+2) {
					return report(i, i+1, false)
				}
				if endsLine(i + 1) {
					return report(i, i, false)
				}
			case "Note":
				if kind(i+1) == lexer.Colon {
					return report(i, i+1, false)
				}
			case "Let":
				if kind(i+1) == lexer.Word && kind(i+2) == lexer.Illegal && text(i+2) == "=" {
					return report(i, i+2, true)
				}
			case "import":
				return report(i, i, true)
			}
		}
		if t.Kind == lexer.RBrace && atStart || t.Kind == lexer.LBrace && endsLine(i+1) {
			return report(i, i, true)
		}
		// `of type` after an expression, outside a When pattern; `is of
		// type` and `is not of type` are the Level 2 type test.
		if t.Kind == lexer.Word && w == "of" && text(i+1) == "type" && kind(i+1) == lexer.Word &&
			!atStart && text(first) != "When" && text(i-1) != "is" && text(i-1) != "not" {
			return report(i, i+1, false)
		}
	}
	return nil
}

// hasCode reports whether ds holds a diagnostic with the given code.
func hasCode(ds diag.List, code string) bool {
	for _, d := range ds {
		if d.Code == code {
			return true
		}
	}
	return false
}
