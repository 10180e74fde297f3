// Package golden holds the golden tests of runa2go: Runa programs with the
// Go code they must translate to and the output they must produce.
//
// A case is a txtar file testdata/NAME.txtar (golang.org/x/tools/txtar)
// with these sections:
//
//	in.runa    the Runa program, compiled as NAME.runa (the name that
//	           diagnostics, //line directives and run-time errors show)
//	out.go     the expected generated Go
//	stdout     the expected standard output of the program, byte for byte
//	exitcode   optional: the expected exit status (default 0)
//	stderr     optional: lines that must each appear in standard error
//	diag       instead of out.go/stdout: the expected rendered diagnostics
//	           (the program must not compile)
//	strict     optional: the expected `runa2go check --strict` report
//
// Every case that is not a diag case is translated, checked to be
// gofmt-clean, built and run. All cases are generated as separate main
// packages of one temporary module (with the embedded runtime, as
// `runa2go build` writes it), built with a single `go build` and vetted with
// a single `go vet`; each binary then runs with RUNA_LEAKCHECK=1 and a
// timeout.
//
// `go test ./golden -update` rewrites the out.go sections (only those):
// expected output and diagnostics are always edited by hand.
package golden
