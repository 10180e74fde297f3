package ast

// Inspect traverses the tree rooted at n in source order, calling f for
// each node; when f returns false the node's children are skipped. Blocks,
// clauses, patterns, arguments and entries are visited through the nodes
// that hold them (If clauses and When arms are visited as nodes).
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	expr := func(e Expr) {
		if e != nil {
			Inspect(e, f)
		}
	}
	block := func(b *Block) {
		if b != nil {
			Inspect(b, f)
		}
	}
	switch n := n.(type) {
	case *File:
		for _, s := range n.Stmts {
			Inspect(s, f)
		}
	case *Block:
		for _, s := range n.Stmts {
			Inspect(s, f)
		}
	case *LetStmt:
		expr(n.Value)
	case *SetStmt:
		expr(n.Target)
		expr(n.Value)
	case *IfStmt:
		for _, cl := range n.Clauses {
			Inspect(cl, f)
		}
	case *IfClause:
		expr(n.Cond)
		block(n.Body)
	case *WhileStmt:
		expr(n.Cond)
		block(n.Body)
	case *ForEachStmt:
		expr(n.Iter)
		block(n.Body)
	case *ReturnStmt:
		expr(n.Value)
	case *DisplayStmt:
		for _, v := range n.Values {
			expr(v)
		}
	case *AddStmt:
		expr(n.Value)
		expr(n.Target)
	case *RemoveStmt:
		expr(n.Value)
		expr(n.Target)
	case *MatchStmt:
		expr(n.Subject)
		for _, a := range n.Arms {
			Inspect(a, f)
		}
	case *WhenClause:
		if lp, ok := n.Pattern.(*LiteralPattern); ok {
			expr(lp.Value)
		}
		block(n.Body)
	case *TryStmt:
		block(n.Body)
		block(n.Catch)
		block(n.Finally)
	case *ThrowStmt:
		expr(n.Value)
	case *WithStmt:
		expr(n.Manager)
		block(n.Body)
	case *YieldStmt:
		expr(n.Value)
	case *ResolveStmt:
		expr(n.Value)
	case *RejectStmt:
		expr(n.Value)
	case *ProcDecl:
		block(n.Body)
	case *ExprStmt:
		expr(n.X)
	case *ListLit:
		for _, it := range n.Items {
			expr(it)
		}
	case *DictLit:
		for _, en := range n.Entries {
			expr(en.Value)
		}
	case *RecordLit:
		for _, fi := range n.Fields {
			expr(fi.Value)
		}
	case *IndexExpr:
		expr(n.X)
		expr(n.Index)
	case *MemberExpr:
		expr(n.X)
	case *CallExpr:
		expr(n.Fun)
		for _, a := range n.Args {
			expr(a.Value)
		}
	case *BinaryExpr:
		expr(n.X)
		expr(n.Y)
	case *UnaryExpr:
		expr(n.X)
	case *IsNoneExpr:
		expr(n.X)
	case *IsWordExpr:
		expr(n.X)
	case *AwaitExpr:
		expr(n.X)
	case *EachExpr:
		expr(n.Iter)
		expr(n.Body)
	case *NewAwaitable:
		block(n.Body)
	case *CallbackLit:
		block(n.Body)
	case *ParenExpr:
		expr(n.X)
	}
}
