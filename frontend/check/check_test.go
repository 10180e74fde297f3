package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/parser"
)

// checkSrc parses and checks src, failing the test on syntax errors.
func checkSrc(t *testing.T, src string, cfg check.Config) (*check.Program, diag.List) {
	t.Helper()
	f, d := parser.ParseFile("t.runa", []byte(src))
	if d.HasErrors() {
		t.Fatalf("syntax errors: %v", messages(d))
	}
	return check.Check(f, cfg)
}

func messages(l diag.List) []string {
	var out []string
	for _, d := range l {
		out = append(out, fmt.Sprintf("%d:%d %s[%s] %s", d.Span.Start.Line, d.Span.Start.Col, d.Severity, d.Code, d.Message))
	}
	return out
}

// signature renders the inferred types of a program: globals, then each
// process's parameters and result.
func signature(p *check.Program) string {
	var lines []string
	for _, v := range p.Globals {
		lines = append(lines, fmt.Sprintf("%s: %s", v.Name, v.Type()))
	}
	for _, proc := range p.Procs {
		var ps []string
		for _, v := range proc.Params {
			ps = append(ps, v.Name+" "+v.Type().String())
		}
		res := proc.Result.Type().String()
		lines = append(lines, fmt.Sprintf("%s(%s) %s", proc.Name, strings.Join(ps, ", "), res))
	}
	return strings.Join(lines, "\n")
}

func TestInference(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"literals", "Let a be 1\nLet b be 2.5\nLet c be \"s\"\nLet d be true\nDisplay a\nDisplay b\nDisplay c\nDisplay d\n",
			"a: Integer\nb: Float\nc: String\nd: Boolean"},
		{"number join", "Let x be 1\nSet x to 2.5\nDisplay x\n", "x: Number"},
		{"optional join", "Let x be 1\nSet x to None\nDisplay x\n", "x: Optional[Integer]"},
		{"mixed is Any", "Let x be 1\nSet x to \"s\"\nDisplay x\n", "x: Any"},
		{"params from call sites", "Process called \"f\" that takes n:\n    Return n multiplied by 2\nDisplay f with n as 3\n",
			"f(n Integer) Integer"},
		{"recursive", "Process called \"fact\" that takes n:\n    If n is less than 2:\n        Return 1\n    Return n multiplied by fact with n as n minus 1\nDisplay fact with n as 5\n",
			"fact(n Integer) Integer"},
		{"list invariance", "Let xs be list containing 1, 2\nLet ys be xs\nAdd 2.5 to ys\nDisplay xs\n",
			"xs: List[Number]\nys: List[Number]"},
		{"empty list filled later", "Let xs be list containing\nAdd \"a\" to xs\nDisplay xs\n", "xs: List[String]"},
		{"dict", "Let d be dictionary with:\n    \"a\" as 1\nSet d[\"b\"] to 2\nDisplay d\n", "d: Dictionary[String, Integer]"},
		{"record", "Type P is Dictionary with:\n    x as Integer\nLet p be P with:\n    x as 1\nDisplay p.x\n", "p: P"},
		{"annotation trusted", "Process called \"area\" that takes w as Float returns Float:\n    Return w multiplied by 2\nDisplay area with w as 3\n",
			"area(w Float) Float"},
		{"async result", "Async Process called \"g\" that takes:\n    Return 5\nLet t be g()\nDisplay await t\n",
			"t: Awaitable[Integer]\ng() Integer"},
		{"generator", "Async Generator Process called \"gen\" that takes:\n    Yield 1\nFor each v in gen():\n    Display v\n",
			"gen() Unknown"},
		{"any does not widen", "Let d be json_parse(\"1\")\nLet n be 1\nSet n to d\nDisplay n\n", "d: Any\nn: Integer"},
		{"process values", "Process called \"double\" that takes value:\n    Return value multiplied by 2\nProcess called \"apply\" that takes f and x:\n    Return f with value as x\nDisplay apply with f as double and x as 4\n",
			"double(value Integer) Integer\napply(f Process(value Integer) Integer, x Integer) Integer"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, d := checkSrc(t, tc.src, check.Config{})
			if p == nil {
				t.Fatalf("errors: %v", messages(d))
			}
			if got := signature(p); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestDiagnostics(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // "line:col code substring"
	}{
		{"unknown name with suggestion", "Let total be 1\nDisplay totl plus 1\n", []string{`2:9 E232 unknown name "totl"`}},
		{"unknown named argument", "Process called \"greet\" that takes name:\n    Return name\nDisplay greet with nme as \"x\"\n",
			[]string{`3:20 E264 unknown named argument "nme" for "greet"`}},
		{"missing argument", "Process called \"needs\" that takes a and b:\n    Return a plus b\nDisplay needs with a as 1\n",
			[]string{`3:9 E266 missing argument "b" for "needs"`}},
		{"duplicate argument", "Process called \"f\" that takes a:\n    Return a\nDisplay f with a as 1 and a as 2\n",
			[]string{`3:27 E265 argument "a" is given twice`}},
		{"plus on string", "Let label be \"n = \" plus 3\n", []string{`1:21 E253 cannot use "plus" with a String operand`}},
		{"await in plain process", "Process called \"f\" that takes:\n    await sleep with seconds as 1\n",
			[]string{`2:5 E242 await is only allowed in an Async Process`}},
		{"record field", "Type P is Dictionary with:\n    x as Integer\nLet p be P with:\n    x as 1\nDisplay p.y\n",
			[]string{`5:11 E213 "P" has no field "y"`}},
		{"missing record field", "Type P is Dictionary with:\n    x as Integer\n    y as Integer\nLet p be P with:\n    x as 1\nDisplay p\n",
			[]string{`4:10 E235 missing field "y" for "P"`}},
		{"use before set", "Display w\nLet w be 2\n", []string{`1:9 E270 "w" may be used before it is set`}},
		{"set in one branch only", "Let c be true\nIf c:\n    Let x be 1\nDisplay x\n", []string{`4:9 E270 "x" may be used before it is set`}},
		{"catch name in an earlier callback", "Process called \"f\" that takes callback:\n    Return callback\nLet a be f with callback as (x):\n    Display e\nTry:\n    Throw \"t\"\nCatch e:\n    Display e\nDisplay a\n",
			[]string{`4:13 E270 "e" is set only inside the Catch block binding it`}},
		{"catch name in a callback inside its Catch", "Process called \"f\" that takes callback:\n    Return callback\nTry:\n    Throw \"t\"\nCatch e:\n    Let a be f with callback as (x):\n        Display e\n    Display a\n", nil},
		{"loop variable in an earlier callback", "Process called \"f\" that takes callback:\n    Return callback\nLet a be f with callback as (x):\n    Display n\nFor each n in list containing 1:\n    Display n\nDisplay a\n",
			[]string{`4:13 E270 "n" is set only inside the For each loop binding it`}},
		{"loop variable in a callback in the loop", "Process called \"f\" that takes callback:\n    Return callback\nFor each n in list containing 1:\n    Let a be f with callback as (x):\n        Display n\n    Display a\n", nil},
		{"set in every branch", "Let c be true\nIf c:\n    Let x be 1\nOtherwise:\n    Let x be 2\nDisplay x\n", nil},
		{"condition not boolean", "If 1:\n    Display 1\n", []string{`1:4 E210 condition must be a Boolean`}},
		{"lambda await", "Async Process called \"f\" that takes:\n    Return 1\nLet g be Lambda: await f()\n",
			[]string{`3:18 E245 a plain Lambda cannot wait`}},
		{"async lambda await", "Async Process called \"f\" that takes:\n    Return 1\nLet g be Async Lambda: await f()\nDisplay await g()\n", nil},
		{"lambda sleep", "Let g be Lambda:\n    sleep with seconds as 1\n", []string{`2:5 E245 a plain Lambda cannot wait`}},
		{"lambda reads later variable", "Let show be Lambda: total plus 1\nLet total be 5\nDisplay show()\n", []string{`1:21 E270 "total" may be used before it is set`}},
		{"lambda reads local later variable", "Process called \"p\" that takes a:\n    Let f be Lambda: b\n    Let b be a\n    Return f()\nDisplay p with a as 1\n", []string{`2:22 E270 "b" may be used before it is set`}},
		{"lambda calls itself", "Let down be Lambda n:\n    If n is equal to 0:\n        Return 0\n    Return down with n as n minus 1\nDisplay down with n as 2\n", nil},
		{"lambda reads earlier variables", "Let a be 1\nFor each i in list containing 1:\n    Let f be Lambda: a plus i\n    Display f()\n", nil},
		{"lambda arity", "Let h be Lambda x: x\nDisplay h(1, 2)\n", []string{`2:9 E263 "h" takes 1 argument, but 2 were given`}},
		{"lambda arity none", "Let h be Lambda: 1\nDisplay h(1)\n", []string{`2:9 E263 "h" takes 0 arguments, but 1 was given`}},
		{"lambda unknown argument", "Let h be Lambda x: x\nDisplay h with y as 1\n", []string{`2:9 E266 missing argument "x"`, `2:16 E264 unknown named argument "y" for "h"`}},
		{"await skipped after yield", "Async Generator Process called \"g\" that takes:\n    Yield 1\n    await sleep with seconds as 0\nFor each v in g():\n    Display v\n",
			[]string{`3:5 W306 this await is skipped when the consumer stops early`}},
		{"unreachable", "Process called \"p\" that takes:\n    Return 1\n    Display 2\nDisplay p()\n", []string{`3:5 W304 unreachable code`}},
		{"dead match arm", "Match 1:\n    When 1:\n        Display 1\n    When 1:\n        Display 2\n", []string{`4:5 W305 never runs`}},
		{"never awaited", "Async Process called \"bg\" that takes:\n    Return 1\nbg()\n", []string{`3:1 W301 result of async process "bg" is never awaited`}},
		{"builtin never awaited in a Let", "Async Process called \"m\" that takes u:\n    Let r be http_get with url as u\n    Return r\n",
			[]string{`2:14 W301 "http_get" is async and its result is never awaited`}},
		{"builtin never awaited in an argument", "Async Process called \"m\" that takes p:\n    Display read_file with path as p\n",
			[]string{`2:13 W301 "read_file" is async and its result is never awaited`}},
		{"builtin awaited", "Async Process called \"m\" that takes u:\n    Let r be await http_get with url as u\n    Return r\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, d := checkSrc(t, tc.src, check.Config{})
			got := messages(d)
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					parts := strings.SplitN(w, " ", 3)
					if strings.Contains(g, parts[0]) && strings.Contains(g, "["+parts[1]+"]") && (len(parts) < 3 || strings.Contains(g, parts[2])) {
						found = true
					}
					if len(parts) >= 2 && strings.HasPrefix(parts[0], "E") && strings.Contains(g, "["+parts[0]+"]") && strings.Contains(g, strings.Join(parts[1:], " ")) {
						found = true
					}
				}
				if !found {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			if tc.want == nil && d.HasErrors() {
				t.Errorf("unexpected errors: %q", got)
			}
		})
	}
}

// TestStrict checks the `check --strict` report: each Any once.
func TestStrict(t *testing.T) {
	src := `Let person be dictionary with:
    "name" as "Ada"
    "year" as 1815
Let alias be person
Display alias
Display list containing 1, "a"
Let n be 1
Display n
`
	_, d := checkSrc(t, src, check.Config{Strict: true})
	var got []string
	for _, m := range messages(d) {
		if strings.Contains(m, "S40") {
			got = append(got, m)
		}
	}
	sort.Strings(got)
	want := []string{
		`1:5 warning[S401] global "person" is Any (Dictionary[String, Any])`,
		`6:9 warning[S401] elements are Any: this collection mixes types`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("strict report\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLibraryRules(t *testing.T) {
	_, d := checkSrc(t, "Let rate be 0.2\nLet count be 0\nSet count to 1\nDisplay rate\n", check.Config{Library: true})
	got := strings.Join(messages(d), "\n")
	for _, w := range []string{`[E280] mutable top-level value "count"`, `[E281] top-level statements are not allowed`} {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in\n%s", w, got)
		}
	}
	if strings.Contains(got, `"rate"`) {
		t.Errorf("constant rate rejected:\n%s", got)
	}
}

// TestNeverAwaited: the "never awaited" warning fires for conformance 24
// and not for 11, 14 or 21, whose awaitables are all awaited or passed on.
func TestNeverAwaited(t *testing.T) {
	for name, want := range map[string]bool{
		"11_fanout.runa": false, "14_cancel.runa": false, "21_http.runa": false, "24_unawaited.runa": true,
	} {
		src, err := os.ReadFile(filepath.Join("..", "parser", "testdata", "conformance", name))
		if err != nil {
			t.Fatal(err)
		}
		_, d := checkSrc(t, string(src), check.Config{})
		got := false
		for _, m := range d {
			if m.Code == "W301" || m.Code == "W302" {
				got = true
			}
		}
		if got != want {
			t.Errorf("%s: never-awaited warning %v, want %v (%q)", name, got, want, messages(d))
		}
	}
}

// TestArticles: the article before a type name follows its sound.
func TestArticles(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"Let n be 5\nFor each c in n:\n    Display c\n", "cannot iterate over an Integer"},
		{"Let s be \"x\"\nAdd 1 to s\n", "cannot Add to a String"},
		{"Let f be 1.5\nDisplay f[0]\n", "cannot index a Float"},
		{"Let n be 5\nDisplay n.size\n", "an Integer has no field"},
	} {
		_, d := checkSrc(t, c.src, check.Config{})
		if got := strings.Join(messages(d), "\n"); !strings.Contains(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.src, got, c.want)
		}
	}
}
