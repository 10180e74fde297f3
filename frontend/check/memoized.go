package check

import "github.com/runa2go/runa2go/frontend/ast"

// memoizedParams checks the parameters of Memoized processes (level2.md
// §4.6): each must be a value that a result table can be keyed by.
func (c *checker) memoizedParams() {
	for _, p := range c.prog.Procs {
		if p.Decl == nil || !p.Decl.Memoized || p.Kind != ast.PlainProc {
			continue
		}
		for _, v := range p.Params {
			t := v.Type()
			switch {
			case MemoKey(t):
			default:
				c.errorf(v.Decl, CodeMemoized, "", "a Memoized process takes only Integer, Float, Number, String, Boolean or Optional parameters; %q is %s", v.Name, t)
			}
		}
	}
}

// MemoKey reports whether a parameter of type t can key the result table
// of a Memoized process (level2.md §4.6): a scalar, or an Optional of one.
func MemoKey(t Type) bool {
	if o, ok := t.(*Optional); ok {
		t = o.Elem
	}
	switch t {
	case Integer, Float, Number, String, Boolean:
		return true
	}
	return false
}
