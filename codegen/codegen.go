// Package codegen translates a checked Runa program into Go source.
package codegen

import "github.com/runa2go/runa2go/frontend/check"

// Options control generation.
type Options struct {
	// SourceName is the Runa file name written in the header and in //line
	// directives, e.g. "app.runa".
	SourceName string
	// Package is the Go package name; "main" (the default) generates a
	// program with func main, anything else a library package.
	Package string
	// NoLine omits //line directives.
	NoLine bool
}

// Generate returns the gofmt-formatted Go source for p.
func Generate(p *check.Program, opts Options) ([]byte, error) {
	panic("codegen.Generate: being written")
}
