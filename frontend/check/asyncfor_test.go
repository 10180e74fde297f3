package check_test

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// asyncEachProc returns the process of the only Async For each in p.
func asyncEachProc(t *testing.T, p *check.Program) *check.Proc {
	t.Helper()
	if len(p.AsyncEach) != 1 {
		t.Fatalf("%d Async For each bodies, want 1", len(p.AsyncEach))
	}
	for _, e := range p.AsyncEach {
		return e
	}
	return nil
}

// TestAsyncForEachTypes checks that the element variable of an Async For
// each takes the type of the iterated elements (level2.md §11.1).
func TestAsyncForEachTypes(t *testing.T) {
	tests := []struct{ name, iter, want string }{
		{"list", "list containing 0.5, 1.5", "Float"},
		{"dictionary keys", "dictionary with:\n    \"a\" as 1", "String"},
		{"string", "\"abc\"", "String"},
		{"generator", "gen()", "Integer"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "Async Generator Process called \"gen\" that takes:\n    Yield 1\n" +
				"Let seen be list containing\nLet xs be " + tc.iter + "\n" +
				"Async For each x in xs:\n    Add x to seen\nDisplay seen\n"
			p, d := checkSrc(t, src, check.Config{})
			if p == nil {
				t.Fatalf("errors: %v", messages(d))
			}
			e := asyncEachProc(t, p)
			if e.Kind != ast.AsyncProc || e.Parent != p.Main || !e.Nested() {
				t.Errorf("body process: kind %v, parent %v, nested %v", e.Kind, e.Parent, e.Nested())
			}
			if got := e.Params[0].Type().String(); got != tc.want {
				t.Errorf("x: %s, want %s", got, tc.want)
			}
		})
	}
}

// TestAsyncForEachScopes checks that the names the body declares are the
// body's own (one per element task), that Set assigns an outer name, and
// that the body's names are not visible after the statement.
func TestAsyncForEachScopes(t *testing.T) {
	src := "Let total be 0\nLet label be \"outer\"\n" +
		"Async For each n in list containing 1, 2:\n" +
		"    Let label be \"item \" followed by n\n" +
		"    Let part be n multiplied by 2\n" +
		"    await sleep with seconds as 0\n" +
		"    Set total to total plus part\n" +
		"    Display label\n" +
		"Display total with label as label\n"
	p, d := checkSrc(t, src, check.Config{})
	if p == nil {
		t.Fatalf("errors: %v", messages(d))
	}
	e := asyncEachProc(t, p)
	var locals []string
	for _, v := range e.Locals {
		locals = append(locals, v.Name+" "+v.Type().String())
		if v.Global || v.Owner != e {
			t.Errorf("local %q: global %v, owner %v", v.Name, v.Global, v.Owner.Name)
		}
	}
	if got := strings.Join(locals, ", "); got != "label String, part Integer" {
		t.Errorf("body locals: %s", got)
	}
	var globals []string
	for _, v := range p.Globals {
		globals = append(globals, v.Name)
		if v.Name == "total" && !v.Captured {
			t.Errorf("total is set by the tasks but not captured")
		}
	}
	if got := strings.Join(globals, ", "); got != "total, label" {
		t.Errorf("globals: %s", got)
	}

	_, d = checkSrc(t, "Async For each n in list containing 1:\n    Let part be n\nDisplay part\n", check.Config{})
	if got := messages(d); len(got) != 1 || !strings.Contains(got[0], `3:9 error[E232] unknown name "part"`) {
		t.Errorf("a body's name after the statement: %v", got)
	}
}

// TestAsyncForEachDiagnostics checks where the statement may appear and
// that its body is checked like any other code.
func TestAsyncForEachDiagnostics(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // "line:col code substring"
	}{
		{"plain process", "Process called \"f\" that takes xs:\n    Async For each x in xs:\n        Continue\nf with xs as list containing 1\n",
			[]string{`2:5 E127 Async For each needs async code`}},
		{"plain Lambda", "Let f be Lambda xs: 0\nLet g be Lambda xs:\n    Async For each x in xs:\n        Continue\n    Return 0\nDisplay g(list containing 1)\nDisplay f(1)\n",
			[]string{`3:5 E245 a plain Lambda cannot wait`}},
		{"async process", "Async Process called \"f\" that takes xs:\n    Async For each x in xs:\n        await sleep with seconds as x\nawait f with xs as list containing 1\n", nil},
		{"async Lambda", "Let g be Async Lambda xs:\n    Async For each x in xs:\n        await sleep with seconds as x\n    Return 0\nDisplay await g(list containing 1)\n", nil},
		{"body type error", "Async For each x in list containing 1:\n    Display x plus \"s\"\n",
			[]string{`2:15 E253 cannot use "plus" with a String operand`}},
		{"not iterable", "Async For each x in 3:\n    Display x\n",
			[]string{`1:21 E2 cannot iterate over`}},
		{"outer name read before it is set", "Async For each x in list containing 1:\n    Display later\nLet later be 2\nDisplay later\n",
			[]string{`2:13 E270 "later" may be used before it is set`}},
		{"unknown name in body", "Async For each x in list containing 1:\n    Display y\n",
			[]string{`2:13 E232 unknown name "y"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, d := checkSrc(t, tc.src, check.Config{})
			var errs []string
			for _, m := range messages(d) {
				if strings.Contains(m, " error[") {
					errs = append(errs, m)
				}
			}
			if len(errs) != len(tc.want) {
				t.Fatalf("errors %v, want %v", errs, tc.want)
			}
			for i, w := range tc.want {
				parts := strings.SplitN(w, " ", 3)
				if !strings.HasPrefix(errs[i], parts[0]+" error["+parts[1]) || !strings.Contains(errs[i], parts[2]) {
					t.Errorf("error %q, want %q", errs[i], w)
				}
			}
			for _, m := range errs {
				if strings.Contains(m, "not supported") {
					t.Errorf("reported as unsupported: %s", m)
				}
			}
		})
	}
}

// TestAsyncForEachAwaitableBlock checks that the Lets of a `new awaitable`
// block in the body are the body's, not the enclosing program's.
func TestAsyncForEachAwaitableBlock(t *testing.T) {
	src := "Let results be list containing\n" +
		"Async For each n in list containing 1, 2:\n" +
		"    Let p be new awaitable that resolves when:\n" +
		"        Let doubled be n multiplied by 2\n" +
		"        Resolve with doubled\n" +
		"    Add await p to results\n" +
		"Display results\n"
	p, d := checkSrc(t, src, check.Config{})
	if p == nil {
		t.Fatalf("errors: %v", messages(d))
	}
	for _, v := range p.Globals {
		if v.Name != "results" {
			t.Errorf("global %q", v.Name)
		}
	}
	var locals []string
	for _, v := range asyncEachProc(t, p).Locals {
		locals = append(locals, v.Name)
	}
	if got := strings.Join(locals, ", "); got != "p, doubled" {
		t.Errorf("body locals: %s", got)
	}
}
