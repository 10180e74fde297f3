package format

import "github.com/runa2go/runa2go/frontend/ast"

// variants prints the `is` header's end and the `| VARIANT with …` lines
// of a sum type (level2.md §10.5), fields joined by " and ".
func (p *printer) variants(s *ast.TypeDecl) error {
	if err := p.end(s.Name.Sp.Start.Line); err != nil {
		return err
	}
	p.indent++
	p.first = true
	for _, v := range s.Variants {
		p.begin(v.Sp.Start.Line)
		p.w("| ", v.Name.Name)
		for i, f := range v.Fields {
			if i == 0 {
				p.w(" with ")
			} else {
				p.w(" and ")
			}
			p.w(f.Name.Name, " as ")
			p.typ(f.Type)
		}
		if err := p.end(v.Sp.End.Line); err != nil {
			return err
		}
	}
	p.indent--
	return nil
}
