// Package lsp is the Runa language server (`runa2go lsp`): the Language
// Server Protocol 3.17 over JSON-RPC 2.0 on a byte stream (stdio).
//
// It shows what the checker infers — the Runa type of every name and the
// Go type it becomes — as hovers and inlay hints, and offers diagnostics
// (with quick fixes for the checker's hints), definition, references,
// highlights, document symbols, completion, formatting and rename.
//
// The protocol messages are hand-written (protocol.go, jsonrpc.go): only
// the subset the server uses, in their 3.17 shapes. The maintained Go
// packages were no fit: go.lsp.dev/protocol (last release 2022) models LSP
// 3.15/3.16 — no inlay hints, no position-encoding negotiation — and brings
// zap and segmentio/encoding; gopls's protocol package is internal to
// golang.org/x/tools.
//
// Concurrency: one goroutine (Serve) owns all state. Each change is applied
// at once; after a debounce two goroutines start. One answers the
// diagnostics from the independent parts of the text, checking again only
// the parts the change touched (incremental.go); the other, once the text
// has not changed for fullDelay more (at once when the first cannot
// answer), parses and checks the whole text, publishes its diagnostics
// when the first could not answer (or, were it ever to happen, disagrees),
// and builds the index of names. A hover or definition that the last
// analysis cannot answer waits for that check. Until a version checks without errors, hover and navigation
// answer from the last one that did, with positions carried through the
// edits made since (view.go), so they stay instant on large files.
package lsp
