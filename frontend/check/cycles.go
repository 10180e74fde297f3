package check

// breakCycles makes every cell whose type contains itself Any. A process
// value passed to itself (`f with g as f`) would otherwise have an
// infinite type, which neither Go nor a diagnostic can spell.
func (c *checker) breakCycles() {
	done := map[*TVar]bool{}
	onPath := map[*TVar]bool{}
	var visit func(v *TVar)
	var visitType func(t Type)
	visit = func(v *TVar) {
		if v == nil {
			return
		}
		r := v.find()
		if onPath[r] {
			r.t = AnyType
			r.fixed = true
			c.changed = true
			return
		}
		if done[r] {
			return
		}
		onPath[r] = true
		visitType(r.t)
		delete(onPath, r)
		done[r] = true
	}
	visitType = func(t Type) {
		switch x := t.(type) {
		case *List:
			visit(x.Elem)
		case *Dict:
			visit(x.Key)
			visit(x.Val)
		case *Awaitable:
			visit(x.Elem)
		case *Generator:
			visit(x.Elem)
		case *Manager:
			visit(x.Elem)
		case *Optional:
			visitType(x.Elem)
		case *Func:
			for _, p := range x.Params {
				visit(p)
			}
			visit(x.Result)
		}
	}
	vars := append([]*Var(nil), c.prog.Globals...)
	procs := append([]*Proc{c.prog.Main}, c.prog.Procs...)
	for _, cb := range c.prog.Callbacks {
		procs = append(procs, cb)
	}
	for _, p := range procs {
		vars = append(vars, p.Params...)
		vars = append(vars, p.Locals...)
		visit(p.Result)
		visit(p.Yield)
	}
	for _, v := range c.prog.Each {
		vars = append(vars, v)
	}
	for _, v := range vars {
		visit(v.Slot)
	}
	for _, v := range c.cells {
		visit(v)
	}
	for _, v := range c.valCells {
		visit(v)
	}
	for _, f := range c.funcs {
		visitType(f)
	}
}
