package lexer

import (
	"fmt"
	"strings"
	"testing"
)

// dump renders tokens as "KIND@LINE:COL[text]" for comparison.
func dump(src string) (string, []string) {
	r := Lex([]byte(src))
	var parts []string
	for _, t := range r.Tokens {
		s := fmt.Sprintf("%d@%d:%d", t.Kind, t.Line, t.Col)
		if txt := t.Text(src); txt != "" {
			s += "[" + txt + "]"
		}
		parts = append(parts, s)
	}
	var diags []string
	for _, d := range r.Diags {
		diags = append(diags, fmt.Sprintf("%d:%d %s", d.Span.Start.Line, d.Span.Start.Col, d.Code))
	}
	return strings.Join(parts, " "), diags
}

func kinds(src string) string {
	r := Lex([]byte(src))
	var b strings.Builder
	for _, t := range r.Tokens {
		b.WriteString(t.Kind.String()[:2])
		b.WriteByte(' ')
	}
	return strings.TrimSpace(b.String())
}

func TestIndentation(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"block", "If a:\n    b\nc\n", `wo wo ": en in wo en de wo en en`},
		{"blank and comment lines", "If a:\n\n    # c\n    b\n  # x\nc", `wo wo ": en in wo en de wo en en`},
		{"nested dedent", "A:\n  B:\n    c\nd", `wo ": en in wo ": en in wo en de de wo en en`},
		{"tab counts 4", "A:\n\tb\n    c\n", `wo ": en in wo en wo en de en`},
		{"brackets join lines", "f(1,\n   2)\nx", `wo "( in ", in ") en wo en en`},
		{"pipe continues", "x\n    |> y\nz", `wo "| wo en wo en en`},
	}
	for _, c := range cases {
		if got := kinds(c.src); got != c.want {
			t.Errorf("%s: got %q want %q", c.name, got, c.want)
		}
	}
}

func TestPositionsAndDiagnostics(t *testing.T) {
	toks, diags := dump("Display \"é\" 1.5e3 42\n")
	want := `4@1:1[Display] 7@1:9["é"] 6@1:13[1.5e3] 5@1:19[42] 1@1:21 0@2:1`
	if toks != want {
		t.Errorf("got  %s\nwant %s", toks, want)
	}
	if len(diags) != 0 {
		t.Errorf("unexpected diagnostics %v", diags)
	}
	cases := []struct{ src, want string }{
		{"If a:\n    b\n  c\n", "3:1 E104"},
		{"If a:\n \tb\n", "2:1 E104"},
		{"x \"a\\qb\"\n", "1:5 E102"},
		{"x \"abc\n", "1:3 E102"},
		{"x 99999999999999999999\n", "1:3 E103"},
		{"x + y\n", "1:3 E101"},
	}
	for _, c := range cases {
		_, d := dump(c.src)
		if strings.Join(d, ";") != c.want {
			t.Errorf("%q: got %v want %s", c.src, d, c.want)
		}
	}
}

func TestUnquote(t *testing.T) {
	cases := []struct {
		raw, want string
		ok        bool
	}{
		{`"plain"`, "plain", true},
		{`"a\\b\"c\n\t\r"`, "a\\b\"c\n\t\r", true},
		{`"\u{e9}\u{1F600}"`, "é😀", true},
		{`"bad \q"`, `bad \q`, false},
		{`"\u{D800}"`, `\u{D800}`, false},
		{`"open`, "open", true},
	}
	for _, c := range cases {
		got, ok := Unquote(c.raw)
		if got != c.want || ok != c.ok {
			t.Errorf("Unquote(%s) = %q, %v; want %q, %v", c.raw, got, ok, c.want, c.ok)
		}
	}
}

func TestComments(t *testing.T) {
	r := Lex([]byte("# own\nx  # trailing\n"))
	if len(r.Comments) != 2 || !r.Comments[0].Own || r.Comments[1].Own || r.Comments[1].Text != "# trailing" || r.Comments[1].Sp.Start.Col != 4 {
		t.Errorf("comments: %+v %+v", *r.Comments[0], *r.Comments[1])
	}
}

// TestInvalidUTF8: a source that is not UTF-8 is one E114 at the first
// bad byte, wherever it is (code, string literal, comment, a binary).
func TestInvalidUTF8(t *testing.T) {
	elf := "\x7fELF\x02\x01\x01\x00" + strings.Repeat("\x00\xff\xfe(\"[", 10000)
	cases := []struct {
		name, src string
		line, col int
	}{
		{"binary", elf, 1, 10}, // 9 valid bytes (\x7f E L F \x02 \x01 \x01 \x00 \x00), then \xff
		{"in string", "Display \"ok\"\nDisplay \"caf\xe9\"\n", 2, 13},
		{"in comment", "Let x be 1  # \xc3\n", 1, 15},
		{"after a multibyte character", "Display \"é\" \x80\n", 1, 13},
		{"truncated sequence at the end", "Display 1\n\xe2\x82", 2, 1},
	}
	for _, c := range cases {
		r := Lex([]byte(c.src))
		if len(r.Diags) != 1 || r.Diags[0].Code != "E114" {
			t.Errorf("%s: want one E114, got %d diagnostics", c.name, len(r.Diags))
			continue
		}
		if p := r.Diags[0].Span.Start; p.Line != c.line || p.Col != c.col {
			t.Errorf("%s: at %d:%d, want %d:%d", c.name, p.Line, p.Col, c.line, c.col)
		}
		if len(r.Tokens) != 1 || r.Tokens[0].Kind != EOF {
			t.Errorf("%s: want only EOF, got %d tokens", c.name, len(r.Tokens))
		}
	}
}

// TestMixedBlockIndent: a block whose lines mix tab and space
// indentation is one E104 per block; consistent blocks are fine.
func TestMixedBlockIndent(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"tabs", "If a:\n\tb\n\tIf c:\n\t\td\n", nil},
		{"spaces", "If a:\n    b\n    If c:\n        d\n", nil},
		{"tab then spaces", "If a:\n\tb\n    c\n    d\n", []string{"3:1 E104"}},
		{"spaces then tab", "If a:\n    b\n\tc\n", []string{"3:1 E104"}},
		{"nested block of the other kind", "If a:\n\tIf b:\n\t\tc\n\tIf d:\n\t        e\n", []string{"5:1 E104"}},
		{"inner spaces in a tab block", "If a:\n\tIf b:\n            c\n", []string{"3:1 E104"}},
		{"separate blocks may differ", "If a:\n\tb\nIf c:\n    d\n", nil},
		{"once per block", "If a:\n\tb\n    c\n    d\n    e\n", []string{"3:1 E104"}},
		{"blank and comment lines do not count", "If a:\n\tb\n    # c\n  \n\td\n", nil},
	}
	for _, c := range cases {
		_, diags := dump(c.src)
		if strings.Join(diags, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: got %v, want %v", c.name, diags, c.want)
		}
	}
}

// TestForeignOperators: symbol operators of other languages are one
// diagnostic each, with the Runa words as the hint.
func TestForeignOperators(t *testing.T) {
	cases := []struct{ src, op, hint string }{
		{"Let total = 5\n", "=", `Let total be`},
		{"Set total = 6\n", "=", `Set total to`},
		{"If x == 5:\n", "==", `is equal to`},
		{"If x != 5:\n", "!=", `is not equal to`},
		{"If x >= 5:\n", ">=", `is greater than or equal to`},
		{"Display x + 1\n", "+", `plus`},
		{"Display x = 1\n", "=", `is equal to`},
	}
	for _, c := range cases {
		r := Lex([]byte(c.src))
		if len(r.Diags) != 1 {
			t.Errorf("%q: want one diagnostic, got %d", c.src, len(r.Diags))
			continue
		}
		d := r.Diags[0]
		if !strings.Contains(d.Message, `"`+c.op+`"`) || !strings.Contains(d.Hint, c.hint) {
			t.Errorf("%q: got %q (hint %q), want %q with hint containing %q", c.src, d.Message, d.Hint, c.op, c.hint)
		}
	}
}

// `->` is one token (function types, level2.md §4.4); `-` alone stays Minus.
func TestArrow(t *testing.T) {
	r := Lex([]byte("(Integer) -> Boolean - -1"))
	var got []Kind
	for _, tk := range r.Tokens {
		got = append(got, tk.Kind)
	}
	want := []Kind{LParen, Word, RParen, Arrow, Word, Minus, Minus, Int, Newline, EOF}
	if fmt.Sprint(got) != fmt.Sprint(want) || len(r.Diags) != 0 {
		t.Errorf("got %v (diags %v), want %v", got, r.Diags, want)
	}
}
