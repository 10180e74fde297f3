// Package driver is the pipeline of runa2go as a library: it reads a Runa
// source file, parses, checks and translates it to Go (Generate), and builds
// the result into a native binary through a content-addressed build cache
// (Build). The runa2go command and the golden tests are its clients.
//
// Errors returned by this package are of three kinds, which callers report
// differently:
//   - *DiagError: the program has compile-time problems; render them with
//     its Render method (spec §10) and exit with status 1;
//   - *InternalError: runa2go itself failed (a panic in a compiler stage, or
//     generated Go that does not compile outside of the Runa source); ask the
//     user to report a bug;
//   - anything else: an environment problem (an unreadable file, no Go
//     toolchain, a full disk, an unusable GOCACHE: see *ToolchainError),
//     reported as is.
//
// Several may be combined with errors.Join; use errors.As to pick them out.
package driver

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/runa2go/runa2go/codegen"
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/parser"
)

// BugURL is where users report internal errors.
const BugURL = "https://github.com/runa2go/runa2go/issues"

// DiagError reports compile-time diagnostics of one source file. It is
// returned only when Diags contains at least one error.
type DiagError struct {
	Source *Source
	Diags  diag.List
}

// Error summarises the diagnostics; use Render for the user-facing form.
func (e *DiagError) Error() string {
	n := 0
	for _, d := range e.Diags {
		if d.Severity == diag.Error {
			n++
		}
	}
	if n == 1 {
		return e.Source.Name + ": 1 error"
	}
	return fmt.Sprintf("%s: %d errors", e.Source.Name, n)
}

// Render writes the diagnostics as spec §10 describes.
func (e *DiagError) Render(w io.Writer) {
	diag.RenderFiles(w, e.Source.Files(), e.Diags)
}

// InternalError is a failure of runa2go itself: a compiler stage panicked or
// returned an error, or the generated Go was rejected outside the Runa
// source. Its message never contains a stack trace; Stack holds one (when
// the cause was a panic) for RUNA2GO_DEBUG=1.
type InternalError struct {
	Msg   string
	Stack []byte
}

// Error returns the message, without the stack.
func (e *InternalError) Error() string { return "internal error: " + e.Msg }

// Stage runs f, the named compiler stage, turning a panic into an
// *InternalError that carries the stack.
func Stage(name string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &InternalError{Msg: fmt.Sprintf("%s: %v", name, r), Stack: debug.Stack()}
		}
	}()
	return f()
}

// Parse parses src, recovering a panic of the parser as an *InternalError.
func Parse(src *Source) (f *ast.File, diags diag.List, err error) {
	err = Stage("parser", func() error {
		f, diags = parser.ParseFile(src.Name, src.Data)
		return nil
	})
	return f, diags, err
}

// CheckOptions select the checker behaviour.
type CheckOptions struct {
	// Strict adds the notes of `check --strict`.
	Strict bool
	// Library checks the file as a library package (`gen --pkg`).
	Library bool
}

// Check parses and checks src. It returns every diagnostic, warnings
// included; prog is nil when there are errors (or when parsing failed).
func Check(src *Source, opts CheckOptions) (prog *check.Program, diags diag.List, err error) {
	l, err := src.load()
	if err != nil {
		return nil, nil, err
	}
	f := l.prog.Main
	diags = append(diags, l.diags...)
	if diags.HasErrors() {
		// Not checked: still report the Level 2 constructs, in source order.
		diags = append(diags, check.Unsupported(f)...)
		return nil, diags.Sorted(), nil
	}
	var cdiags diag.List
	err = Stage("checker", func() error {
		prog, cdiags = check.Check(f, check.Config{Strict: opts.Strict, Library: opts.Library, Imports: l.prog.Modules})
		return nil
	})
	diags = append(diags, cdiags...)
	if err == nil && prog == nil && !diags.HasErrors() {
		err = &InternalError{Msg: "checker: no program and no error diagnostics"}
	}
	if diags.HasErrors() {
		prog = nil
	}
	return prog, diags, err
}

// GenOptions control Generate.
type GenOptions struct {
	// Package is the Go package name; "" or "main" generates a program
	// unless Library is set.
	Package string
	// Library generates a library (exported processes, no func main)
	// also when Package is "" or "main" (`gen --pkg main`: Runa code
	// called from a hand-written Go main package).
	Library bool
	// Version, when set, is the runa2go version named in the header (see
	// codegen.Options.Version); runa2go passes Version.
	Version string
	// NoLine omits //line directives.
	NoLine bool
	// LineName, when set, replaces the source's Name in the generated
	// header and //line directives (e.g. the Runa file's path relative to
	// the generated file); diagnostics keep Name.
	LineName string
}

// Generate parses, checks and translates src. On success it returns the
// generated Go source (gofmt-formatted, starting with the runa2go header)
// and any warnings. When the program has errors it returns a *DiagError
// holding all diagnostics.
func Generate(src *Source, opts GenOptions) (code []byte, warnings diag.List, err error) {
	library := opts.Library || (opts.Package != "" && opts.Package != "main")
	prog, diags, err := Check(src, CheckOptions{Library: library})
	if err != nil {
		return nil, diags, err
	}
	if diags.HasErrors() {
		return nil, nil, &DiagError{Source: src, Diags: diags}
	}
	err = Stage("code generator", func() error {
		var gerr error
		code, gerr = codegen.Generate(prog, codegen.Options{
			SourceName: cmp.Or(opts.LineName, src.Name),
			Package:    opts.Package,
			NoLine:     opts.NoLine,
			Version:    opts.Version,
			Library:    library,
		})
		if gerr != nil {
			return &InternalError{Msg: "code generator: " + gerr.Error()}
		}
		return nil
	})
	if err != nil {
		return nil, diags, err
	}
	if !bytes.HasPrefix(code, []byte("// Code generated by runa2go")) {
		return nil, diags, &InternalError{Msg: "code generator: output lacks the generated-code header"}
	}
	return code, diags, nil
}

// RenderWarnings returns diags rendered for src (empty when diags is
// empty).
func RenderWarnings(src *Source, diags diag.List) []byte {
	if len(diags) == 0 {
		return nil
	}
	var b bytes.Buffer
	diag.RenderFiles(&b, src.Files(), diags)
	return b.Bytes()
}

// IsInternal reports whether err contains an *InternalError.
func IsInternal(err error) bool {
	var ie *InternalError
	return errors.As(err, &ie)
}
