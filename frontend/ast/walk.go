package ast

// Inspect traverses the tree rooted at n in source order, calling f for
// each node; when f returns false the node's children are skipped. Blocks,
// clauses, patterns, arguments and entries are visited through the nodes
// that hold them (If clauses and When arms are visited as nodes).
//
// Inspect is iterative: a tree of any height is walked without growing
// the goroutine stack.
func Inspect(n Node, f func(Node) bool) {
	if n == nil {
		return
	}
	stack := []Node{n}
	var kids []Node
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !f(n) {
			continue
		}
		kids = children(n, kids[:0])
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, kids[i])
		}
	}
}

// Deeper returns the first node, in source order, that lies more than
// limit levels below n (n itself is level 1), or nil when the tree rooted
// at n is at most limit levels high. It is iterative, like Inspect.
func Deeper(n Node, limit int) Node {
	type item struct {
		n     Node
		level int
	}
	if n == nil {
		return nil
	}
	stack := []item{{n, 1}}
	var kids []Node
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.level > limit {
			return it.n
		}
		kids = children(it.n, kids[:0])
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, item{kids[i], it.level + 1})
		}
	}
	return nil
}

// children appends the child nodes of n that Inspect visits, in source
// order, to out and returns it.
func children(n Node, out []Node) []Node {
	add := func(c Node) { out = append(out, c) }
	expr := func(e Expr) {
		if e != nil {
			out = append(out, e)
		}
	}
	block := func(b *Block) {
		if b != nil {
			out = append(out, b)
		}
	}
	switch n := n.(type) {
	case *File:
		for _, s := range n.Stmts {
			add(s)
		}
	case *Block:
		for _, s := range n.Stmts {
			add(s)
		}
	case *LetStmt:
		expr(n.Value)
	case *SetStmt:
		expr(n.Target)
		expr(n.Value)
	case *IfStmt:
		for _, cl := range n.Clauses {
			add(cl)
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
	case *MainStmt:
		block(n.Body)
	case *AsyncForEachStmt:
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
			add(a)
		}
	case *WhenClause:
		for _, lit := range PatternLiterals(n.Pattern) {
			expr(lit)
		}
		expr(n.Guard)
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
	case *StringOpExpr:
		expr(n.X)
		for _, a := range n.Args {
			if a != nil {
				expr(a)
			}
		}
	case *IndexOfExpr:
		expr(n.V)
		expr(n.L)
	case *TypeOfExpr:
		expr(n.X)
	case *IsTypeExpr:
		expr(n.X)
	case *AsExpr:
		expr(n.X)
	case *CollectionExpr:
		expr(n.List)
		if n.Call != nil {
			expr(n.Call)
		}
		if n.Initial != nil {
			expr(n.Initial)
		}
	case *PipelineExpr:
		expr(n.Value)
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
	case *LambdaLit:
		block(n.Body)
	case *FunctionalExpr:
		if n.Lowered != nil {
			expr(n.Lowered)
		} else {
			for _, o := range n.Operands {
				expr(o)
			}
			for _, a := range n.Args {
				expr(a.Value)
			}
		}
	case *ParenExpr:
		expr(n.X)
	case *IfExpr:
		expr(n.Cond)
		expr(n.Then)
		expr(n.Else)
	}
	return out
}

// Blocks lists the statement blocks nested directly in s, in source order:
// the clause bodies of If, the body of While, For each and With, the arm
// bodies of Match, and the Try, Catch and Finally blocks of Try. Nested
// processes and callback literals are not statements' blocks.
func Blocks(s Stmt) []*Block {
	switch s := s.(type) {
	case *IfStmt:
		out := make([]*Block, 0, len(s.Clauses))
		for _, cl := range s.Clauses {
			out = append(out, cl.Body)
		}
		return out
	case *WhileStmt:
		return []*Block{s.Body}
	case *ForEachStmt:
		return []*Block{s.Body}
	case *MainStmt, *AsyncForEachStmt:
		return []*Block{s.(interface{ body() *Block }).body()}
	case *MatchStmt:
		out := make([]*Block, 0, len(s.Arms))
		for _, a := range s.Arms {
			out = append(out, a.Body)
		}
		return out
	case *TryStmt:
		out := []*Block{s.Body}
		if s.Catch != nil {
			out = append(out, s.Catch)
		}
		if s.Finally != nil {
			out = append(out, s.Finally)
		}
		return out
	case *WithStmt:
		return []*Block{s.Body}
	}
	return nil
}
