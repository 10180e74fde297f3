package check

// maxTypeDepth bounds how deeply types nest (a list of lists of … lists):
// a cell whose type nests deeper is Any. Go spells an instantiated type
// in full in every symbol of every method, so a list type nested a
// thousand deep (`list containing (list containing (…))`) makes symbol
// tables of gigabytes; no real program nests types this deep.
const maxTypeDepth = 32

// breakCycles makes every cell whose type contains itself Any. A process
// value passed to itself (`f with g as f`) would otherwise have an
// infinite type, which neither Go nor a diagnostic can spell. It also
// makes Any every cell whose type nests deeper than maxTypeDepth.
func (c *checker) breakCycles() {
	// Each walk marks the cells it visits with a new generation (the
	// marks live on the cells: maps keyed by cell cost most of the walk).
	c.cycleGen++
	gen := c.cycleGen
	var visit func(v *TVar) int
	var visitType func(t Type) int
	visit = func(v *TVar) int {
		if v == nil {
			return 0
		}
		r := v.find()
		if r.visit == gen {
			if r.onPath {
				r.t = AnyType
				r.fixed = true
				c.changed = true
				return 0
			}
			return int(r.height) // done: how deeply the cell's type nests
		}
		r.visit, r.onPath = gen, true
		h := 1 + visitType(r.t)
		r.onPath = false
		if h > maxTypeDepth {
			r.t, r.fixed, h = AnyType, true, 1
			c.changed = true
		}
		r.height = int32(h)
		return h
	}
	visitType = func(t Type) int {
		h := 0
		deeper := func(v *TVar) {
			if d := visit(v); d > h {
				h = d
			}
		}
		switch x := t.(type) {
		case *List:
			deeper(x.Elem)
		case *Dict:
			deeper(x.Key)
			deeper(x.Val)
		case *Awaitable:
			deeper(x.Elem)
		case *Generator:
			deeper(x.Elem)
		case *Manager:
			deeper(x.Elem)
		case *Optional:
			h = visitType(x.Elem)
		case *Func:
			for _, p := range x.Params {
				deeper(p)
			}
			deeper(x.Result)
		}
		return h
	}
	vars := append([]*Var(nil), c.prog.Globals...)
	procs := append([]*Proc{c.prog.Main}, c.prog.Procs...)
	for _, cb := range c.prog.Callbacks {
		procs = append(procs, cb)
	}
	for _, l := range c.prog.Lambdas {
		procs = append(procs, l)
	}
	for _, e := range c.prog.AsyncEach {
		procs = append(procs, e)
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
