package parser

import (
	"testing"

	"github.com/runa2go/runa2go/frontend/lexer"
)

// TestFuncTypeParams checks that a parameter written with a process type
// (level2.md §4.4) — directly, in parentheses, as Function[…] or through
// an alias, a cyclic alias included — is process-valued with its arity
// and no names, and that other parameters are not process-valued.
func TestFuncTypeParams(t *testing.T) {
	src := `Type Check is (Integer) -> Boolean
Type Loop is Loop
Process called "p" that takes a as (Integer, String) -> Integer and b ((Integer) -> Integer), c as Function[Integer], d as Check and e as Loop and n as Integer and m:
    Return a
`
	p := &parser{srcLen: len(src)}
	f, diags := ParseFile("t.runa", []byte(src))
	if len(diags) > 0 || f == nil {
		t.Fatalf("diagnostics: %v", diags)
	}
	p.src, p.toks, p.multi = mergeNames(src, lexer.Lex([]byte(src)).Tokens)
	p.limit = len(p.toks) - 1
	p.prescan()
	p.prescanVars()
	var key int
	for k := range p.pvars {
		if k != globalScope {
			key = k
		}
	}
	want := map[string]int{"a": 2, "b": 1, "c": 0, "d": 1, "e": -2, "n": -2, "m": -2} // -2: not process-valued
	for name, arity := range want {
		v, ok := p.pvars[key][name]
		if !ok {
			t.Errorf("%s: not bound", name)
			continue
		}
		switch {
		case arity == -2 && v.pv:
			t.Errorf("%s: process-valued, want a plain variable", name)
		case arity >= 0 && (!v.pv || v.arity != arity || v.named):
			t.Errorf("%s: pv=%v arity=%d named=%v, want a process value of arity %d without names", name, v.pv, v.arity, v.named, arity)
		}
	}
}
