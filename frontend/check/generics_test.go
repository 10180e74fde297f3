package check_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

const genBox = "Type Box[T] is Dictionary with:\n    label as String\n    content as T\n"

// Generic records and processes (level2.md §10.4): the inferred types of
// globals and the signatures of generic processes.
func TestGenericInference(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"literal infers", genBox + "Let b be Box with label as \"a\" and content as 1\nDisplay b\n", "b: Box[Integer]"},
		{"written arguments", genBox + "Let b be Box[String] with label as \"a\" and content as \"x\"\nDisplay b\n", "b: Box[String]"},
		{"instances join argument-wise to Number", genBox + "Let b be Box with label as \"a\" and content as 1\nSet b to Box with label as \"b\" and content as 2.5\nDisplay b\n",
			"b: Box[Number]"},
		{"instances join argument-wise to Any", genBox + "Let b be Box with label as \"a\" and content as 1\nSet b to Box with label as \"b\" and content as \"s\"\nDisplay b\n",
			"b: Box[Any]"},
		{"annotation gives the argument", genBox + "Let b as Box[List[Integer]] be Box with label as \"a\" and content as list containing\nDisplay b\n",
			"b: Box[List[Integer]]"},
		{"field of an instance", genBox + "Let b be Box with label as \"a\" and content as list containing 1.5\nLet c be b.content\nDisplay c\n",
			"b: Box[List[Float]]\nc: List[Float]"},
		{"generic process", "Process called \"first\"[T] that takes xs as List[T] returns T:\n    Return xs[0]\nLet a be first with list containing 1\nLet s be first with xs as list containing \"x\"\nDisplay a\nDisplay s\n",
			"a: Integer\ns: String\nfirst(xs List[T]) T"},
		{"result through a generic record", genBox + "Process [T] called \"wrap\" that takes x as T returns Box[T]:\n    Return Box with label as \"w\" and content as x\nLet w be wrap with x as 2.5\nDisplay w\n",
			"w: Box[Float]\nwrap(x T) Box[T]"},
		{"declared result gives an open argument", "Type Outcome[T] is Dictionary with:\n    item as Optional[T]\nProcess called \"nothing\" that takes n returns Outcome[List[String]]:\n    Return Outcome with item as None\nLet o be nothing with n as 1\nDisplay o\n",
			"o: Outcome[List[String]]\nnothing(n Integer) Outcome[List[String]]"},
		{"process-typed parameter", "Process called \"apply\"[A, B] that takes f as (A) -> B and x as A returns B:\n    Return f(x)\nLet n be apply with f as (Lambda s: length of s) and x as \"abc\"\nDisplay n\n",
			"n: Integer\napply(f Process(A) B, x A) B"},
		{"argument from the annotated target", "Process called \"nothing\"[T] that takes n as Integer returns Optional[T]:\n    Return None\nLet a as Optional[Integer] be nothing with n as 1\nLet b be nothing with n as 2\nDisplay a\nDisplay b\n",
			"a: Optional[Integer]\nb: None\nnothing(n Integer) Optional[T]"},
		{"generic alias", "Type Table[V] is Dictionary[String, V]\nLet t as Table[Integer] be dictionary with: \"a\" as 1\nDisplay t\n",
			"t: Dictionary[String, Integer]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, d := checkSrc(t, tc.src, check.Config{})
			if d.HasErrors() {
				t.Fatalf("errors: %v", messages(d))
			}
			if got := signature(p); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestGenericCallTypeArgs checks that every call of a generic process
// records its instantiation for the code generator.
func TestGenericCallTypeArgs(t *testing.T) {
	src := "Process called \"pair up\"[A, B] that takes a as A and b as List[B] returns A:\n    Return a\n" +
		"Display pair up with a as 1 and b as list containing \"x\"\nDisplay pair up with a as true and b as list containing 2.5\n"
	p, d := checkSrc(t, src, check.Config{})
	if d.HasErrors() {
		t.Fatalf("errors: %v", messages(d))
	}
	var got []string
	for e, c := range p.Calls {
		if c.Proc == nil || len(c.Proc.TypeParams) == 0 {
			continue
		}
		var ts []string
		for _, a := range c.TypeArgs {
			ts = append(ts, a.String())
		}
		got = append(got, itoaLine(e)+": "+strings.Join(ts, ", "))
	}
	want := map[string]bool{"3: Integer, String": true, "4: Boolean, Float": true}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for _, g := range got {
		if !want[g] {
			t.Errorf("unexpected instantiation %q (want %v)", g, want)
		}
	}
}

func itoaLine(e *ast.CallExpr) string { return fmt.Sprint(e.Sp.Start.Line) }

// The diagnostics of generics (level2.md §10.4, §15.1).
func TestGenericDiagnostics(t *testing.T) {
	const pair = "Type Pair[A, B] is Dictionary with:\n    left as A\n    right as B\n"
	tests := []struct {
		name, src string
		want      []string
	}{
		{"arithmetic once at the operator", "Process called \"total\"[T] that takes items as List[T] returns T:\n    Let sum be items[0]\n    For each item in items:\n        Set sum to sum plus item\n    Return sum\nDisplay total with items as list containing 1, 2\n",
			[]string{`4:24 E314 "plus" cannot be used on T, a type parameter of "total"`}},
		{"ordering", "Process called \"big\"[T] that takes x as T returns Boolean:\n    Return x is greater than x\nDisplay big with x as 1\n",
			[]string{`2:14 E314 "is greater than" cannot be used on T, a type parameter of "big"`}},
		{"field", "Process called \"f\"[T] that takes x as T:\n    Display x.name\nf with x as 1\n",
			[]string{`2:15 E314 ".name" cannot be used on T, a type parameter of "f"`}},
		{"calling", "Process called \"f\"[T] that takes x as T:\n    Display x(1)\nf with x as 1\n",
			[]string{`2:13 E314 "calling" cannot be used on T, a type parameter of "f"`}},
		{"length", "Process called \"f\"[T] that takes x as T:\n    Display length of x\nf with x as 1\n",
			[]string{`2:13 E314 "length of" cannot be used on T, a type parameter of "f"`}},
		{"allowed operations", "Process called \"f\"[T] that takes x as T and y as T returns String:\n    If x is equal to y:\n        Return \"same\"\n    If x is None:\n        Return \"none\"\n    Let xs be list containing x, y\n    Return type of x followed by x followed by xs\nDisplay f with x as 1 and y as 2\n", nil},
		{"too few type arguments", pair + "Let p as Pair[Integer] be Pair with left as 1 and right as 2\n",
			[]string{`4:10 E315 Pair takes 2 type arguments, but 1 was given`}},
		{"too many type arguments in a literal", pair + "Let p be Pair[Integer, String, Boolean] with left as 1 and right as \"r\"\n",
			[]string{`4:10 E315 Pair takes 2 type arguments, but 3 were given`}},
		{"type parameter naming a declared type", pair + "Type Box[Pair] is Dictionary with:\n    content as Pair\n",
			[]string{`4:10 E201 type parameter "Pair" is a declared type`}},
		{"type parameter twice", "Process called \"f\"[T, T] that takes x as T:\n    Display x\nf with x as 1\n",
			[]string{`1:23 E201 type parameter "T" is declared twice`}},
		{"generic sum type", "Type Option[T] is\n    | Some with value as T\n    | Nothing\nLet a be Some with value as 3\nDisplay a\n", nil},
		{"type arguments of a generic sum", "Type Option[T] is\n    | Some with value as T\n    | Nothing\nLet a as Option[Integer, String] be Nothing\n",
			[]string{`4:10 E315 Option takes 1 type argument, but 2 were given`}},
		{"type arguments of a record that is not generic", "Type P is Dictionary with:\n    x as Integer\nLet p as P[Integer] be P[String] with x as 1\n",
			[]string{`3:10 E315 P takes no type arguments, but 1 was given`, `3:24 E315 P takes no type arguments, but 1 was given`}},
		{"type parameter out of scope", "Process called \"f\"[T] that takes x as T:\n    Display x\nLet y as T be 1\n",
			[]string{`3:10 E205 unknown type "T"`}},
		{"concrete value into T", "Process called \"f\"[T] that takes x as T returns T:\n    Return 1\nDisplay f with x as 2\n",
			[]string{`2:12 E`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, d := checkSrc(t, tc.src, check.Config{})
			got := messages(d)
			for _, w := range tc.want {
				pos, rest, _ := strings.Cut(w, " ")
				code, msg, _ := strings.Cut(rest, " ")
				found := 0
				for _, g := range got {
					if strings.HasPrefix(g, pos+" ") && strings.Contains(g, "["+code) && strings.Contains(g, msg) {
						found++
					}
				}
				if found != 1 {
					t.Errorf("want %q once, got %q", w, got)
				}
			}
			if tc.want == nil && d.HasErrors() {
				t.Errorf("unexpected errors: %q", got)
			}
		})
	}
}

// TestGenericStrict checks that a type argument nothing constrains is
// listed by check --strict, and a constrained one is not.
func TestGenericStrict(t *testing.T) {
	src := genBox + "Process called \"empty\"[T] that takes n as Integer returns List[T]:\n    Return list containing\n" +
		"Let e be empty with n as 1\nLet b be Box with label as \"x\" and content as 1\nDisplay e\nDisplay b\n"
	_, d := checkSrc(t, src, check.Config{Strict: true})
	var notes []string
	for _, m := range messages(d) {
		if strings.Contains(m, "type argument") {
			notes = append(notes, m)
		}
	}
	if len(notes) != 1 || !strings.Contains(notes[0], `type argument T of "empty" is Any`) {
		t.Errorf("got %q", notes)
	}
}
