package parser

import (
	"github.com/runa2go/runa2go/frontend/lexer"
)

// What a client that parses a file one top-level part at a time needs to
// know of each part (the language server's incremental check,
// lsp/incremental.go): which words the whole file's parse treats as
// names declared anywhere in the file.

// IsName reports whether w can be a name: not reserved, or only softly.
func IsName(w string) bool { return isName(w) }

// MultiWordNames returns the multi-word names declared in the tokens of
// src (each as its words): the parse of a file merges a run of words
// that spells one of them, wherever it is declared, into one name.
func MultiWordNames(src string, toks []lexer.Token) [][]string {
	var out [][]string
	for _, c := range collectNames(src, toks) {
		out = append(out, c...)
	}
	return out
}
