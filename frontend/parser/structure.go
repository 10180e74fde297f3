package parser

import (
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
)

// scope is what the structural pass knows about the code being walked.
type scope struct {
	loop   bool          // inside a loop of the current process body
	proc   *ast.ProcDecl // the enclosing process (nil in main or a callback)
	yield  bool          // Yield allowed (generator body, not in a callback)
	settle bool          // inside `new awaitable` (or a callback made in it)
	main   bool          // the main program's own statements
	lambda bool          // the body of a Lambda (not inside a loop of it)
	// asyncEach is set in the body of an Async For each (not inside a
	// loop of it): Break, Return and Yield cannot leave it.
	asyncEach bool
}

// structure reports statements used where they are not allowed (spec §3,
// §8): Break/Continue outside a loop, Yield outside a generator or
// context-manager process (and not exactly one top-level Yield in a
// context-manager process), Resolve/Reject outside `new awaitable`, and
// Return with a value in the main program.
type structure struct {
	diags *diag.List
	// cmYield is the one allowed Yield of the context manager being walked.
	cmYield *ast.YieldStmt
	// mainBlock is the file's one allowed `When main is called:` block.
	mainBlock *ast.MainStmt
}

func checkStructure(f *ast.File, diags *diag.List) {
	s := &structure{diags: diags, mainBlock: firstMain(f.Stmts)}
	s.stmts(f.Stmts, scope{main: true})
}

func (s *structure) block(b *ast.Block, sc scope) {
	if b != nil {
		s.stmts(b.Stmts, sc)
	}
}

func (s *structure) stmts(list []ast.Stmt, sc scope) {
	for _, st := range list {
		s.stmt(st, sc)
	}
}

func (s *structure) stmt(st ast.Stmt, sc scope) {
	if s.leavesAsyncEach(st, sc) {
		if r, ok := st.(*ast.ReturnStmt); ok {
			s.expr(r.Value, sc)
		} else if y, ok := st.(*ast.YieldStmt); ok {
			s.expr(y.Value, sc)
		}
		return
	}
	switch st := st.(type) {
	case *ast.LetStmt:
		s.expr(st.Value, sc)
	case *ast.SetStmt:
		s.expr(st.Target, sc)
		s.expr(st.Value, sc)
	case *ast.IfStmt:
		for _, c := range st.Clauses {
			s.expr(c.Cond, sc)
			s.block(c.Body, sc)
		}
	case *ast.WhileStmt:
		s.expr(st.Cond, sc)
		in := sc
		in.loop = true
		s.block(st.Body, in)
	case *ast.ForEachStmt:
		s.expr(st.Iter, sc)
		in := sc
		in.loop = true
		s.block(st.Body, in)
	case *ast.BreakStmt:
		switch {
		case !sc.loop && sc.lambda:
			s.diags.Errorf(st.Sp, diag.CodeBreakOutside, "", "\"Break\" cannot leave a Lambda")
		case !sc.loop:
			s.diags.Errorf(st.Sp, diag.CodeBreakOutside, "", "\"Break\" outside a loop")
		}
	case *ast.ContinueStmt:
		switch {
		case !sc.loop && sc.asyncEach:
			// ends that element's run (level2.md §11.1)
		case !sc.loop && sc.lambda:
			s.diags.Errorf(st.Sp, diag.CodeBreakOutside, "", "\"Continue\" cannot leave a Lambda")
		case !sc.loop:
			s.diags.Errorf(st.Sp, diag.CodeBreakOutside, "", "\"Continue\" outside a loop")
		}
	case *ast.ReturnStmt:
		if st.Value != nil && sc.main {
			s.diags.Errorf(st.Sp, diag.CodeReturnMain, "the main program cannot return a value; use \"Display\" or \"Throw\"",
				"\"Return\" with a value in the main program")
		}
		s.expr(st.Value, sc)
	case *ast.DisplayStmt:
		for _, v := range st.Values {
			s.expr(v, sc)
		}
	case *ast.AddStmt:
		s.expr(st.Value, sc)
		s.expr(st.Target, sc)
	case *ast.RemoveStmt:
		s.expr(st.Value, sc)
		s.expr(st.Target, sc)
	case *ast.MatchStmt:
		s.expr(st.Subject, sc)
		for _, a := range st.Arms {
			s.block(a.Body, sc)
		}
	case *ast.TryStmt:
		s.block(st.Body, sc)
		s.block(st.Catch, sc)
		s.block(st.Finally, sc)
	case *ast.ThrowStmt:
		s.expr(st.Value, sc)
	case *ast.WithStmt:
		s.expr(st.Manager, sc)
		s.block(st.Body, sc)
	case *ast.YieldStmt:
		s.yieldStmt(st, sc)
		s.expr(st.Value, sc)
	case *ast.ResolveStmt:
		if !sc.settle {
			s.diags.Errorf(st.Sp, diag.CodeSettleOutside, "use it inside \"new awaitable that resolves when:\"", "\"Resolve\" outside \"new awaitable\"")
		}
		s.expr(st.Value, sc)
	case *ast.RejectStmt:
		if !sc.settle {
			s.diags.Errorf(st.Sp, diag.CodeSettleOutside, "use it inside \"new awaitable that resolves when:\"", "\"Reject\" outside \"new awaitable\"")
		}
		s.expr(st.Value, sc)
	case *ast.ProcDecl:
		s.procDecl(st)
	case *ast.MainStmt:
		s.mainStmt(st, sc)
	case *ast.AsyncForEachStmt:
		s.asyncForEach(st, sc)
	case *ast.ExprStmt:
		s.expr(st.X, sc)
	}
}

func (s *structure) procDecl(pd *ast.ProcDecl) {
	in := scope{proc: pd}
	saved := s.cmYield
	s.cmYield = nil
	switch pd.Kind {
	case ast.AsyncGeneratorProc:
		in.yield = true
	case ast.AsyncContextManagerProc:
		in.yield = true
		for _, st := range pd.Body.Stmts {
			if y, ok := st.(*ast.YieldStmt); ok {
				s.cmYield = y
				break
			}
		}
		if s.cmYield == nil && pd.Body != nil {
			s.diags.Errorf(pd.Sp, diag.CodeYieldOutside, "add one \"Yield VALUE\" between the setup and the cleanup",
				"context-manager process %q has no top-level \"Yield\"", pd.Name)
		}
	}
	s.block(pd.Body, in)
	s.cmYield = saved
}

func (s *structure) yieldStmt(y *ast.YieldStmt, sc scope) {
	switch {
	case sc.lambda:
		s.diags.Errorf(y.Sp, diag.CodeYieldOutside, "a Lambda gives its value with Return; a generator is an \"Async Generator Process\"",
			"\"Yield\" cannot be used in a Lambda")
	case !sc.yield:
		s.diags.Errorf(y.Sp, diag.CodeYieldOutside, "declare the process as \"Async Generator Process\" (or \"Async Context Manager Process\")",
			"\"Yield\" outside a generator or context-manager process")
	case sc.proc != nil && sc.proc.Kind == ast.AsyncContextManagerProc && y != s.cmYield:
		s.diags.Errorf(y.Sp, diag.CodeYieldOutside, "a context-manager process yields exactly once, at the top level of its body",
			"extra \"Yield\" in context-manager process %q", sc.proc.Name)
	}
}

// expr walks an expression for the blocks it contains. The left operand
// of a chain (binary operators, indexing, member access, calls) is walked
// by the loop, not by recursion, so long flat chains cost no stack depth.
func (s *structure) expr(e ast.Expr, sc scope) {
	for e != nil {
		var next ast.Expr
		switch x := e.(type) {
		case *ast.ListLit:
			for _, it := range x.Items {
				s.expr(it, sc)
			}
		case *ast.DictLit:
			for _, en := range x.Entries {
				s.expr(en.Value, sc)
			}
		case *ast.RecordLit:
			for _, f := range x.Fields {
				s.expr(f.Value, sc)
			}
		case *ast.IndexExpr:
			s.expr(x.Index, sc)
			next = x.X
		case *ast.StringOpExpr:
			for _, a := range x.Args {
				if a != nil {
					s.expr(a, sc)
				}
			}
			next = x.X
		case *ast.IndexOfExpr:
			s.expr(x.L, sc)
			next = x.V
		case *ast.CollectionExpr:
			if x.Call != nil {
				s.expr(x.Call, sc)
			}
			if x.Initial != nil {
				s.expr(x.Initial, sc)
			}
			next = x.List
		case *ast.PipelineExpr:
			next = x.Value
		case *ast.MemberExpr:
			next = x.X
		case *ast.CallExpr:
			for _, a := range x.Args {
				s.expr(a.Value, sc)
			}
			next = x.Fun
		case *ast.BinaryExpr:
			s.expr(x.Y, sc)
			next = x.X
		case *ast.UnaryExpr:
			next = x.X
		case *ast.IsNoneExpr:
			next = x.X
		case *ast.IsWordExpr:
			next = x.X
		case *ast.AwaitExpr:
			next = x.X
		case *ast.ParenExpr:
			next = x.X
		case *ast.EachExpr:
			s.expr(x.Iter, sc)
			next = x.Body
		case *ast.NewAwaitable:
			s.block(x.Body, scope{settle: true})
		case *ast.CallbackLit:
			s.block(x.Body, scope{settle: sc.settle})
		case *ast.LambdaLit:
			s.block(x.Body, scope{settle: sc.settle, lambda: true})
		}
		e = next
	}
}
