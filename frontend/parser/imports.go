package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// Imported are the names the files a file imports declare, as the file
// writes them (`Q.f` for a member of a module imported as Q, `f` for an
// `Import function`), so that calls and record literals of another file
// parse as those of the file's own declarations do (level2.md §11.4).
type Imported struct {
	Procs   map[string][]string // process → its parameter names
	Records map[string]bool     // record and variant type names
	Types   map[string]bool     // every type name (records, sums, aliases)
}

// Declarations lists what a parsed file declares at its top level, by the
// names the file itself uses.
type Declarations struct {
	Procs   map[string][]string
	Records map[string]bool
	Types   map[string]bool
}

// Declared returns the top-level declarations of f.
func Declared(f *ast.File) *Declarations {
	d := &Declarations{Procs: map[string][]string{}, Records: map[string]bool{}, Types: map[string]bool{}}
	for _, s := range f.Stmts {
		switch s := s.(type) {
		case *ast.ProcDecl:
			params := []string{}
			for _, prm := range s.Params {
				params = append(params, prm.Name.Name)
			}
			d.Procs[s.Name] = params
		case *ast.TypeDecl:
			d.Types[s.Name.Name] = true
			if s.Fields != nil {
				d.Records[s.Name.Name] = true
			}
			for _, v := range s.Variants {
				d.Records[v.Name.Name] = true
				d.Types[v.Name.Name] = true
			}
		}
	}
	return d
}

// Add makes the declarations d of a module usable in the importing file:
// under the qualifier q (`Q.name`), or, when q is "", the one name name.
func (im *Imported) Add(d *Declarations, q, name string) {
	if im.Procs == nil {
		im.Procs, im.Records, im.Types = map[string][]string{}, map[string]bool{}, map[string]bool{}
	}
	key := func(n string) (string, bool) {
		if q != "" {
			return q + "." + n, true
		}
		return n, n == name
	}
	for n, params := range d.Procs {
		if k, ok := key(n); ok {
			im.Procs[k] = params
		}
	}
	for n := range d.Records {
		if k, ok := key(n); ok {
			im.Records[k] = true
		}
	}
	for n := range d.Types {
		if k, ok := key(n); ok {
			im.Types[k] = true
		}
	}
}

// addImported enters the imported names into the prescan tables; a name
// the file declares itself wins.
func (p *parser) addImported(im *Imported) {
	if im == nil {
		return
	}
	for k, params := range im.Procs {
		if _, own := p.procs[k]; !own {
			p.procs[k] = params
		}
	}
	for k := range im.Records {
		p.records[k] = true
	}
	p.importedTypes = im.Types
}
