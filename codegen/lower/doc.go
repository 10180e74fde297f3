// Package lower decides the Go shape of a checked Runa program, between
// the checker (frontend/check, which knows nothing of Go) and the Go
// printer (package codegen).
//
// Lower computes, once per process, its signature (Sig): whether the Go
// function takes a context, what it returns, whether it returns an error,
// which recursion guard it gets, whether it already has the shape of a
// process value, whether running it can fault, and the shape of its
// exported wrapper in library mode. Every Go-shape question about a process
// is answered from its Sig; nothing else in the compiler recomputes it.
//
// The statement-level IR that DESIGN §2 describes (temporaries, regions,
// suspension points) does not exist yet: codegen still lowers bodies
// directly from the checked AST.
package lower
