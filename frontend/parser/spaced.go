package parser

import (
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Spaced process names (level2.md §2.2): a process whose `called` literal
// has several words may be called and passed by those words as well as by
// its Level 1 name, when every word is an identifier and the first word is
// not reserved (inner words may be).

// addSpaced records the words of a process's `called` literal when they
// form a spaced name.
func (p *parser) addSpaced(literal string) {
	words := strings.Fields(literal)
	if len(words) < 2 || strings.Join(words, " ") != literal || reserved[words[0]] {
		return
	}
	for _, w := range words {
		if !isIdentifier(w) {
			return
		}
	}
	if p.spaced == nil {
		p.spaced = map[string][][]string{}
	}
	p.spaced[words[0]] = append(p.spaced[words[0]], words)
}

// spacedName consumes a spaced process name at the cursor, longest first,
// and returns it as an identifier with the process's callable name, or
// returns nil when none starts here.
func (p *parser) spacedName() *ast.Ident {
	best := 0
	for _, ws := range p.spaced[p.text(0)] {
		if len(ws) > best && p.words(0, ws...) {
			best = len(ws)
		}
	}
	if best == 0 {
		return nil
	}
	start := p.tok(0).Pos()
	var words []string
	for i := 0; i < best; i++ {
		words = append(words, p.next().Text(p.src))
	}
	return &ast.Ident{Sp: sp(start, p.prevEnd()), Name: strings.Join(words, "_")}
}
