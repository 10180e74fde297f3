package lower

import "github.com/runa2go/runa2go/frontend/check"

// Program is a checked program with its Go shapes decided.
type Program struct {
	*check.Program
	sigs map[*check.Proc]*Sig
}

// Lower decides the Go shape of every process of prog: the main program,
// declared processes, callback literals, Lambdas and Async For each bodies.
func Lower(prog *check.Program) *Program {
	lp := &Program{Program: prog, sigs: map[*check.Proc]*Sig{}}
	fa := &faultAnalysis{prog: prog, memo: map[*check.Proc]bool{}}
	add := func(p *check.Proc) {
		if p != nil {
			lp.sigs[p] = signature(p, fa.mayFault)
		}
	}
	add(prog.Main)
	for _, p := range prog.Procs {
		add(p)
	}
	for _, cb := range prog.Callbacks {
		add(cb)
	}
	for _, l := range prog.Lambdas {
		add(l)
	}
	for _, e := range prog.AsyncEach {
		add(e)
	}
	return lp
}

// Sig returns the signature of p, a process of the program.
func (lp *Program) Sig(p *check.Proc) *Sig {
	s, ok := lp.sigs[p]
	if !ok {
		panic("lower: Sig of a process that is not in the program: " + p.Name)
	}
	return s
}
