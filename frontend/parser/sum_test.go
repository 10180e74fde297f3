package parser

import "testing"

// Sum type declarations (level2.md §10.5): `|` variant lines with fields
// joined by `and` or `,`, and the qualified variant spelling `S.V`.
func TestSumTypes(t *testing.T) {
	decl := "Type Reply is\n    | Accepted with code as Integer\n    | Rejected with reason as String, retry as Boolean\n    | Pending\n"
	const sum = `(type Reply sum (Accepted (code Integer)) (Rejected (reason String) (retry Boolean)) (Pending))`
	runParseCases(t, []parseCase{
		{"declaration", decl, sum},
		{"recursive", "Type Tree is\n    | Leaf\n    | Node with left as Tree and right as Tree\n",
			`(type Tree sum (Leaf) (Node (left Tree) (right Tree)))`},
		{"qualified literal", decl + "Let r be Reply.Accepted with code as 1\n",
			sum + "\n" + `(let r (record Reply.Accepted (code (int 1))))`},
		{"qualified bare variant", decl + "Let r be Reply.Pending\n",
			sum + "\n" + `(let r Reply.Pending)`},
		{"unqualified literal", decl + "Let r be Rejected with reason as \"x\" and retry as false\n",
			sum + "\n" + `(let r (record Rejected (reason (string "x")) (retry (bool false))))`},
	})
}

// A variant line must start with "|".
func TestSumTypeErrors(t *testing.T) {
	src := "Type Reply is\n    | Accepted\n    Pending\n"
	_, diags := ParseFile("t.runa", []byte(src))
	if len(diags) == 0 || diags[0].Span.Start.Line != 3 || diags[0].Message != `expected a "|" variant line` {
		t.Fatalf("diagnostics = %v", diags)
	}
}
