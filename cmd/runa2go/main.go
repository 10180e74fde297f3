// Command runa2go translates Runa programs into Go and builds them into
// native binaries.
//
//	runa2go build FILE.runa... [-o OUT] [--race] [--verify] [--no-line] [-v]
//	runa2go run FILE.runa [-v] [-- ARGS...]
//	runa2go gen FILE.runa... [-o FILE.go] [--pkg NAME] [--check] [--no-line]
//	runa2go check FILE.runa... [--syntax-only] [--strict] [--format text|json]
//	runa2go fmt [FILE.runa...|-] [-w] [-l] [--check]
//	runa2go clean
//	runa2go version (or --version)
//	runa2go help [CMD]
//
// Exit status: 0 on success; 1 when the program has errors (diagnostics,
// a failed build, a stale file for gen --check or fmt --check) or, for
// run, the program's own status; 2 for usage errors. On a terminal, a
// build that takes over a second shows its steps on standard error.
// Internal failures are reported as such, never as a Go panic.
package main

import (
	"os"
)

func main() {
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
