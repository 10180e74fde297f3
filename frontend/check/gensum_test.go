package check_test

import (
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/check"
)

const option = "Type Option[T] is\n    | Some with value as T\n    | Nothing\n"

// Generic sum types (level2.md §10.4, §10.5): variant values infer the
// sum's arguments from their fields and from the type they flow into,
// instances join argument-wise, and a Match binds fields typed with the
// subject's arguments.
func TestGenericSumInference(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"variant with a field", option + "Let a be Some with value as 3\nDisplay a\n", "a: Some[Integer]"},
		{"variant without fields from the annotation", option + "Let b as Option[Integer] be Nothing\nDisplay b\n", "b: Option[Integer]"},
		{"variants join to the sum", option + "Let c be Nothing\nSet c to Some with value as \"x\"\nDisplay c\n", "c: Option[String]"},
		{"instances of a variant join argument-wise", option + "Let xs be list containing (Some with value as 1), (Some with value as 2.5)\nDisplay xs\n",
			"xs: List[Some[Number]]"},
		{"a list of variants", option + "Let xs be list containing (Some with value as 1), Nothing\nDisplay xs\n", "xs: List[Option[Integer]]"},
		{"generic process returning the sum", option + "Process called \"first\"[T] that takes items as List[T] returns Option[T]:\n    If items is empty:\n        Return Nothing\n    Return Some with value as items[0]\nLet f be first with items as list containing \"a\"\nDisplay f\n",
			"f: Option[String]\nfirst(items List[T]) Option[T]"},
		{"Match binds the argument's type", option + "Process called \"get\" that takes o as Option[Float]:\n    Match o:\n        When Some with value as v:\n            Return v\n        When Nothing:\n            Return 0.0\nDisplay get with o as Nothing\n",
			"get(o Option[Float]) Float"},
		{"Match in a generic process", option + "Process called \"either\"[T] that takes o as Option[T] and d as T returns T:\n    Match o:\n        When Some with value as v:\n            Return v\n    Return d\nLet n be either with o as (Some with value as 2) and d as 0\nDisplay n\n",
			"n: Integer\neither(o Option[T], d T) T"},
		{"a field every variant has", "Type Tagged[T] is\n    | Left with tag as String and item as T\n    | Right with tag as String and item as T\nLet t as Tagged[Integer] be Right with tag as \"r\" and item as 1\nLet s be t.tag\nLet i be t.item\nDisplay s\nDisplay i\n",
			"t: Tagged[Integer]\ns: String\ni: Integer"},
		{"comparison gives a variant without fields its arguments", option + "Let b as Option[Integer] be Some with value as 1\nLet same be b is equal to Nothing\nDisplay same\n",
			"b: Option[Integer]\nsame: Boolean"},
		{"conversion to an instance", option + "Let back be json_parse(\"\\\"Nothing\\\"\") as Option[Integer]\nDisplay back\n", "back: Option[Integer]"},
		{"as a variant takes the sum's arguments", option + "Let o as Option[Integer] be Some with value as 1\nLet s be o as Some\nDisplay s\n", "o: Option[Integer]\ns: Some[Integer]"},
		{"is of type narrows to the variant instance", option + "Process called \"get\" that takes o as Option[String] returns String:\n    If o is of type Some:\n        Return o.value\n    Return \"\"\nDisplay get with o as Nothing\n",
			"get(o Option[String]) String"},
		{"a union member gives a variant its arguments", option + "Let u as Integer OR Option[String] be Nothing\nDisplay u\n", "u: Integer OR Option[String]"},
		{"a plain sum as its variant", "Type P is\n    | A with x as Integer\n    | B\nLet p as P be A with x as 1\nLet a be p as A\nDisplay a\n", "p: P\na: A"},
		{"recursive generic sum", "Type Chain[T] is\n    | Link with head as T and rest as Chain[T]\n    | End\nLet c be Link with head as 1 and rest as End\nDisplay c\n",
			"c: Link[Integer]"},
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

// TestGenericSumDiagnostics checks the errors and warnings particular to
// generic sum types.
func TestGenericSumDiagnostics(t *testing.T) {
	tests := []struct{ src, want string }{
		{option + "Let a as Option[Integer, String] be Nothing\n", `4:10 error[E315] Option takes 1 type argument, but 2 were given`},
		{option + "Process called \"g\" that takes o as Option[Integer]:\n    Match o:\n        When Some with value as v:\n            Display v\ng with o as Nothing\n",
			`5:11 warning[W320] Match on Option[Integer] does not cover Nothing`},
		{option + "Type Other[T] is\n    | Here with x as T\n    | Gone\nProcess called \"g\" that takes o as Option[Integer]:\n    Match o:\n        When Here with x as v:\n            Display v\ng with o as Nothing\n",
			`9:14 error[E291] pattern Here (Here) can never match a value of type Option[Integer]`},
		{option + "Let o as Option[String] be Nothing\nDisplay o.value\n", `field "value" is not in every variant of Option`},
	}
	for _, tc := range tests {
		_, d := checkSrc(t, tc.src, check.Config{})
		if out := strings.Join(messages(d), "\n"); !strings.Contains(out, tc.want) {
			t.Errorf("%s\ndiagnostics %q\nwant %q", tc.src, out, tc.want)
		}
	}
}

// TestGenericSumStrict checks that a variant without fields whose
// arguments nothing constrains is listed by check --strict, and one that
// receives them from an annotation is not.
func TestGenericSumStrict(t *testing.T) {
	src := option + "Let n be Nothing\nLet b as Option[Integer] be Nothing\nDisplay n\nDisplay b\n"
	_, d := checkSrc(t, src, check.Config{Strict: true})
	var notes []string
	for _, m := range messages(d) {
		if strings.Contains(m, "type argument") {
			notes = append(notes, m)
		}
	}
	if len(notes) != 1 || !strings.HasPrefix(notes[0], "4:10 ") || !strings.Contains(notes[0], `type argument T of "Nothing" is Any`) {
		t.Errorf("got %q", notes)
	}
}
