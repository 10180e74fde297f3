package ast

// Terminates reports whether control cannot reach the end of a statement
// list: some statement of it is a Return or Throw, an If whose every
// branch (an Otherwise included) returns, a `While true:` without Break, a
// Match whose arms all return and that has a catch-all arm, or a direct
// Break/Continue. What follows such a statement is unreachable: the checker
// warns about it and ignores it, code generation leaves it out.
func Terminates(stmts []Stmt) bool {
	for _, s := range stmts {
		switch s.(type) {
		case *BreakStmt, *ContinueStmt:
			return true
		}
		if terminating(s) {
			return true
		}
	}
	return false
}

// terminating reports whether s is a terminating statement.
func terminating(s Stmt) bool {
	switch s := s.(type) {
	case *ReturnStmt, *ThrowStmt:
		return true
	case *MainStmt:
		return Returns(s.Body.Stmts)
	case *IfStmt:
		if s.Clauses[len(s.Clauses)-1].Cond != nil {
			return false
		}
		for _, cl := range s.Clauses {
			if !Returns(cl.Body.Stmts) {
				return false
			}
		}
		return true
	case *WhileStmt:
		// `While true:` without a Break is an endless loop.
		return IsTrue(s.Cond) && !breaks(s.Body.Stmts)
	case *MatchStmt:
		catchAll := false
		for _, a := range s.Arms {
			switch UnparenPattern(a.Pattern).(type) {
			case *WildcardPattern, *BindPattern:
				catchAll = catchAll || a.Guard == nil
			}
			catchAll = catchAll || a.CatchAll
			if !Returns(a.Body.Stmts) || breaks(a.Body.Stmts) {
				return false
			}
		}
		return catchAll
	}
	return false
}

// Returns reports whether every path through a statement list ends in a
// Return or Throw (Break and Continue do not count).
func Returns(stmts []Stmt) bool {
	for _, s := range stmts {
		if terminating(s) {
			return true
		}
		switch s.(type) {
		case *BreakStmt, *ContinueStmt:
			return false
		}
	}
	return false
}

// breaks reports whether stmts contain a Break of the enclosing loop.
func breaks(stmts []Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *BreakStmt:
			return true
		case *IfStmt:
			for _, cl := range s.Clauses {
				if breaks(cl.Body.Stmts) {
					return true
				}
			}
		case *MatchStmt:
			for _, a := range s.Arms {
				if breaks(a.Body.Stmts) {
					return true
				}
			}
		case *TryStmt:
			for _, blk := range []*Block{s.Body, s.Catch, s.Finally} {
				if blk != nil && breaks(blk.Stmts) {
					return true
				}
			}
		case *WithStmt:
			if breaks(s.Body.Stmts) {
				return true
			}
		}
	}
	return false
}

// IsTrue reports whether e is a constant expression that is true
// (`true`, `1 is equal to 1`, …).
func IsTrue(e Expr) bool {
	v, ok := FoldBool(e)
	return ok && v
}
