// Package lexer splits Runa source into tokens (spec §1).
//
// Indentation becomes Indent/Dedent tokens and line ends become Newline
// tokens, as in Python's tokenizer: a statement line is followed by
// Newline, and a deeper-indented line that follows is preceded by Indent;
// a return to a shallower level emits one Dedent per closed block. Blank
// and comment-only lines produce no tokens, newlines inside ( ) and [ ]
// are ignored, and an indented line that starts with "|>" continues the
// previous line (spec §1, Level 2 pipelines).
//
// Words are not classified: keywords and multi-word phrase operators are
// recognised by the parser, which matches phrases longest first.
package lexer

import "github.com/runa2go/runa2go/frontend/ast"

// Kind is the kind of a token.
type Kind uint8

// Token kinds.
const (
	EOF      Kind = iota
	Newline       // end of a logical line (zero width, at the line's end)
	Indent        // start of a deeper block (zero width, at the line's first token)
	Dedent        // end of a block (zero width, at the next line's first token)
	Word          // identifier or keyword: [A-Za-z_][A-Za-z0-9_]*
	Int           // 42
	Float         // 3.25, 1e16
	String        // "…" including the quotes (possibly unterminated)
	LParen        // (
	RParen        // )
	LBrack        // [
	RBrack        // ]
	Comma         // ,
	Colon         // :
	Dot           // .
	Minus         // -
	Pipe          // |>
	Bar           // |
	Arrow         // -> (function types, level2.md §4.4)
	LBrace        // { (dictionary patterns, level2.md §9)
	RBrace        // }
	Ellipsis      // ... (bracket list patterns, level2.md §9)
	Illegal       // a character that starts no token (already diagnosed)
)

var kindNames = [...]string{
	EOF: "end of file", Newline: "end of line", Indent: "indentation",
	Dedent: "dedent", Word: "word", Int: "integer", Float: "float",
	String: "string", LParen: "\"(\"", RParen: "\")\"", LBrack: "\"[\"",
	RBrack: "\"]\"", Comma: "\",\"", Colon: "\":\"", Dot: "\".\"",
	Minus: "\"-\"", Pipe: "\"|>\"", Bar: "\"|\"", Arrow: "\"->\"", LBrace: "\"{\"", RBrace: "\"}\"", Ellipsis: "\"...\"", Illegal: "illegal character",
}

// String describes the kind for diagnostics.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "token"
}

// Token is one token. It never spans lines: Line is both its start and
// end line; Col and EndCol are 1-based character columns (EndCol just past
// the token). Off and EndOff are byte offsets of its text in the text it
// was read from: the source, or for a token the parser made (a merged
// multi-word name, level2.md §2.1), the parser's copy of the source with
// the canonical names appended. A Token is 24 bytes, copied freely.
type Token struct {
	Kind        Kind
	Line        int32
	Col, EndCol int32
	Off, EndOff int32
}

// Pos is the token's start position.
func (t Token) Pos() ast.Pos { return ast.Pos{Line: int(t.Line), Col: int(t.Col)} }

// End is the position just past the token.
func (t Token) End() ast.Pos { return ast.Pos{Line: int(t.Line), Col: int(t.EndCol)} }

// Span is the token's source range.
func (t Token) Span() ast.Span { return ast.Span{Start: t.Pos(), End: t.End()} }

// Text returns the token's text in src, the text it was read from (empty
// for Newline, Indent, Dedent, EOF).
func (t Token) Text(src string) string { return src[t.Off:t.EndOff] }
