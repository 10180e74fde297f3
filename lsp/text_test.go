package lsp

import (
	"testing"

	"github.com/runa2go/runa2go/frontend/ast"
)

func TestPositionEncodings(t *testing.T) {
	// "é" is 2 bytes and 1 UTF-16 unit; "𝄞" is 4 bytes and 2 UTF-16 units.
	tx := newText("Let s be \"é𝄞\"\nDisplay s\n")
	sAfter := ast.Pos{Line: 1, Col: 14} // the closing quote
	for _, c := range []struct {
		enc  string
		char int
	}{{encUTF16, 13}, {encUTF8, 16}, {encUTF32, 12}} {
		got := tx.position(ast.Pos{Line: 1, Col: 13}, c.enc)
		if got != (Position{Line: 0, Character: c.char}) {
			t.Errorf("%s: position = %+v, want character %d", c.enc, got, c.char)
		}
		if back := tx.pos(got, c.enc); back != (ast.Pos{Line: 1, Col: 13}) {
			t.Errorf("%s: pos(position) = %+v", c.enc, back)
		}
	}
	if got := tx.position(sAfter, encUTF16); got.Character != 14 {
		t.Errorf("utf-16 position of the quote = %d", got.Character)
	}
	if got := tx.pos(Position{Line: 7, Character: 3}, encUTF16); got != tx.end() {
		t.Errorf("a line past the end clamps to the end: %+v", got)
	}
}

func TestIncrementalEditsAndMapping(t *testing.T) {
	tx := newText("Let a be 1\nLet b be a\nDisplay b\n")
	var edits []edit
	apply := func(r Range, s string) {
		var e edit
		tx, e = tx.apply(&r, s, encUTF16)
		edits = append(edits, e)
	}
	// Insert a line at the top, then widen `b` on line 3 (was line 2).
	apply(Range{Start: Position{0, 0}, End: Position{0, 0}}, "# note\n")
	apply(Range{Start: Position{2, 4}, End: Position{2, 5}}, "bee")
	if tx.s != "# note\nLet a be 1\nLet bee be a\nDisplay b\n" {
		t.Fatalf("text = %q", tx.s)
	}
	// `a` at old 2:10 is now at 3:12; `b` at old 3:9 is now at 4:9.
	if sp, ok := toNew(ast.Span{Start: ast.Pos{Line: 2, Col: 10}, End: ast.Pos{Line: 2, Col: 11}}, edits); !ok || sp.Start != (ast.Pos{Line: 3, Col: 12}) {
		t.Errorf("toNew(a) = %+v %v", sp, ok)
	}
	if sp, ok := toNew(ast.Span{Start: ast.Pos{Line: 3, Col: 9}, End: ast.Pos{Line: 3, Col: 10}}, edits); !ok || sp.Start != (ast.Pos{Line: 4, Col: 9}) {
		t.Errorf("toNew(Display b) = %+v %v", sp, ok)
	}
	// The replaced name does not map.
	if _, ok := toNew(ast.Span{Start: ast.Pos{Line: 2, Col: 5}, End: ast.Pos{Line: 2, Col: 6}}, edits); ok {
		t.Error("toNew maps a span an edit replaced")
	}
	if p, ok := toOld(ast.Pos{Line: 3, Col: 12}, edits); !ok || p != (ast.Pos{Line: 2, Col: 10}) {
		t.Errorf("toOld = %+v %v", p, ok)
	}
	if _, ok := toOld(ast.Pos{Line: 3, Col: 6}, edits); ok {
		t.Error("toOld maps a position inside inserted text")
	}
	// A whole-text change maps nothing.
	var e edit
	tx, e = tx.apply(nil, "Display 1\n", encUTF16)
	if _, ok := toNew(ast.Span{Start: ast.Pos{Line: 1, Col: 1}, End: ast.Pos{Line: 1, Col: 2}}, []edit{e}); ok || tx.s != "Display 1\n" {
		t.Error("a full replacement maps old positions")
	}
}
