package ast

import "strconv"

func (d *dumper) importStmt(s *ImportStmt) {
	d.open("import ")
	switch s.Kind {
	case ImportFunction:
		d.s("function ", strconv.Quote(s.Member), " ")
	case ImportType:
		d.s("type ", strconv.Quote(s.Member), " ")
	}
	d.s(strconv.Quote(s.Module))
	if s.As != nil {
		d.s(" as ", s.As.Name)
	}
	d.close()
}
