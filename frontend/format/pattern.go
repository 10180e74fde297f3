package format

import "github.com/runa2go/runa2go/frontend/ast"

// pattern2 prints the Level 2 patterns (level2.md §9.1).
func (p *printer) pattern2(pt ast.Pattern) {
	switch pt := pt.(type) {
	case *ast.ParenPattern:
		p.w("(")
		p.pattern(pt.X)
		p.w(")")
	case *ast.OrPattern:
		for i, a := range pt.Alts {
			if i > 0 {
				p.w(" OR ")
			}
			p.pattern(a)
		}
	case *ast.ListPattern:
		switch {
		case pt.Empty:
			p.w("empty list")
		case pt.Bracket:
			p.w("[")
			for i, it := range pt.Items {
				if i > 0 {
					p.w(", ")
				}
				p.pattern(it)
			}
			if pt.Rest != nil {
				if len(pt.Items) > 0 {
					p.w(", ")
				}
				p.w("...", p.name(pt.Rest.Name))
			}
			p.w("]")
		default:
			p.w("list containing")
			for i, it := range pt.Items {
				if i > 0 {
					p.w(" and")
				}
				p.w(" ")
				p.pattern(it)
			}
			if pt.Rest != nil {
				if len(pt.Items) > 0 {
					p.w(" and")
				}
				p.w(" rest")
				if pt.Rest.As {
					p.w(" as ", p.name(pt.Rest.Name))
				}
			}
		}
	case *ast.DictPattern:
		p.w("{")
		for i, e := range pt.Entries {
			if i > 0 {
				p.w(", ")
			}
			p.expr(e.Key)
			p.w(": ")
			p.pattern(e.Value)
		}
		p.w("}")
	case *ast.RecordPattern:
		if pt.Sum != nil {
			p.w(pt.Sum.Name, ".")
		}
		p.w(pt.Type.Name, " with ")
		for i, f := range pt.Fields {
			if i > 0 {
				p.w(" and ")
			}
			p.w(f.Name.Name, " as ")
			p.pattern(f.Value)
		}
	case *ast.TypePattern:
		switch {
		case pt.Bind != nil:
			p.w(p.name(pt.Bind), " of type ")
		case pt.Wild:
			p.w("_ of type ")
		}
		p.typ(pt.Type)
	}
}
