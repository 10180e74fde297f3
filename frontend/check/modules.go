package check

import (
	"os"
	"path/filepath"
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

// declareImports records the qualifier of every top-level Import module
// statement (level2.md §11.4: imports are hoisted).
func (c *checker) declareImports(f *ast.File) {
	c.imports = map[string]string{}
	for _, s := range f.Stmts {
		if im, ok := s.(*ast.ImportStmt); ok && im.Kind == ast.ImportModule {
			c.imports[im.Qualifier()] = im.Module
		}
	}
}

// importStmt checks an Import statement: its module must exist.
func (c *checker) importStmt(s *ast.ImportStmt) {
	if !BuiltinModule(s.Module) {
		file := c.prog.File.Name
		if i := strings.LastIndexByte(file, '/'); i >= 0 {
			file = file[i+1:]
		}
		if st, err := os.Stat(filepath.Join(filepath.Dir(c.prog.File.Name), filepath.FromSlash(s.Module)+".runa")); err == nil && !st.IsDir() {
			c.errorf(s.ModuleSp, CodeUnsupported, "", "importing a .runa file is not supported yet")
			return
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

// moduleMember resolves the use `Q.m` of a module member, reporting an
// unknown member. ok is false when Q names no imported module.
func (c *checker) moduleMember(id *ast.Ident) (obj Object, ok bool) {
	q, m, ok := id.Qualified()
	if !ok {
		return nil, false
	}
	module, ok := c.imports[q]
	if !ok {
		return nil, false
	}
	members := builtinModules[module]
	if members == nil {
		return nil, true // the Import is reported
	}
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
