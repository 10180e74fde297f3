package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// declare collects records and processes (hoisted), parameters, globals and
// the function-scope locals of every body.
func (c *checker) declare(f *ast.File) {
	firstRecord := len(c.prog.Records)
	for _, s := range f.Stmts {
		if td, ok := s.(*ast.TypeDecl); ok && td.Fields != nil {
			if c.typeNameTaken(c.own(td.Name.Name)) {
				c.diags.Errorf(td.Name.Sp, CodeDuplicateType, "", "type %q is declared twice", td.Name.Name)
				continue
			}
			r := &Record{Name: c.own(td.Name.Name), Module: c.module(), Decl: td, Params: typeParams(td.Params, td.Name.Name)}
			c.records[r.Name] = r
			c.prog.Records = append(c.prog.Records, r)
			c.prog.RecordOf[r.Name] = r
		}
		if td, ok := s.(*ast.TypeDecl); ok && td.Variants != nil {
			c.declareSum(td)
			c.genericSum(td)
		}
	}
	if c.aliases == nil {
		c.aliases, c.aliasNames = map[string]*ast.TypeDecl{}, map[*ast.TypeDecl]string{}
	}
	for _, s := range f.Stmts {
		if td, ok := s.(*ast.TypeDecl); ok && td.Alias != nil {
			c.aliases[c.own(td.Name.Name)] = td
			c.aliasNames[td] = c.own(td.Name.Name)
		}
	}
	for _, s := range f.Stmts {
		switch d := s.(type) {
		case *ast.TypeDecl:
			c.checkTypeParams(d.Params)
		case *ast.ProcDecl:
			c.checkTypeParams(d.TypeParams)
		}
	}
	c.declareUnions(f)
	for _, r := range c.prog.Records[firstRecord:] {
		var fields []*ast.Field
		if r.Variant != nil {
			fields = r.Variant.Fields
		} else {
			fields = r.Decl.Fields
		}
		for _, fd := range fields {
			if r.Field(fd.Name.Name) != nil {
				c.diags.Errorf(fd.Name.Sp, CodeDuplicateField, "", "field %q is declared twice in %q", fd.Name.Name, r.Name)
				continue
			}
			c.withTypeParams(r.Params, func() {
				r.Fields = append(r.Fields, &Field{Name: fd.Name.Name, Type: c.typeOf(fd.Type)})
			})
		}
	}

	main := c.prog.Main
	var procs []*Proc
	for _, s := range f.Stmts {
		d, ok := s.(*ast.ProcDecl)
		if !ok {
			continue
		}
		if prev, dup := c.procs[c.own(d.Name)]; dup {
			c.diags.Errorf(d.NameSp, CodeDuplicateProcess, "", "process %q is already defined at line %d", d.Name, prev.Decl.NameSp.Start.Line-f.Base)
			continue
		}
		c.hidesForm(d.NameSp, d.Name)
		if d.Memoized && d.Kind != ast.PlainProc {
			c.diags.Errorf(d.Sp, CodeMemoized, "memoize a plain process", "a Memoized process cannot be Async")
		}
		p := &Proc{Name: c.own(d.Name), Decl: d, Kind: d.Kind, scope: map[string]*Var{}, calls: map[*Proc]bool{}, unit: c.unit}
		p.TypeParams = typeParams(d.TypeParams, d.Name)
		p.Result = c.newTVar("result of "+quote(d.Name), d.NameSp.Start)
		c.withTypeParams(p.TypeParams, func() {
			if d.Result != nil {
				p.Result.t = c.typeOf(d.Result)
				p.Result.fixed = true
			}
			if d.Kind == ast.AsyncGeneratorProc || d.Kind == ast.AsyncContextManagerProc {
				p.Yield = c.newTVar("yield of "+quote(d.Name), d.NameSp.Start)
			}
			c.params(p, d.Params)
		})
		c.procs[p.Name] = p
		c.prog.Procs = append(c.prog.Procs, p)
		procs = append(procs, p)
	}
	for _, p := range procs {
		c.withTypeParams(p.TypeParams, func() { c.scanLocals(p, p.Decl.Body.Stmts, false) })
	}
	c.scanLocals(main, f.Stmts, true)
}

// params declares p's parameters and builds its process type.
func (c *checker) params(p *Proc, ps []*ast.Param) {
	fn := &Func{Result: p.Result, Kind: p.Kind, Named: p.Decl != nil || p.Lambda != nil}
	// A Lambda over a process without parameter names has hidden ones.
	fn.NoNames = p.Lambda != nil && p.Lambda.Positional
	for _, prm := range ps {
		v := &Var{Name: prm.Name.Name, Param: true, Owner: p, Decl: prm.Name.Sp}
		v.Slot = c.newTVar("parameter "+quote(v.Name)+" of "+quote(p.Name), prm.Name.Sp.Start)
		if prm.Type != nil {
			v.Slot.t = c.typeOf(prm.Type)
			v.Slot.fixed = true
		}
		if _, dup := p.scope[v.Name]; dup {
			c.diags.Errorf(prm.Name.Sp, CodeDuplicateParam, "", "parameter %q is declared twice", v.Name)
			continue
		}
		c.hidesForm(prm.Name.Sp, v.Name)
		p.scope[v.Name] = v
		p.Params = append(p.Params, v)
		c.prog.Defs[prm.Name] = v
		fn.Names = append(fn.Names, v.Name)
		fn.Params = append(fn.Params, v.Slot)
	}
	p.Func = fn
}

// scanLocals declares the function-scope variables of a body: every Let,
// For each variable, Catch name and Match binding (spec §2: function
// scope). Nested processes and callback literals have scopes of their own.
func (c *checker) scanLocals(p *Proc, stmts []ast.Stmt, top bool) {
	declare := func(id *ast.Ident, loop bool, t Type, block *ast.Block) {
		if id == nil {
			return
		}
		name := id.Name
		if top {
			name = c.own(name) // a module's top-level names (modules.go)
		}
		if v, ok := p.scope[name]; ok {
			if !loop {
				v.Loop = false
			} else if block != nil {
				v.Blocks = append(v.Blocks, block.Sp)
				v.caught = v.caught || t == ErrorType
				v.iterated = v.iterated || t != ErrorType
			}
			return
		}
		c.hidesForm(id.Sp, id.Name)
		v := &Var{Name: name, Owner: p, Decl: id.Sp, Loop: loop}
		if loop && block != nil {
			v.Blocks = []ast.Span{block.Sp}
			v.caught, v.iterated = t == ErrorType, t != ErrorType
		}
		v.Slot = c.newTVar("variable "+quote(name), id.Sp.Start)
		if t != nil {
			v.Slot.t = t
		}
		p.scope[name] = v
		if top && !loop {
			v.Global = true
			c.globals[name] = v
			c.prog.Globals = append(c.prog.Globals, v)
		} else {
			p.Locals = append(p.Locals, v)
		}
	}
	var walk func([]ast.Stmt)
	walk = func(ss []ast.Stmt) {
		for _, s := range ss {
			switch s := s.(type) {
			case *ast.LetStmt:
				declare(s.Name, false, nil, nil)
				if s.Type != nil {
					v := p.scope[c.scopeName(p, s.Name.Name)]
					if v.Slot.t == Unknown {
						v.Slot.t = c.typeOf(s.Type)
						v.Slot.fixed = true
					}
				}
			case *ast.IfStmt:
				for _, cl := range s.Clauses {
					walk(cl.Body.Stmts)
				}
			case *ast.WhileStmt:
				walk(s.Body.Stmts)
			case *ast.MainStmt:
				walk(s.Body.Stmts)
			case *ast.ForEachStmt:
				declare(s.Var, true, nil, s.Body)
				walk(s.Body.Stmts)
			case *ast.MatchStmt:
				for _, arm := range s.Arms {
					for _, id := range ast.AllPatternBindings(arm.Pattern) {
						declare(id, false, nil, nil)
					}
					walk(arm.Body.Stmts)
				}
			case *ast.TryStmt:
				walk(s.Body.Stmts)
				if s.CatchName != nil {
					declare(s.CatchName, true, ErrorType, s.Catch)
					walk(s.Catch.Stmts)
				}
				if s.Finally != nil {
					walk(s.Finally.Stmts)
				}
			case *ast.WithStmt:
				if s.Binding != nil {
					declare(s.Binding, false, nil, nil)
				}
				walk(s.Body.Stmts)
			}
		}
	}
	walk(stmts)
	// A `new awaitable` block runs at once, in this function: its Lets are
	// this function's variables too.
	blocks := awaitableBlocks(stmts)
	for _, b := range blocks {
		walk(b.Stmts)
	}
	// Record Defs for declaring identifiers (first declaration wins).
	var defs func([]ast.Stmt)
	defs = func(ss []ast.Stmt) {
		for _, s := range ss {
			switch s := s.(type) {
			case *ast.LetStmt:
				c.def(p, s.Name)
			case *ast.IfStmt:
				for _, cl := range s.Clauses {
					defs(cl.Body.Stmts)
				}
			case *ast.WhileStmt:
				defs(s.Body.Stmts)
			case *ast.MainStmt:
				defs(s.Body.Stmts)
			case *ast.ForEachStmt:
				c.def(p, s.Var)
				defs(s.Body.Stmts)
			case *ast.MatchStmt:
				for _, arm := range s.Arms {
					for _, id := range ast.AllPatternBindings(arm.Pattern) {
						c.def(p, id)
					}
					defs(arm.Body.Stmts)
				}
			case *ast.TryStmt:
				defs(s.Body.Stmts)
				if s.CatchName != nil {
					c.def(p, s.CatchName)
					defs(s.Catch.Stmts)
				}
				if s.Finally != nil {
					defs(s.Finally.Stmts)
				}
			case *ast.WithStmt:
				if s.Binding != nil {
					c.def(p, s.Binding)
				}
				defs(s.Body.Stmts)
			}
		}
	}
	defs(stmts)
	for _, b := range blocks {
		defs(b.Stmts)
	}
}

// awaitableBlocks finds the `new awaitable` blocks of a body, outside
// nested processes, callback literals, Lambdas and Async For each bodies
// (which have scopes of their own).
func awaitableBlocks(stmts []ast.Stmt) []*ast.Block {
	var out []*ast.Block
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ProcDecl, *ast.CallbackLit, *ast.LambdaLit:
			return false
		case *ast.AsyncForEachStmt:
			// Its body is a process of its own; its iterated expression
			// is evaluated here.
			ast.Inspect(n.Iter, visit)
			return false
		case *ast.NewAwaitable:
			out = append(out, n.Body)
		}
		return true
	}
	for _, s := range stmts {
		ast.Inspect(s, visit)
	}
	return out
}

func (c *checker) def(p *Proc, id *ast.Ident) {
	if v, ok := p.scope[c.scopeName(p, id.Name)]; ok {
		c.prog.Defs[id] = v
	}
}

// typeOf converts a written type.
func (c *checker) typeOf(t *ast.TypeExpr) Type {
	if t == nil {
		return Unknown
	}
	arg := func(i int) Type {
		if i < len(t.Args) {
			return c.typeOf(t.Args[i])
		}
		return AnyType
	}
	cell := func(i int) *TVar {
		v := &TVar{t: arg(i), fixed: true}
		return v
	}
	switch t.Name {
	case "Integer", "Int":
		return Integer
	case "Float":
		return Float
	case "Number":
		return Number
	case "String":
		return String
	case "Boolean", "Bool":
		return Boolean
	case "None":
		return NoneType
	case "Any":
		return AnyType
	case "DateTime":
		return DateTime
	case "Error":
		return ErrorType
	case "CancelToken":
		return CancelToken
	case "List":
		return &List{Elem: cell(0)}
	case "Dictionary":
		if len(t.Args) < 2 {
			return &Dict{Key: &TVar{t: String, fixed: true}, Val: cell(0)}
		}
		return &Dict{Key: cell(0), Val: cell(1)}
	case "Optional":
		return optionalOf(arg(0))
	case "Awaitable":
		return &Awaitable{Elem: cell(0)}
	case "Generator":
		return &Generator{Elem: cell(0)}
	case "Function":
		return c.funcType(t)
	case "Union":
		return c.unionType(t, "")
	case "":
		if t.Lit != nil {
			return c.litUnion(t, []*ast.BasicLit{t.Lit}, "")
		}
	}
	if len(t.Args) == 0 {
		if tp := c.typeParamNamed(t.Name); tp != nil {
			return tp
		}
	}
	if r, ok := c.records[c.key(t.Name)]; ok {
		if r.IsGeneric() {
			return c.genericType(t, r)
		}
		if len(t.Args) > 0 {
			c.diags.Errorf(t.Sp, CodeTypeArgCount, "write \""+r.Name+"\"", "%s takes no type arguments, but %s given", r.Name, wasWere(len(t.Args)))
		}
		return r
	}
	if s, ok := c.sums[c.key(t.Name)]; ok {
		if s.IsGeneric() {
			return c.genericSumType(t, s)
		}
		return s
	}
	if a, ok := c.aliases[c.key(t.Name)]; ok && !c.expanding[c.key(t.Name)] && len(a.Params) > 0 {
		return c.genericAlias(t, a)
	}
	if a, ok := c.aliases[c.key(t.Name)]; ok && !c.expanding[c.key(t.Name)] {
		if nt, ok := c.namedType(a); ok {
			return nt
		}
		if c.expanding == nil {
			c.expanding = map[string]bool{}
		}
		c.expanding[c.key(t.Name)] = true
		defer delete(c.expanding, c.key(t.Name))
		return c.typeOf(a.Alias)
	}
	c.diags.Errorf(t.Sp, CodeUnknownType, "", "unknown type %q", t.Name)
	return AnyType
}

func quote(s string) string { return `"` + s + `"` }
