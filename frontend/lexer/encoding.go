package lexer

import (
	"unicode/utf8"

	"github.com/runa2go/runa2go/frontend/ast"
)

// firstInvalid finds the first byte of src that is not part of valid
// UTF-8: it returns its position (line, and column in characters), its
// byte offset and ok=false; or ok=true when src is valid UTF-8.
func firstInvalid(src []byte) (pos ast.Pos, off int, ok bool) {
	if utf8.Valid(src) {
		return ast.Pos{}, 0, true
	}
	pos = ast.Pos{Line: 1, Col: 1}
	for off < len(src) {
		r, n := utf8.DecodeRune(src[off:])
		if r == utf8.RuneError && n <= 1 {
			return pos, off, false
		}
		if r == '\n' {
			pos.Line++
			pos.Col = 1
		} else {
			pos.Col++
		}
		off += n
	}
	return pos, off, true
}
