package lower

import "github.com/runa2go/runa2go/frontend/ast"

// yieldRecovered reports whether a Yield of a generator body runs inside a
// region whose Go form recovers panics: the Try, Catch or Finally block of
// a Try, or the body of a With (its cleanup runs under rt.RunCleanup,
// which recovers). A panic in the consumer's loop body raised at such a
// Yield would be caught by the generator, so its values must be delivered
// under a recover of their own (rt.NewGenerator).
func yieldRecovered(body *ast.Block) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n.(type) {
		case *ast.TryStmt, *ast.WithStmt:
			found = containsYield(n)
			return false
		}
		return true
	})
	return found
}

// containsYield reports whether a Yield statement is nested in n.
func containsYield(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if _, ok := n.(*ast.YieldStmt); ok {
			found = true
		}
		return !found
	})
	return found
}

// yieldsAfterChecks reports whether body has Yields and each is the first
// statement of the body of a While or a For each, where the loop's
// cancellation check comes right before it.
func yieldsAfterChecks(body *ast.Block) bool {
	checked := map[*ast.YieldStmt]bool{}
	yields := 0
	ast.Inspect(body, func(n ast.Node) bool {
		var loop *ast.Block
		switch n := n.(type) {
		case *ast.WhileStmt:
			loop = n.Body
		case *ast.ForEachStmt:
			loop = n.Body
		case *ast.YieldStmt:
			yields++
		}
		if loop != nil && len(loop.Stmts) > 0 {
			if y, ok := loop.Stmts[0].(*ast.YieldStmt); ok {
				checked[y] = true
			}
		}
		return true
	})
	return yields > 0 && yields == len(checked)
}
