package lower

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/parser"
)

func render(src string, d diag.List) string {
	var b strings.Builder
	diag.Render(&b, "t.runa", []byte(src), d)
	return b.String()
}

func lowerSrc(t *testing.T, src string, library bool) (*Program, map[string]*check.Proc) {
	t.Helper()
	f, d := parser.ParseFile("t.runa", []byte(src))
	if d.HasErrors() {
		t.Fatalf("parse:\n%s", render(src, d))
	}
	p, d := check.Check(f, check.Config{Library: library})
	if d.HasErrors() {
		t.Fatalf("check:\n%s", render(src, d))
	}
	procs := map[string]*check.Proc{}
	for _, q := range p.Procs {
		procs[q.Name] = q
	}
	return Lower(p), procs
}

// Each process gets the signature its effects call for.
func TestSig(t *testing.T) {
	src := `Process called "add" that takes a as Integer and b as Integer returns Integer:
    Return a plus b

Process called "shout" that takes s as String:
    Display s

Process called "boom" that takes s as String:
    Throw s

Process called "half" that takes n as Integer:
    Return n divided by 2

Process called "fact" that takes n as Integer returns Integer:
    If n is less than 2:
        Return 1
    Return n multiplied by fact with n as n minus 1

Async Process called "fetch" that takes id as Integer returns String:
    await sleep with seconds as 0
    Return "item " followed by id

Async Process called "ping":
    await sleep with seconds as 0

Process called "starter":
    Let t be fetch with id as 1
    Display "started"
    Return t

Async Process called "countdown" that takes n as Integer returns Integer:
    If n is equal to 0:
        Return 0
    Return await countdown with n as n minus 1

Async Generator Process called "nums" that takes n as Integer:
    Let i be 0
    While i is less than n:
        Yield i
        Set i to i plus 1

Process called "sum" that takes xs as List[Integer] returns Integer:
    Let total be 0
    For each x in xs:
        Set total to total plus x
    Return total

Display add with a as 1 and b as 2
shout with s as "x"
Try:
    boom with s as "y"
Catch e:
    Display e
Display half with n as 4
Display fact with n as 5
Display await fetch with id as 1
await ping
Display await starter
Display await countdown with n as 3
For each v in nums with n as 2:
    Display v
Display sum with xs as list containing 1, 2
`
	lp, procs := lowerSrc(t, src, false)
	type want struct {
		shape                 Shape
		ctx, value, err       bool
		guard                 Guard
		canonical, faults     bool
		alwaysFails, exportEr bool
	}
	cases := map[string]want{
		"add":       {Func, false, true, false, NoGuard, false, false, false, false},
		"shout":     {Func, false, false, false, NoGuard, false, false, false, false},
		"boom":      {Func, false, false, true, NoGuard, false, true, true, true},
		"half":      {Func, false, true, false, NoGuard, false, true, false, true},
		"fact":      {Func, false, true, false, DepthGuard, false, true, false, true},
		"fetch":     {Func, true, true, true, NoGuard, true, true, false, true},
		"ping":      {Func, true, false, true, NoGuard, false, true, false, true},
		"starter":   {Func, true, true, true, NoGuard, true, true, false, true},
		"countdown": {Func, true, true, true, TaskGuard, true, true, false, true},
		"nums":      {Generator, true, false, false, NoGuard, false, true, false, true},
		"sum":       {Func, false, true, false, NoGuard, false, false, false, true},
	}
	for name, w := range cases {
		p := procs[name]
		if p == nil {
			t.Fatalf("no process %q", name)
		}
		s := lp.Sig(p)
		got := want{s.Shape, s.Ctx, s.Value != nil, s.Err, s.Guard, s.Canonical, s.Faults, s.AlwaysFails, s.Export.Err}
		if got != w {
			t.Errorf("%s: got %+v, want %+v", name, got, w)
		}
	}
	if s := lp.Sig(procs["nums"]); s.Elem != check.Integer {
		t.Errorf("nums: Elem %v, want Integer", s.Elem)
	}
	if s := lp.Sig(procs["sum"]); len(s.Export.NilChecked) != 1 || s.Export.NilChecked[0] != 0 {
		t.Errorf("sum: NilChecked %v, want [0]", s.Export.NilChecked)
	}
	if s := lp.Sig(procs["fetch"]); s.ValueOrNone() != check.String {
		t.Errorf("fetch: ValueOrNone %v", s.ValueOrNone())
	}
	if s := lp.Sig(procs["shout"]); s.ValueOrNone() != check.NoneType {
		t.Errorf("shout: ValueOrNone %v", s.ValueOrNone())
	}
	if s := lp.Sig(lp.Main); !s.Ctx || !s.Err {
		t.Errorf("main: %+v, want ctx and error", s)
	}
}

// A context manager always returns its value, a cleanup and an error.
func TestSigManager(t *testing.T) {
	src := `Async Context Manager Process called "res" that takes name as String:
    Display "open " followed by name
    Yield name
    Display "close " followed by name

With res with name as "a" as r:
    Display r
`
	lp, procs := lowerSrc(t, src, false)
	s := lp.Sig(procs["res"])
	if s.Shape != Manager || !s.Ctx || !s.Err || s.Elem != check.String || s.Value != nil || s.Canonical {
		t.Errorf("res: %+v", s)
	}
}

// An Async For each body is a process of the program: an error-only async
// closure with a ctx, and no recursion guard of its own when it takes part
// in a cycle (the processes it calls count their depth).
func TestSigAsyncEach(t *testing.T) {
	src := `Async Process called "tree" that takes depth as Integer returns Integer:
    If depth is equal to 0:
        Return 1
    Let total be 0
    Async For each side in list containing 1, 2:
        Set total to total plus (await tree with depth as depth minus 1)
    Return total

Display await tree with depth as 2
`
	lp, procs := lowerSrc(t, src, false)
	if len(lp.AsyncEach) != 1 {
		t.Fatalf("%d Async For each bodies", len(lp.AsyncEach))
	}
	for _, e := range lp.AsyncEach {
		s := lp.Sig(e)
		if !s.Ctx || !s.Err || s.Value != nil || s.Guard != NoGuard {
			t.Errorf("body: ctx %v err %v value %v guard %v", s.Ctx, s.Err, s.Value, s.Guard)
		}
		if !e.Recursive {
			t.Errorf("the body takes part in tree's cycle")
		}
	}
	if s := lp.Sig(procs["tree"]); s.Guard != TaskGuard {
		t.Errorf("tree: guard %v, want the task guard", s.Guard)
	}
}
