package codegen

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
)

// docComments returns, by the line of the declaration it documents, the
// text of every comment block that stands right above a line (own-line
// comments on consecutive lines ending on the line before it), with the
// leading `#` and one space removed from each line.
func docComments(f *ast.File) map[int][]string {
	out := map[int][]string{}
	var block []string
	last := -1
	for _, c := range f.Comments {
		if !c.Own {
			block, last = nil, -1
			continue
		}
		if c.Sp.Start.Line != last+1 {
			block = nil
		}
		// Go source may not hold NUL (the Runa comment may): it becomes U+FFFD.
		text := strings.ReplaceAll(strings.TrimPrefix(c.Text, "#"), "\x00", "\uFFFD")
		text = strings.TrimPrefix(text, " ")
		block = append(block, strings.TrimRight(text, " \t"))
		last = c.Sp.Start.Line
		out[last+1] = append([]string(nil), block...)
	}
	return out
}

// docFor returns the Go doc comment of a declaration at line: the Runa
// comment block above it, its first word replaced by the Go name when it
// names the declaration (Go's convention), then a line naming the Runa
// origin. Without a comment block it is the origin line alone.
func (g *gen) docFor(line int, runaName, goName, origin string) []jen.Code {
	block := g.docs[line]
	var out []jen.Code
	if len(block) > 0 {
		first := block[0]
		if w, rest, _ := strings.Cut(first, " "); w == runaName || strings.EqualFold(w, goName) {
			block = append([]string{strings.TrimSpace(goName + " " + rest)}, block[1:]...)
		}
		for _, l := range block {
			out = append(out, jen.Comment(l))
		}
		out = append(out, jen.Comment(""))
		name, local := g.place(line)
		return append(out, jen.Comment(fmt.Sprintf("Runa: %s (%s:%d).", origin, name, local)))
	}
	return nil
}
