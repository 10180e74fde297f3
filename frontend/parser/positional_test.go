package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Level 2 §3.1 positional items, §3.4 Display parts, §2.3 process-valued names.
func TestPositionalCalls(t *testing.T) {
	const decls = "Process called \"add\" that takes a and b:\n    Return a\nProcess called \"times\" that takes a and b:\n    Return a\n"
	const declsDump = "(process \"Process\" add (params a b) (block (return a)))\n(process \"Process\" times (params a b) (block (return a)))\n"
	runParseCases(t, []parseCase{
		{"two positional", decls + `Display add with 4 and 3`, declsDump + `(display (call named add (int 4) (int 3)))`},
		{"positional then named", decls + `Display add with 4 and b as 5`, declsDump + `(display (call named add (int 4) (arg b (int 5))))`},
		{"nested arity", decls + `Let x be add with base and times with rate and 2`,
			declsDump + `(let x (call named add base (call named times rate (int 2))))`},
		{"nested full returns and", decls + `Let x be add with times with 1 and 2 and 3`,
			declsDump + `(let x (call named add (call named times (int 1) (int 2)) (int 3)))`},
		{"outermost takes surplus", decls + `Let x be add with 1 and 2 and 3`,
			declsDump + `(let x (call named add (int 1) (int 2) (int 3)))`},
		{"and ends positional", decls + `Let x be add with (p and q) and r or s`,
			declsDump + `(let x (call named add (paren ("and" p q)) ("or" r s)))`},
		{"named value keeps and", decls + `Let x be add with a as p and q`,
			declsDump + `(let x (call named add (arg a ("and" p q))))`},
		{"variable at statement level", `Let next be step with 1`, `(let next (call named step (int 1)))`},
		{"end of line call", `Display f with`, `(display (call named f))`},
		{"comma ends the call", decls + `Let xs be list containing add with 1 and 2, 3`,
			declsDump + `(let xs (list (call named add (int 1) (int 2)) (int 3)))`},
		{"process variable nests", decls + "Let op be add\nLet x be add with op with 1 and 2 and 3",
			declsDump + "(let op add)\n(let x (call named add (call named op (int 1) (int 2)) (int 3)))"},
		{"mixed bindings are plain", "Let op be add\nSet op to 3\nDisplay op with x as 1",
			"(let op add)\n(set op (int 3))\n(display op (label x (int 1)))"},
		{"parameter shadows global", "Let f be to_string\nProcess called \"p\" that takes f:\n    Display f with x as 1\nDisplay f with value as 2",
			"(let f to_string)\n(process \"Process\" p (params f) (block (display f (label x (int 1)))))\n(display (call named f (arg value (int 2))))"},
		{"zero parameters", "Process called \"banner\" that takes returns String:\n    Return \"x\"\nDisplay banner with\nDisplay banner()",
			"(process \"Process\" banner (params) returns String (block (return (string \"x\"))))\n(display (call named banner))\n(display (call positional banner))"},
		{"if header", decls + "If add with 1 and 2 is greater than 2:\n    Display 1",
			declsDump + `(if (clause (call named add (int 1) ("is greater than" (int 2) (int 2))) (block (display (int 1)))))`},
	})
}

func TestDisplayParts(t *testing.T) {
	const decls = "Process called \"scale\" that takes value and factor:\n    Return value\n"
	const declsDump = "(process \"Process\" scale (params value factor) (block (return value)))\n"
	runParseCases(t, []parseCase{
		{"labels", `Display "Subtotal:" with amount as subtotal with currency as "EUR"`,
			`(display (string "Subtotal:") (label amount subtotal) (label currency (string "EUR")))`},
		{"message forms", `Display "a" with x as 1 with message "z" with message as 3`,
			`(display (string "a") (label x (int 1)) (string "z") (label message (int 3)))`},
		{"variable head", `Display city with people as sizes[city]`,
			`(display city (label people (index sizes city)))`},
		{"value extends", `Display "Sum:" with result as width plus depth`,
			`(display (string "Sum:") (label result ("plus" width depth)))`},
		{"part ends a call", decls + `Display "T:" with v as scale with value as 3 and factor as 4 with note as "done"`,
			declsDump + `(display (string "T:") (label v (call named scale (arg value (int 3)) (arg factor (int 4)))) (label note (string "done")))`},
		{"positional in part", decls + `Display "N:" with amount as scale with width and 2`,
			declsDump + `(display (string "N:") (label amount (call named scale width (int 2))))`},
		{"process head is a call", decls + `Display scale with value as 2 and factor as 3 with unit as "u"`,
			declsDump + `(display (call named scale (arg value (int 2)) (arg factor (int 3))) (label unit (string "u")))`},
		{"positional head is a call", `Display counter with 5`, `(display (call named counter (int 5)))`},
		{"parenthesised call", decls + `Display (scale with 6 and 7) followed by " answers"`,
			declsDump + `(display ("followed by" (paren (call named scale (int 6) (int 7))) (string " answers")))`},
		{"and in part is Boolean", `Display "ok" with both as p and q`, `(display (string "ok") (label both ("and" p q)))`},
	})
}

// A process-valued variable's parameter names decide ownership like a
// process's: a label it does not declare starts the next Display part.
func TestProcessVariableParams(t *testing.T) {
	const decls = "Process called \"double\" that takes n:\n    Return n\n"
	const declsDump = "(process \"Process\" double (params n) (block (return n)))\n"
	runParseCases(t, []parseCase{
		{"alias", decls + "Let op be double\nDisplay op with n as 2 with unit as \"u\"",
			declsDump + "(let op double)\n(display (call named op (arg n (int 2))) (label unit (string \"u\")))"},
		{"alias of alias", decls + "Let op be double\nLet op2 be op\nDisplay op2 with 2 with unit as \"u\"",
			declsDump + "(let op double)\n(let op2 op)\n(display (call named op2 (int 2)) (label unit (string \"u\")))"},
		{"cycle is plain", "Let a be b\nLet b be a\nDisplay a with x as 1",
			"(let a b)\n(let b a)\n(display a (label x (int 1)))"},
	})
}

// `NAME as TYPE` where no open call declares NAME is a positional item:
// the conversion `NAME as TYPE` (Level 2 §10.7).
func TestConversionItem(t *testing.T) {
	const src = "Process called \"f\" that takes n:\n    Return n\nDisplay f with x as Integer\n"
	f, diags := ParseFile("t.runa", []byte(src))
	if len(diags) != 0 {
		t.Fatalf("diagnostics:\n%s", renderAll(src, diags))
	}
	if got, want := ast.Dump(f), "(process \"Process\" f (params n) (block (return n)))\n(display (call named f (as x Integer)))"; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
	const named = "Process called \"f\" that takes x:\n    Return x\nDisplay f with x as Integer\n"
	f, diags = ParseFile("t.runa", []byte(named))
	if len(diags) != 0 {
		t.Fatalf("a declared parameter is named:\n%s", renderAll(named, diags))
	}
	if got, want := ast.Dump(f), "(process \"Process\" f (params x) (block (return x)))\n(display (call named f (arg x Integer)))"; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// The Level 2 programs of testdata/level2 parse without diagnostics.
func TestLevel2Files(t *testing.T) {
	files, _ := filepath.Glob("testdata/level2/*.runa")
	if len(files) == 0 {
		t.Fatal("no inputs")
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, diags := ParseFile(filepath.Base(path), src); len(diags) > 0 {
			t.Errorf("%s:\n%s", path, renderAll(string(src), diags))
		}
	}
}

// A variable holding a Lambda is process-valued with the Lambda's arity
// (only the last statement is compared: the Lambda is another construct's).
func TestLambdaVariableArity(t *testing.T) {
	src := "Process called \"add\" that takes a and b:\n    Return a\nLet inc be Lambda n: n\nLet x be add with inc with 1 and 2\nDisplay inc with n as 1 with unit as \"u\"\n"
	f, _ := ParseFile("t.runa", []byte(src))
	want := []string{
		"(let x (call named add (call named inc (int 1)) (int 2)))",
		"(display (call named inc (arg n (int 1))) (label unit (string \"u\")))",
	}
	if len(f.Stmts) != 4 {
		t.Fatalf("want 4 statements, got:\n%s", ast.Dump(f))
	}
	for i, w := range want {
		if got := ast.Dump(&ast.File{Stmts: f.Stmts[2+i : 3+i]}); got != w {
			t.Errorf("got %s\nwant %s", got, w)
		}
	}
}

// BenchmarkPositionalLine parses one long line of positional calls and
// Display parts: the decisions after each "with" look ahead O(1) tokens,
// so the time grows linearly with the line.
func BenchmarkPositionalLine(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Process called \"add\" that takes a and b:\n    Return a plus b\nDisplay \"x\"")
	for i := 0; i < 20000; i++ {
		sb.WriteString(" with part as add with 1 and 2")
	}
	sb.WriteString("\n")
	src := []byte(sb.String())
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, diags := ParseFile("long.runa", src); len(diags) > 0 {
			b.Fatal(diags[0].Message)
		}
	}
}
