package format

import "testing"

// Generic types and processes (level2.md §10.4) print canonically and
// round-trip: type parameters after the name, instances in annotations,
// results and literals.
func TestFormatGenerics(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"generic record", "Type Pair[A,B] is Dictionary with:\n  left as A\n  right as   Optional[ B ]\n",
			"Type Pair[A, B] is Dictionary with:\n    left as A\n    right as Optional[B]\n"},
		{"generic alias", "Type Table[V] is Dictionary[String,V]\n", "Type Table[V] is Dictionary[String, V]\n"},
		{"process header forms", "Process [K, V] called \"swap\" that takes d (Pair[K, V]) returns Pair[V,K]:\n  Return Pair with left as d.right and right as d.left\n",
			"Process called \"swap\"[K, V] that takes d as Pair[K, V] returns Pair[V, K]:\n    Return Pair with left as d.right and right as d.left\n"},
		{"async generic process", "Async Process called \"later\"[T] that takes x as T returns T:\n  Return x\n",
			"Async Process called \"later\"[T] that takes x as T returns T:\n    Return x\n"},
		{"written arguments", "Type Box[T] is Dictionary with:\n  content as T\nType Result[T] is Dictionary with:\n  value as T\nLet b be Box[ String ] with:\n  content as \"x\"\nLet c be Box[List[Result[Integer]]] with content as list containing\n",
			"Type Box[T] is Dictionary with:\n    content as T\n\nType Result[T] is Dictionary with:\n    value as T\n\nLet b be Box[String] with:\n    content as \"x\"\nLet c be Box[List[Result[Integer]]] with content as list containing\n"},
		{"generic sum type", "Type Result[T,E] is\n  |  Ok with value as T\n  | Failure with error as E, note as Optional[ T ]\n  | Unknown\nLet r as Result[Integer, String] be Failure with error as \"x\" and note as None\nMatch r:\n  When Ok with value as v:\n    Display v\n  When Unknown:\n    Display \"?\"\n",
			"Type Result[T, E] is\n    | Ok with value as T\n    | Failure with error as E and note as Optional[T]\n    | Unknown\n\nLet r as Result[Integer, String] be Failure with error as \"x\" and note as None\nMatch r:\n    When Ok with value as v:\n        Display v\n    When Unknown:\n        Display \"?\"\n"},
		{"nested annotation", "Let xs as List[ Result[Integer] ] be list containing\n", "Let xs as List[Result[Integer]] be list containing\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := check(t, []byte(c.in))
			if string(out) != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", out, c.want)
			}
		})
	}
}
