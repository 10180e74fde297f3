package lower

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// faultAnalysis decides Sig.Faults: whether running a process can raise a
// run-time fault (spec §6.5: index, key, arithmetic, type, recursion) even
// when it cannot fail by Throw. The analysis is conservative: indexing,
// division and modulo, values of type Any or Optional (their uses are
// checked at run time), builtins that check their input, recursion and
// calls of processes that may fault all count.
type faultAnalysis struct {
	prog *check.Program
	memo map[*check.Proc]bool
}

func (a *faultAnalysis) mayFault(p *check.Proc) bool {
	if v, ok := a.memo[p]; ok {
		return v
	}
	a.memo[p] = false // a cycle is recursion, counted below
	v := p.Recursive || p.CanFail || p.NeedsTask || a.bodyMayFault(p)
	a.memo[p] = v
	return v
}

func (a *faultAnalysis) bodyMayFault(p *check.Proc) bool {
	if p.Decl == nil {
		return true
	}
	found := false
	ast.Inspect(p.Decl.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		if e, ok := n.(ast.Expr); ok {
			switch t := a.prog.Types[e].(type) {
			case *check.Optional:
				found = true
			default:
				if t == check.AnyType || t == check.Unknown {
					found = true
				}
			}
		}
		switch n := n.(type) {
		case *ast.CallbackLit, *ast.LambdaLit:
			return false // runs when called, through a process value
		case *ast.IndexExpr:
			if _, rec := a.prog.Types[n.X].(*check.Record); !rec {
				found = true
			}
		case *ast.BinaryExpr:
			if n.Op == ast.OpDiv || n.Op == ast.OpMod {
				found = true
			}
		case *ast.IsWordExpr:
			if w := a.prog.IsWords[n]; w != nil && w.Kind == check.IsProcCall && a.mayFault(w.Proc) {
				found = true
			}
		case *ast.CallExpr:
			info := a.prog.Calls[n]
			switch {
			case info == nil:
				found = true
			case info.Builtin != nil:
				found = found || info.Builtin.Raises
			case info.Proc != nil:
				found = found || a.mayFault(info.Proc)
			default:
				found = true // a process value
			}
		}
		return !found
	})
	return found
}
