// Package load reads a Runa program: the program file and, transitively,
// every NAME.runa file it imports (level2.md §11.4). Each file is parsed
// at its own line base (ast.File.Base), so that one position names one
// place in the whole program and diagnostics of every file can be sorted
// and rendered together (diag.Files).
//
// Load reads through a Reader and knows nothing of the checker: what an
// imported file may contain and how its names are used is check's
// business. A program without file imports is parsed exactly as
// parser.ParseFile parses it, at base 0.
package load

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/parser"
)

// Stride is the distance between the line bases of the files of a
// program; an imported file may have at most Stride-1 lines.
const Stride = 1 << 20

// MaxModules bounds the number of files in one program, so that every
// base fits the 32-bit line numbers of tokens.
const MaxModules = 1<<31/Stride - 1

// Codes of loading (level2.md §15.1).
const (
	// CodeUnknownModule: an Import of a module that is neither built in
	// nor a readable file beside the importing one (also check's code).
	CodeUnknownModule = "E331"
	// CodeImportCycle: a module that imports itself, directly or not.
	CodeImportCycle = "E334"
	// CodeModuleSize: an imported file too long to have its own base.
	CodeModuleSize = "E335"
)

// Reader reads a source file by name: a slash-separated path as the
// program file's name is written (relative to the working directory, or
// absolute).
type Reader func(name string) ([]byte, error)

// Program is a Runa program with its imported files.
type Program struct {
	// Main is the program file. It comes last in position order: its base
	// is len(Modules)*Stride (0 with LoadMainFirst).
	Main *ast.File
	// Modules are the imported files in initialisation order: depth first
	// in import order, each after the modules it imports (level2.md
	// §11.4). Module i has base i*Stride ((i+1)*Stride with
	// LoadMainFirst); its Module field is its path.
	Modules []*ast.File
	// Files are all files for rendering diagnostics, the program file
	// first.
	Files diag.Files
}

// IsBuiltin reports whether an Import names a built-in module rather than
// a file; Load reads no file for such a name.
type IsBuiltin func(module string) bool

// Load parses the program file name (contents data) and every file it
// imports, reading them with read. It returns every parse diagnostic of
// every file, and an error diagnostic at the Import of a module that
// cannot be read, that would close an import cycle, or that is too long.
// A module whose file does not exist is simply not in the Program: the
// checker reports it (check's E331).
// The Program is never nil: files that could not be read are left out.
func Load(name string, data []byte, builtin IsBuiltin, read Reader) (*Program, diag.List) {
	return load(name, data, builtin, read, false)
}

// LoadMainFirst is Load with the program file at base 0 and module i at
// base (i+1)*Stride: the program file's positions are those ParseFile
// gives, for an editor that shows that file alone. The checker accepts
// either layout; code generation expects Load's.
func LoadMainFirst(name string, data []byte, builtin IsBuiltin, read Reader) (*Program, diag.List) {
	return load(name, data, builtin, read, true)
}

func load(name string, data []byte, builtin IsBuiltin, read Reader, mainFirst bool) (*Program, diag.List) {
	l := &loader{builtin: builtin, read: read, state: map[string]int{}}
	main := &unit{name: name, data: data}
	l.visit(main)
	prog := &Program{}
	var diags diag.List
	if len(l.order) == 0 {
		f, d := parser.ParseFile(name, data)
		prog.Main = f
		prog.Files = diag.Files{{Name: name, Data: data}}
		return prog, append(d, l.diags(main)...)
	}
	for i, u := range l.order {
		u.base = i * Stride
		if mainFirst {
			u.base += Stride
		}
	}
	if !mainFirst {
		main.base = len(l.order) * Stride
	}
	prog.Files = diag.Files{{Name: name, Data: data, Base: main.base}}
	decls := map[string]*parser.Declarations{}
	for _, u := range append(l.order, main) {
		// The modules u imports are parsed before it: it parses knowing
		// their names.
		var im parser.Imported
		for _, r := range u.refs {
			if d := decls[r.module]; d != nil {
				im.Add(d, r.qualifier, r.member)
			}
		}
		f, d := parser.ParseImporting(u.name, u.data, u.base, &im)
		f.Module = u.module
		decls[u.module] = parser.Declared(f)
		diags = append(diags, d...)
		diags = append(diags, l.diags(u)...)
		if u == main {
			prog.Main = f
			continue
		}
		prog.Modules = append(prog.Modules, f)
		prog.Files = append(prog.Files, diag.File{Name: u.name, Data: u.data, Base: u.base})
	}
	return prog, diags
}

// unit is one file being loaded.
type unit struct {
	module string // module path; "" for the program file
	name   string // file name
	data   []byte
	base   int
	// problems are the diagnostics of the Imports of this file, at base 0.
	problems diag.List
	// refs are its Imports of file modules.
	refs []ref
}

// ref is one Import of a file module: its path, and the qualifier of
// `Import module` or the member of `Import function`/`Import type`.
type ref struct {
	module, qualifier, member string
}

type loader struct {
	builtin IsBuiltin
	read    Reader
	// state of each module path: 1 while its imports are visited, 2 once
	// done.
	state map[string]int
	order []*unit
	// stack are the module paths being visited, outermost first.
	stack []string
	// root is the program file's directory, mainName its name.
	root, mainName string
}

// diags returns the Import diagnostics of u at its final base.
func (l *loader) diags(u *unit) diag.List {
	for _, d := range u.problems {
		d.Span = d.Span.Shift(u.base)
	}
	return u.problems
}

// visit reads the imports of u, depth first, appending each imported
// file to l.order after its own imports.
func (l *loader) visit(u *unit) {
	if u.module == "" {
		l.root, l.mainName = path.Dir(u.name), u.name
	}
	// The first parse only finds the Imports; Load parses again at the
	// file's base.
	f, _ := parser.ParseFile(u.name, u.data)
	l.state[u.module] = 1
	l.stack = append(l.stack, u.module)
	for _, s := range f.Stmts {
		im, ok := s.(*ast.ImportStmt)
		if !ok || l.builtin(im.Module) {
			continue
		}
		l.importFile(u, im)
	}
	l.stack = l.stack[:len(l.stack)-1]
	l.state[u.module] = 2
}

// importFile handles one Import of a file module from u.
func (l *loader) importFile(u *unit, im *ast.ImportStmt) {
	if im.Module == "" || strings.HasSuffix(im.Module, "/") {
		u.problems.Errorf(im.ModuleSp, CodeUnknownModule, "name the module file without \".runa\": `Import module \"shapes\"` reads shapes.runa", "no module %q", im.Module)
		return
	}
	mod := path.Clean(path.Join(path.Dir(u.module), im.Module))
	r := ref{module: mod, member: im.Member}
	if im.Kind == ast.ImportModule {
		r.qualifier, r.member = im.Qualifier(), ""
	}
	u.refs = append(u.refs, r)
	switch l.state[mod] {
	case 2:
		return // imported before: harmless (level2.md §11.4)
	case 1:
		i := len(l.stack) - 1
		for i > 0 && l.stack[i] != mod {
			i--
		}
		var chain []string
		for _, m := range l.stack[i:] {
			chain = append(chain, fmt.Sprintf("%q", l.display(m)))
		}
		chain = append(chain, fmt.Sprintf("%q", l.display(mod)))
		u.problems.Errorf(im.ModuleSp, CodeImportCycle, "move what both files need into a third module that imports neither", "import cycle: %s", strings.Join(chain, " → "))
		return
	}
	name := path.Join(l.root, mod+".runa")
	data, err := l.read(name)
	if err != nil {
		// A file that does not exist is left out without a diagnostic:
		// the checker reports the Import (E331) and checks the rest of
		// the program, as for any unknown name.
		if !errors.Is(err, fs.ErrNotExist) {
			u.problems.Errorf(im.ModuleSp, CodeUnknownModule, "", "module %q cannot be read: %v", im.Module, err)
		}
		l.state[mod] = 2
		return
	}
	if n := strings.Count(string(data), "\n"); n >= Stride-1 {
		u.problems.Errorf(im.ModuleSp, CodeModuleSize, "split it into several modules", "module %q has %d lines; an imported file may have at most %d", im.Module, n, Stride-2)
		l.state[mod] = 2
		return
	}
	if len(l.order) >= MaxModules {
		u.problems.Errorf(im.ModuleSp, CodeModuleSize, "", "a program may import at most %d files", MaxModules)
		l.state[mod] = 2
		return
	}
	m := &unit{module: mod, name: name, data: data}
	l.visit(m)
	l.order = append(l.order, m)
}

// display names a module in a cycle message: the program file by its
// base name without ".runa", a module by its path.
func (l *loader) display(mod string) string {
	if mod == "" {
		return strings.TrimSuffix(path.Base(l.mainName), ".runa")
	}
	return mod
}
