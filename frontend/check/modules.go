package check

import (
	"path"
	"slices"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Codes of Import (level2.md §11.4, §15.1).
const (
	// CodeUnknownModule: an Import of a module that is neither built in nor
	// a file beside the importing one.
	CodeUnknownModule = "E331"
	// CodeUnknownMember: `Q.m` where the module has no member m.
	CodeUnknownMember = "E332"
	// CodeModuleConst: a module constant used other than as a value.
	CodeModuleConst = "E333"
	// CodeModuleStatement: a statement other than a declaration at the
	// top level of an imported file.
	CodeModuleStatement = "E336"
	// CodeModuleReadOnly: `Set Q.x to …` of another file's value.
	CodeModuleReadOnly = "E337"
	// CodeImportClash: `Import function`/`Import type` of a name the
	// importing file declares too.
	CodeImportClash = "E338"
)

// ModuleConst is a constant of a built-in module (math.PI, math.E).
type ModuleConst struct {
	Name  string // qualified by the module's own name: "math.PI"
	Value float64
}

func (k *ModuleConst) objectName() string { return k.Name }

// builtinModules are the built-in modules with their members, by member
// name (level2.md §11.4). A member process is a Builtin named
// "MODULE.member"; ModuleMembers lists them.
var builtinModules = map[string]map[string]Object{}

// moduleMembers lists the member processes of every built-in module,
// sorted by name.
var moduleMembers []*Builtin

// ModuleMembers returns the member processes of the built-in modules, each
// named "MODULE.member", sorted by name. The entries are shared.
func ModuleMembers() []*Builtin { return moduleMembers }

// BuiltinModule reports whether name is a built-in module.
func BuiltinModule(name string) bool { return builtinModules[name] != nil }

func init() {
	num := []Type{Float}
	numeric := func(c *checker, a *builtinArgs, i int) Type {
		t := a.types[i]
		if t != nil && t != Unknown && t != AnyType && !isNumeric(unwrapOpt(t)) {
			c.errorf(a.info.Args[i].Span(), CodeArgType, "", "argument %q of %s must be a number, not %s", a.b.Params[i], a.b.Name, t)
		}
		return t
	}
	minMax := func(c *checker, a *builtinArgs) Type {
		x, y := numeric(c, a, 0), numeric(c, a, 1)
		if x == y && (x == Integer || x == Float) {
			return x
		}
		return Number
	}
	math := []*Builtin{
		{Name: "math.sqrt", Params: []string{"x"}, Types: num, Raises: true, Result: "Float", typing: returns(Float)},
		{Name: "math.floor", Params: []string{"x"}, Types: num, Raises: true, Result: "Integer", typing: returns(Integer)},
		{Name: "math.ceil", Params: []string{"x"}, Types: num, Raises: true, Result: "Integer", typing: returns(Integer)},
		{Name: "math.abs", Params: []string{"x"}, Result: "Number",
			typing: func(c *checker, a *builtinArgs) Type {
				if t := numeric(c, a, 0); t == Integer || t == Float {
					return t
				}
				return Number
			}},
		{Name: "math.power", Params: []string{"base", "exponent"}, Types: []Type{Float, Float}, Raises: true, Result: "Float",
			typing: returns(Float)},
		{Name: "math.min", Params: []string{"a", "b"}, Result: "Number", typing: minMax},
		{Name: "math.max", Params: []string{"a", "b"}, Result: "Number", typing: minMax},
	}
	asyncio := []*Builtin{
		{Name: "asyncio.sleep", Params: []string{"seconds"}, Types: []Type{Float}, Async: true, Raises: true, Result: "None",
			typing: returns(NoneType)},
	}
	add := func(module string, members []*Builtin, consts ...*ModuleConst) {
		m := map[string]Object{}
		for _, b := range members {
			b.task = b.task || b.Async || b.combinator
			m[strings.TrimPrefix(b.Name, module+".")] = b
			moduleMembers = append(moduleMembers, b)
		}
		for _, k := range consts {
			m[strings.TrimPrefix(k.Name, module+".")] = k
		}
		builtinModules[module] = m
	}
	add("math", math, &ModuleConst{Name: "math.PI", Value: 3.141592653589793}, &ModuleConst{Name: "math.E", Value: 2.718281828459045})
	add("asyncio", asyncio)
	slices.SortFunc(moduleMembers, func(x, y *Builtin) int { return strings.Compare(x.Name, y.Name) })
}

// unit is one file of the program: an imported module or the program
// file (level2.md §11.4). All files form one program: the names a file
// declares are kept in the checker's tables under their key, the file's
// prefix followed by the name, so that two files may declare the same
// name and `Q.x` finds module Q's x.
type unit struct {
	file *ast.File
	// prefix is "" for the program file and "PATH." for the module at
	// PATH: a module's process "area" is the key "geometry.area", the
	// name written in diagnostics and the one codegen names in Go.
	prefix string
	// top are the file's top-level statements that run: a module's `When
	// main is called:` block is left out.
	top []ast.Stmt
	// imports maps each qualifier the file imports under to the module:
	// a built-in module's name or a file module's path.
	imports map[string]string
	// names maps the names made usable unqualified by `Import function`
	// and `Import type` to their keys; clashes are those Imports, by name.
	names   map[string]string
	clashes map[string]*ast.ImportStmt
}

// addUnits makes the units of the program f importing mods (see
// Config.Imports) and, when there are modules, the merged Program.File.
func (c *checker) addUnits(f *ast.File, mods []*ast.File) {
	for _, m := range mods {
		u := &unit{file: m, prefix: m.Module + "."}
		for _, s := range m.Stmts {
			if _, ok := s.(*ast.MainStmt); !ok {
				u.top = append(u.top, s)
			}
		}
		c.units = append(c.units, u)
	}
	c.units = append(c.units, &unit{file: f, top: f.Stmts})
	c.prog.Units = append(append([]*ast.File(nil), mods...), f)
	if len(mods) == 0 {
		return
	}
	merged := &ast.File{Name: f.Name, Base: f.Base, EndPos: f.EndPos}
	for _, u := range c.units {
		merged.Stmts = append(merged.Stmts, u.top...)
		merged.Comments = append(merged.Comments, u.file.Comments...)
	}
	c.prog.File = merged
}

// declareUnits declares the names of every file, imported modules first:
// a module only uses the modules declared before it (an import cycle is
// an error of load), so one pass in that order finds every name.
func (c *checker) declareUnits() {
	main := &Proc{Name: "main", Kind: ast.AsyncProc, scope: map[string]*Var{}, calls: map[*Proc]bool{}}
	main.Result = c.newTVar("main result", ast.Pos{})
	c.prog.Main = main
	for _, u := range c.units {
		c.unit = u
		f := *u.file
		f.Stmts = u.top
		c.declareImports(&f)
		c.importedNames(u)
		c.declare(&f)
		if u.prefix != "" {
			c.moduleRules(u)
		}
		c.importClashes(u)
	}
	c.unit = c.units[len(c.units)-1]
}

// key returns the key of name as written in the current file: a member
// `Q.m` of an imported file module is that module's m, a name imported
// with `Import function`/`Import type` is the module's, and any other
// name is the current file's.
func (c *checker) key(name string) string {
	u := c.unit
	if u == nil {
		return name
	}
	if q, m, ok := strings.Cut(name, "."); ok {
		if mod, ok := u.imports[q]; ok && !BuiltinModule(mod) {
			return mod + "." + m
		}
	}
	if k, ok := u.names[name]; ok {
		return k
	}
	return u.prefix + name
}

// own returns the key of a name the current file declares.
func (c *checker) own(name string) string {
	if c.unit == nil {
		return name
	}
	return c.unit.prefix + name
}

// module returns the path of the current file's module ("" for the
// program file).
func (c *checker) module() string {
	if c.unit == nil {
		return ""
	}
	return strings.TrimSuffix(c.unit.prefix, ".")
}

// scopeName is the name under which p's scope holds name: the key for the
// top level (every file's top-level variables share it), name itself in a
// process.
func (c *checker) scopeName(p *Proc, name string) string {
	if p == c.prog.Main {
		return c.key(name)
	}
	return name
}

// fileMember reports whether name is `Q.m` for a file module Q imported
// by the current file, and returns the module's path.
func (c *checker) fileMember(name string) (mod, member string, ok bool) {
	q, m, ok := strings.Cut(name, ".")
	if !ok || c.unit == nil {
		return "", "", false
	}
	mod, ok = c.unit.imports[q]
	if !ok || BuiltinModule(mod) {
		return "", "", false
	}
	return mod, m, true
}

// unknownMember reports `Q.m` naming nothing in file module Q; it returns
// false when id is no such use.
func (c *checker) unknownMember(id *ast.Ident) bool {
	mod, m, ok := c.fileMember(id.Name)
	if !ok {
		return false
	}
	if c.moduleUnit(mod) == nil {
		return true // the Import is reported
	}
	c.errorf(id.Sp, CodeUnknownMember, suggestAmong(m, c.moduleNames(mod)), "module %q has no member %q", mod, m)
	return true
}

// readOnlyMember reports an assignment to `Q.x`, a top-level value of
// another file (level2.md §11.4).
func (c *checker) readOnlyMember(id *ast.Ident) {
	if mod, m, ok := c.fileMember(id.Name); ok {
		c.errorf(id.Sp, CodeModuleReadOnly, "set it in a process of module \""+mod+"\" and call that", "%q belongs to module %q and is read only here", m, mod)
	}
}

// moduleUnit returns the unit of the file module at path mod, or nil.
func (c *checker) moduleUnit(mod string) *unit {
	for _, u := range c.units {
		if u.prefix == mod+"." {
			return u
		}
	}
	return nil
}

// moduleNames lists the names module mod declares at its top level.
func (c *checker) moduleNames(mod string) []string {
	var out []string
	prefix := mod + "."
	add := func(k string) {
		if rest, ok := strings.CutPrefix(k, prefix); ok && !strings.Contains(rest, ".") {
			out = append(out, rest)
		}
	}
	for k := range c.procs {
		add(k)
	}
	for k := range c.records {
		add(k)
	}
	for k := range c.sums {
		add(k)
	}
	for k := range c.globals {
		add(k)
	}
	for k := range c.aliases {
		add(k)
	}
	slices.Sort(out)
	return out
}

// moduleRules reports the top-level statements a module may not have
// (level2.md §11.4).
func (c *checker) moduleRules(u *unit) {
	for _, s := range u.top {
		switch s.(type) {
		case *ast.ProcDecl, *ast.TypeDecl, *ast.ImportStmt, *ast.LetStmt:
			continue
		}
		c.diags.Errorf(s.Span(), CodeModuleStatement, "move it into a process, or into the module's `When main is called:` block",
			"a module may only define processes, types and Let values at its top level")
	}
}

// importedNames makes the names of `Import function` and `Import type`
// usable unqualified in u; a clash with a name u declares is an error.
func (c *checker) importedNames(u *unit) {
	for _, s := range u.top {
		im, ok := s.(*ast.ImportStmt)
		if !ok || im.Kind == ast.ImportModule || BuiltinModule(im.Module) {
			continue
		}
		mod := c.importPath(u, im)
		if c.moduleUnit(mod) == nil {
			continue // not loaded: reported by load (or importStmt)
		}
		k := mod + "." + im.Member
		var found bool
		if im.Kind == ast.ImportFunction {
			_, found = c.procs[k]
		} else {
			_, rec := c.records[k]
			_, alias := c.aliases[k]
			found = rec || alias || c.sums[k] != nil
		}
		if !found {
			what := "process"
			if im.Kind == ast.ImportType {
				what = "type"
			}
			c.diags.Errorf(im.MemberSp, CodeUnknownMember, suggestAmong(im.Member, c.moduleNames(mod)), "module %q has no %s %q", im.Module, what, im.Member)
			continue
		}
		if u.names == nil {
			u.names = map[string]string{}
		}
		u.names[im.Member] = k
		if u.clashes == nil {
			u.clashes = map[string]*ast.ImportStmt{}
		}
		u.clashes[im.Member] = im
	}
}

// importClashes reports the names imported with `Import function` or
// `Import type` that u also declares (level2.md §11.4), once u is declared.
func (c *checker) importClashes(u *unit) {
	for _, s := range u.top {
		im, ok := s.(*ast.ImportStmt)
		if !ok || u.clashes[im.Member] != im {
			continue
		}
		own := u.prefix + im.Member
		if _, p := c.procs[own]; p || c.records[own] != nil || c.sums[own] != nil || c.globals[own] != nil || c.aliases[own] != nil {
			c.diags.Errorf(im.MemberSp, CodeImportClash, "import the module instead and write \""+im.Qualifier()+"."+im.Member+"\"", "%q is imported from module %q, and this file declares %q too", im.Member, im.Module, im.Member)
		}
	}
}

// importPath returns the module path an Import of u names: a built-in
// module's name, or the path of the file relative to the program file's
// directory (as load computes it).
func (c *checker) importPath(u *unit, im *ast.ImportStmt) string {
	if BuiltinModule(im.Module) {
		return im.Module
	}
	return path.Clean(path.Join(path.Dir(strings.TrimSuffix(u.prefix, ".")), im.Module))
}

// declareImports records the qualifier of every top-level Import module
// statement of the current file (level2.md §11.4: imports are hoisted).
func (c *checker) declareImports(f *ast.File) {
	u := c.unit
	u.imports = map[string]string{}
	for _, s := range f.Stmts {
		if im, ok := s.(*ast.ImportStmt); ok && im.Kind == ast.ImportModule {
			u.imports[im.Qualifier()] = c.importPath(u, im)
		}
	}
}

// importStmt checks an Import statement: its module must exist.
func (c *checker) importStmt(s *ast.ImportStmt) {
	if !BuiltinModule(s.Module) {
		if c.moduleUnit(c.importPath(c.unit, s)) != nil {
			return // its members are checked by importedNames
		}
		file := c.unit.file.Name
		if i := strings.LastIndexByte(file, '/'); i >= 0 {
			file = file[i+1:]
		}
		c.errorf(s.ModuleSp, CodeUnknownModule, "", "no module %q: no built-in module has that name and there is no file %q beside %q",
			s.Module, s.Module+".runa", file)
		return
	}
	if s.Kind != ast.ImportModule {
		if _, ok := builtinModules[s.Module][s.Member]; !ok {
			c.errorf(s.MemberSp, CodeUnknownMember, suggestAmong(s.Member, memberNames(s.Module)), "module %q has no member %q", s.Module, s.Member)
		}
	}
}

// moduleMember resolves the use `Q.m` of a member of a built-in module,
// reporting an unknown member. ok is false when Q names no imported
// built-in module (a file module's members are names of the program).
func (c *checker) moduleMember(id *ast.Ident) (obj Object, ok bool) {
	q, m, ok := id.Qualified()
	if !ok || c.unit == nil {
		return nil, false
	}
	module, ok := c.unit.imports[q]
	if !ok || !BuiltinModule(module) {
		return nil, false
	}
	members := builtinModules[module]
	obj, found := members[m]
	if !found {
		c.errorf(id.Sp, CodeUnknownMember, suggestAmong(m, memberNames(module)), "module %q has no member %q", module, m)
		return nil, true
	}
	if c.final && !c.dead {
		c.prog.Uses[id] = obj
	}
	return obj, true
}

// memberNames lists the member names of a built-in module.
func memberNames(module string) []string {
	var out []string
	for n := range builtinModules[module] {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}
