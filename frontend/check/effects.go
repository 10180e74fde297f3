package check

import (
	"sort"

	"github.com/runa2go/runa2go/frontend/ast"
)

// effects decides which processes can fail, which need their task and
// which are recursive, by a fixpoint over the call graph.
func (c *checker) effects() {
	all := append([]*Proc{c.prog.Main}, c.prog.Procs...)
	for _, p := range c.prog.Procs {
		if p.IsAsync() {
			p.CanFail, p.NeedsTask = true, true
		}
		if throws(p.Decl.Body.Stmts) {
			p.CanFail = true
		}
	}
	for _, cb := range c.prog.Callbacks {
		// A callback is only ever called as a process value: such calls may
		// fail and run in the caller's task.
		cb.CanFail, cb.NeedsTask = true, true
		if cb.Parent != nil {
			cb.Parent.calls[cb] = true
		}
	}
	for _, l := range c.prog.Lambdas {
		// A Lambda is a process value too; creating one calls nothing.
		l.CanFail, l.NeedsTask = true, true
	}
	for _, e := range c.prog.AsyncEach {
		// An Async For each body runs as tasks the statement starts.
		e.CanFail, e.NeedsTask = true, true
		e.Parent.calls[e] = true
	}
	c.prog.Main.CanFail, c.prog.Main.NeedsTask = true, true
	for changed := true; changed; {
		changed = false
		for _, p := range c.prog.Procs {
			for q := range p.calls {
				if q.CanFail && !p.CanFail {
					p.CanFail, changed = true, true
				}
				if q.NeedsTask && !p.NeedsTask {
					p.NeedsTask, changed = true, true
				}
			}
			if p.NeedsTask && !p.CanFail {
				// Tasks and process values can fail.
				p.CanFail, changed = true, true
			}
		}
	}
	c.recursion(all)
}

// recursion marks the processes that take part in a call cycle
// (Proc.Recursive). A call through a process value with k arguments may
// reach any process of k parameters used as a value and any such
// callback: the graph has one extra node per arity, "some process value
// of k parameters", with an edge to each of them from every process that
// calls a process value with k arguments. Cycles are the strongly
// connected components of that graph (Tarjan's algorithm, linear in its
// size).
func (c *checker) recursion(all []*Proc) {
	var callbacks []*Proc
	for _, cb := range c.prog.Callbacks {
		callbacks = append(callbacks, cb)
	}
	for _, l := range c.prog.Lambdas {
		callbacks = append(callbacks, l)
	}
	for _, e := range c.prog.AsyncEach {
		callbacks = append(callbacks, e)
	}
	sort.Slice(callbacks, func(i, j int) bool {
		return callbacks[i].LiteralPos().Before(callbacks[j].LiteralPos())
	})
	nodes := append(append([]*Proc(nil), all...), callbacks...)
	id := make(map[*Proc]int, len(nodes))
	for i, p := range nodes {
		id[p] = i
	}
	// The value nodes follow the process nodes, one per arity in use.
	valueNode := map[int]int{}
	arity := func(k int) int {
		if n, ok := valueNode[k]; ok {
			return n
		}
		valueNode[k] = len(nodes) + len(valueNode)
		return valueNode[k]
	}
	for _, p := range nodes {
		for k := range p.valueArities {
			arity(k)
		}
	}
	succ := make([][]int, len(nodes)+len(valueNode))
	self := make([]bool, len(succ))
	for i, p := range nodes {
		for q := range p.calls {
			j, ok := id[q]
			if !ok {
				continue
			}
			succ[i] = append(succ[i], j)
			self[i] = self[i] || i == j
		}
		for k := range p.valueArities {
			succ[i] = append(succ[i], valueNode[k])
		}
		if n, ok := valueNode[len(p.Params)]; ok && (p.UsedAsValue || p.Literal()) {
			succ[n] = append(succ[n], i)
		}
	}
	for _, comp := range sccs(succ) {
		if len(comp) == 1 && !self[comp[0]] {
			continue
		}
		for _, i := range comp {
			if i < len(nodes) {
				nodes[i].Recursive = true
			}
		}
	}
}

// sccs returns the strongly connected components of the graph given by
// successor lists, iteratively (no recursion: call graphs may be deep).
func sccs(succ [][]int) [][]int {
	n := len(succ)
	index := make([]int, n)
	low := make([]int, n)
	onStack := make([]bool, n)
	for i := range index {
		index[i] = -1
	}
	var out [][]int
	var comp []int
	var tstack []int
	next := 0
	type frame struct{ v, edge int }
	for root := 0; root < n; root++ {
		if index[root] >= 0 {
			continue
		}
		call := []frame{{root, 0}}
		index[root], low[root] = next, next
		next++
		tstack = append(tstack, root)
		onStack[root] = true
		for len(call) > 0 {
			top := &call[len(call)-1]
			v := top.v
			if top.edge < len(succ[v]) {
				w := succ[v][top.edge]
				top.edge++
				switch {
				case index[w] < 0:
					index[w], low[w] = next, next
					next++
					tstack = append(tstack, w)
					onStack[w] = true
					call = append(call, frame{w, 0})
				case onStack[w] && index[w] < low[v]:
					low[v] = index[w]
				}
				continue
			}
			call = call[:len(call)-1]
			if len(call) > 0 {
				if u := call[len(call)-1].v; low[v] < low[u] {
					low[u] = low[v]
				}
			}
			if low[v] == index[v] {
				comp = nil
				for {
					w := tstack[len(tstack)-1]
					tstack = tstack[:len(tstack)-1]
					onStack[w] = false
					comp = append(comp, w)
					if w == v {
						break
					}
				}
				out = append(out, comp)
			}
		}
	}
	return out
}

// throws reports whether a body contains a Throw (outside nested
// processes and callbacks).
func throws(ss []ast.Stmt) bool {
	for _, s := range ss {
		if _, ok := s.(*ast.ThrowStmt); ok {
			return true
		}
		for _, b := range ast.Blocks(s) {
			if throws(b.Stmts) {
				return true
			}
		}
	}
	return false
}

// unawaited warns about awaitables kept in a variable that is never used.
func (c *checker) unawaited() {
	check := func(vars []*Var) {
		for _, v := range vars {
			if _, ok := v.Type().(*Awaitable); ok && !v.Used && !v.Param {
				if v.From != "" {
					c.diags.Warnf(v.Decl, "W302", "await it (`await "+v.Name+"`) or pass it on", "result of async process %q is never awaited (stored in %q)", v.From, v.Name)
				} else {
					c.diags.Warnf(v.Decl, "W302", "await it (`await "+v.Name+"`) or pass it on", "awaitable %q is never awaited", v.Name)
				}
			}
		}
	}
	check(c.prog.Globals)
	check(c.prog.Main.Locals)
	for _, p := range c.prog.Procs {
		check(p.Locals)
	}
	for _, e := range c.prog.AsyncEach {
		check(e.Locals)
	}
}
