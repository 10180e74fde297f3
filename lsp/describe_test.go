package lsp

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/codegen"
	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/parser"
)

// checked parses and checks src, failing the test on any error.
func checked(t testing.TB, src string) *check.Program {
	t.Helper()
	f, d := parser.ParseFile("t.runa", []byte(src))
	if d.HasErrors() {
		t.Fatalf("parse: %s", d[0].Message)
	}
	p, d := check.Check(f, check.Config{})
	if p == nil {
		t.Fatalf("check: %s", d[0].Message)
	}
	return p
}

const describeSrc = `Type Point is Dictionary with:
    x as Integer
    label as String

Process called "area" that takes w and h:
    Return w multiplied by h

Async Process called "fetch" that takes url:
    Let r be await http_get with url as url
    Return r.body

Process called "show" that takes p as Point:
    Display p.label

Let total be area with w as 2 and h as 3
Let names be list containing "a", "b"
Let maybe be None
Set maybe to 4
Let page be await fetch with url as "http://127.0.0.1/"
show with p as Point with:
    x as 1
    label as "one"
Display total
Display names
Display maybe
Display page
`

// TestDescriberMatchesGenerate checks that the Go spelled by the Describer
// is what Generate emits for the same program.
func TestDescriberMatchesGenerate(t *testing.T) {
	p := checked(t, describeSrc)
	code, err := codegen.Generate(p, codegen.Options{NoLine: true})
	if err != nil {
		t.Fatal(err)
	}
	d := codegen.NewDescriber(p)
	for _, proc := range p.Procs {
		sig := d.GoSignature(proc)
		if !strings.Contains(string(code), "func "+sig+" {") {
			t.Errorf("signature of %q: %q not in generated code:\n%s", proc.Name, sig, code)
		}
	}
	types := map[string]string{}
	for _, v := range p.Globals {
		types[v.Name] = d.GoType(v.Type())
	}
	want := map[string]string{"total": "int64", "names": "*rt.List[string]", "maybe": "rt.Opt[int64]", "page": "string"}
	for name, w := range want {
		if types[name] != w {
			t.Errorf("GoType(%s) = %q, want %q", name, types[name], w)
		}
	}
	if got := d.GoType(p.RecordOf["Point"]); got != "*Point" {
		t.Errorf("GoType(Point) = %q", got)
	}
	for name, w := range want {
		if name == "page" {
			continue
		}
		if !strings.Contains(string(code), w) {
			t.Errorf("%s's Go type %q does not appear in the generated code", name, w)
		}
	}
}

// TestDescribeProcessValue: a variable holding a process has the Go type
// of a process value, as in the generated code.
func TestDescribeProcessValue(t *testing.T) {
	p := checked(t, "Process called \"twice\" that takes n:\n    Return n multiplied by 2\n\nLet op be twice\nDisplay op with n as 4\n")
	code, err := codegen.Generate(p, codegen.Options{NoLine: true})
	if err != nil {
		t.Fatal(err)
	}
	got := codegen.NewDescriber(p).GoType(p.Globals[0].Type())
	if got != "rt.Proc[func(context.Context, int64) (int64, error)]" || !strings.Contains(string(code), got) {
		t.Fatalf("GoType(op) = %q; generated:\n%s", got, code)
	}
}

// TestDescribeGeneric: generic processes are spelled with their type
// parameters and instances with their arguments, as in the generated code
// (level2.md §10.4).
func TestDescribeGeneric(t *testing.T) {
	p := checked(t, "Type Box[T] is Dictionary with:\n    content as T\n\n"+
		"Process called \"first\"[T] that takes xs as List[T] returns T:\n    Return xs[0]\n\n"+
		"Let b be Box with content as first with list containing 1, 2\nDisplay b\n")
	code, err := codegen.Generate(p, codegen.Options{NoLine: true})
	if err != nil {
		t.Fatal(err)
	}
	d := codegen.NewDescriber(p)
	for _, proc := range p.Procs {
		sig := d.GoSignature(proc)
		if !strings.Contains(string(code), "func "+sig+" {") {
			t.Errorf("signature of %q: %q not in generated code:\n%s", proc.Name, sig, code)
		}
	}
	if got := d.GoType(p.Globals[0].Type()); got != "*Box[int64]" || !strings.Contains(string(code), got) {
		t.Errorf("GoType(b) = %q", got)
	}
}
