package ast

// pattern2 dumps the Level 2 patterns (pattern.go).
func (d *dumper) pattern2(p Pattern) {
	switch p := p.(type) {
	case *ListPattern:
		d.open("list")
		for _, it := range p.Items {
			d.sp()
			d.pattern(it)
		}
		if p.Rest != nil {
			d.s(" (rest ", p.Rest.Name.Name, ")")
		}
		d.close()
	case *DictPattern:
		d.open("dict")
		for _, e := range p.Entries {
			d.sp()
			d.expr(e.Key)
			d.s(":")
			d.pattern(e.Value)
		}
		d.close()
	case *RecordPattern:
		d.open("record ")
		if p.Sum != nil {
			d.s(p.Sum.Name, ".")
		}
		d.s(p.Type.Name)
		for _, f := range p.Fields {
			d.s(" ", f.Name.Name, "=")
			d.pattern(f.Value)
		}
		d.close()
	case *TypePattern:
		d.open("type ")
		switch {
		case p.Bind != nil:
			d.s(p.Bind.Name, " ")
		case p.Wild:
			d.s("_ ")
		}
		d.typ(p.Type)
		d.close()
	case *OrPattern:
		d.open("or")
		for _, a := range p.Alts {
			d.sp()
			d.pattern(a)
		}
		d.close()
	case *ParenPattern:
		d.open("paren ")
		d.pattern(p.X)
		d.close()
	default:
		d.s("nil")
	}
}
