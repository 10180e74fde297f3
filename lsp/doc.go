// Package lsp is the Runa language server (`runa2go lsp`): the Language
// Server Protocol 3.17 over JSON-RPC 2.0 on a byte stream (stdio).
//
// It shows what the checker infers — the Runa type of every name and the
// Go type it becomes — as hovers and inlay hints, and offers diagnostics,
// navigation, completion, formatting, rename and quick fixes.
//
// The protocol messages are hand-written (protocol.go): only the subset the
// server uses, in the 3.17 shapes (position encodings, inlay hints).
package lsp
