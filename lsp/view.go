package lsp

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// The index of a document's latest checked analysis may be older than its
// text: positions go through the edits made since (toOld, toNew), so hover
// and navigation answer at once after a change, from the last good check,
// while the new one runs.

// since returns the edits of d made after a's version.
func (d *document) since(a *analysis) []edit {
	i := 0
	for i < len(d.edits) && d.edits[i].version <= a.version {
		i++
	}
	return d.edits[i:]
}

// inA maps a client position in d's current text to a's text.
func (s *Server) inA(d *document, a *analysis, p Position) (ast.Pos, bool) {
	return toOld(d.text.pos(p, s.enc), d.since(a))
}

// rangeOf maps a span of a's text to a client range in d's current text;
// false when the text there has changed since.
func (s *Server) rangeOf(d *document, a *analysis, sp ast.Span) (Range, bool) {
	sp, ok := toNew(sp, d.since(a))
	if !ok {
		return Range{}, false
	}
	return d.text.rng(sp, s.enc), true
}

// posOf maps a position of a's text to a client position.
func (s *Server) posOf(d *document, a *analysis, p ast.Pos) (Position, bool) {
	r, ok := s.rangeOf(d, a, ast.Span{Start: p, End: p})
	return r.Start, ok
}

// occAt returns the occurrence under a client position.
func (s *Server) occAt(d *document, a *analysis, p Position) (occ, bool) {
	if a == nil {
		return occ{}, false
	}
	pos, ok := s.inA(d, a, p)
	if !ok {
		return occ{}, false
	}
	return a.idx.at(pos)
}
