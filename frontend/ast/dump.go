package ast

import (
	"strconv"
	"strings"
)

// Dump returns a compact, deterministic S-expression of the tree rooted at
// n, without positions, for tests and debugging. Statements of a File or
// Block are separated by newlines; everything else is on one line, e.g.
//
//	(let x (call named f (arg a (int 1)) (arg b (ident y))))
//
// Two trees that differ only in their spans have the same dump.
func Dump(n Node) string {
	var d dumper
	d.node(n)
	return d.b.String()
}

type dumper struct{ b strings.Builder }

func (d *dumper) s(parts ...string) {
	for _, p := range parts {
		d.b.WriteString(p)
	}
}

func (d *dumper) open(tag string) { d.s("(", tag) }
func (d *dumper) close()          { d.s(")") }
func (d *dumper) sp()             { d.s(" ") }

func (d *dumper) node(n Node) {
	switch n := n.(type) {
	case nil:
		d.s("nil")
	case *File:
		for i, s := range n.Stmts {
			if i > 0 {
				d.s("\n")
			}
			d.node(s)
		}
	case *Block:
		if n == nil {
			d.s("nil")
			return
		}
		d.open("block")
		for _, s := range n.Stmts {
			d.sp()
			d.node(s)
		}
		d.close()
	case *Ident:
		if n == nil {
			d.s("nil")
			return
		}
		d.s(n.Name)
	case *TypeExpr:
		if n == nil {
			d.s("nil")
			return
		}
		d.typ(n)
	case Stmt:
		d.stmt(n)
	case Expr:
		d.expr(n)
	case Pattern:
		d.pattern(n)
	case *Comment:
		d.s("(comment ", strconv.Quote(n.Text), ")")
	default:
		d.s("(?)")
	}
}

func (d *dumper) typ(t *TypeExpr) {
	if t.Lit != nil {
		d.s(t.Lit.Raw)
		return
	}
	d.s(t.Name)
	if len(t.Args) > 0 {
		d.s("[")
		for i, a := range t.Args {
			if i > 0 {
				d.s(", ")
			}
			d.typ(a)
		}
		d.s("]")
	}
}

func (d *dumper) opt(n Node, isNil bool) {
	d.sp()
	if isNil {
		d.s("nil")
		return
	}
	d.node(n)
}

func (d *dumper) block(b *Block) {
	d.sp()
	if b == nil {
		d.s("nil")
		return
	}
	d.node(b)
}

func (d *dumper) stmt(s Stmt) {
	switch s := s.(type) {
	case *LetStmt:
		d.open("let ")
		d.s(s.Name.Name)
		if s.Type != nil {
			d.s(" ")
			d.typ(s.Type)
		}
		d.sp()
		d.expr(s.Value)
		d.close()
	case *SetStmt:
		d.open("set ")
		d.expr(s.Target)
		d.sp()
		d.expr(s.Value)
		d.close()
	case *IfStmt:
		d.open("if")
		for _, c := range s.Clauses {
			d.s(" (clause ")
			if c.Cond == nil {
				d.s("else")
			} else {
				d.expr(c.Cond)
			}
			d.block(c.Body)
			d.close()
		}
		d.close()
	case *WhileStmt:
		d.open("while ")
		d.expr(s.Cond)
		d.block(s.Body)
		d.close()
	case *ForEachStmt:
		d.open("for ")
		d.s(s.Var.Name, " ")
		d.expr(s.Iter)
		d.block(s.Body)
		d.close()
	case *BreakStmt:
		d.s("(break)")
	case *NoopStmt:
		d.s("(noop)")
	case *ImportStmt:
		d.importStmt(s)
	case *AsyncForEachStmt:
		d.open("async for ")
		d.s(s.Var.Name, " ")
		d.expr(s.Iter)
		d.block(s.Body)
		d.close()
	case *MainStmt:
		d.open("main")
		d.block(s.Body)
		d.close()
	case *ContinueStmt:
		d.s("(continue)")
	case *ReturnStmt:
		d.open("return")
		if s.Value != nil {
			d.sp()
			d.expr(s.Value)
		}
		d.close()
	case *DisplayStmt:
		d.open("display")
		for i, v := range s.Values {
			d.sp()
			if l := s.Label(i); l != nil {
				d.s("(label ", l.Name, " ")
				d.expr(v)
				d.close()
				continue
			}
			d.expr(v)
		}
		d.close()
	case *AddStmt:
		d.open("add ")
		d.expr(s.Value)
		d.sp()
		d.expr(s.Target)
		d.close()
	case *RemoveStmt:
		d.open("remove ")
		d.expr(s.Value)
		d.sp()
		d.expr(s.Target)
		d.close()
	case *MatchStmt:
		d.open("match ")
		d.expr(s.Subject)
		for _, a := range s.Arms {
			d.s(" (when ")
			d.pattern(a.Pattern)
			if a.Guard != nil {
				d.s(" (if ")
				d.expr(a.Guard)
				d.s(")")
			}
			d.block(a.Body)
			d.close()
		}
		d.close()
	case *TryStmt:
		d.open("try")
		d.block(s.Body)
		if s.CatchName != nil {
			d.s(" (catch ", s.CatchName.Name)
			d.block(s.Catch)
			d.close()
		}
		if s.Finally != nil {
			d.s(" (finally")
			d.block(s.Finally)
			d.close()
		}
		d.close()
	case *ThrowStmt:
		d.open("throw ")
		d.expr(s.Value)
		d.close()
	case *WithStmt:
		d.open("with ")
		d.expr(s.Manager)
		if s.Binding != nil {
			d.s(" as ", s.Binding.Name)
		}
		d.block(s.Body)
		d.close()
	case *YieldStmt:
		d.open("yield ")
		d.expr(s.Value)
		d.close()
	case *ResolveStmt:
		d.open("resolve ")
		d.expr(s.Value)
		d.close()
	case *RejectStmt:
		d.open("reject ")
		d.expr(s.Value)
		d.close()
	case *TypeDecl:
		d.open("type ")
		d.s(s.Name.Name)
		switch {
		case s.Alias != nil:
			d.s(" alias ")
			d.typ(s.Alias)
		case s.Variants != nil:
			d.s(" sum")
			for _, v := range s.Variants {
				d.s(" (", v.Name.Name)
				for _, f := range v.Fields {
					d.s(" (", f.Name.Name, " ")
					d.typ(f.Type)
					d.close()
				}
				d.close()
			}
		default:
			d.s(" record")
			for _, f := range s.Fields {
				d.s(" (", f.Name.Name, " ")
				d.typ(f.Type)
				d.close()
			}
		}
		d.close()
	case *ProcDecl:
		d.open("process ")
		if s.Memoized {
			d.s("memoized ")
		}
		d.s(strconv.Quote(s.Kind.String()), " ", s.Name)
		d.params(s.Params)
		if s.Result != nil {
			d.s(" returns ")
			d.typ(s.Result)
		}
		d.block(s.Body)
		d.close()
	case *ExprStmt:
		d.open("expr ")
		d.expr(s.X)
		d.close()
	case *Unsupported:
		d.s("(unsupported ", strconv.Quote(s.Construct), ")")
	case *BadStmt:
		d.s("(bad)")
	default:
		d.s("(?stmt)")
	}
}

func (d *dumper) params(ps []*Param) {
	d.s(" (params")
	for _, p := range ps {
		d.s(" ", p.Name.Name)
		if p.Type != nil {
			d.s(":")
			d.typ(p.Type)
		}
	}
	d.close()
}

func (d *dumper) pattern(p Pattern) {
	switch p := p.(type) {
	case *LiteralPattern:
		d.expr(p.Value)
	case *WildcardPattern:
		d.s("_")
	case *BindPattern:
		d.s("(bind ", p.Name.Name, ")")
	case nil:
		d.s("nil")
	default:
		d.pattern2(p)
	}
}

var callStyle = [...]string{NamedCall: "named", PositionalCall: "positional", MethodCall: "method"}

func (d *dumper) expr(e Expr) {
	switch e := e.(type) {
	case nil:
		d.s("nil")
	case *Ident:
		d.s(e.Name)
	case *BasicLit:
		switch e.Kind {
		case IntLit:
			d.s("(int ", strconv.FormatInt(e.Int, 10), ")")
		case FloatLit:
			d.s("(float ", strconv.FormatFloat(e.Float, 'g', -1, 64), ")")
		case StringLit:
			d.s("(string ", strconv.Quote(e.Str), ")")
		case BoolLit:
			d.s("(bool ", strconv.FormatBool(e.Bool), ")")
		default:
			d.s("(none)")
		}
	case *ListLit:
		d.open("list")
		for _, x := range e.Items {
			d.sp()
			d.expr(x)
		}
		d.close()
	case *DictLit:
		d.open("dict")
		for _, en := range e.Entries {
			d.s(" (", strconv.Quote(en.Key), " ")
			d.expr(en.Value)
			d.close()
		}
		d.close()
	case *RecordLit:
		d.open("record ")
		d.s(e.Type.Name)
		for _, f := range e.Fields {
			d.s(" (", f.Name.Name, " ")
			d.expr(f.Value)
			d.close()
		}
		d.close()
	case *IndexExpr:
		d.open("index ")
		d.expr(e.X)
		d.sp()
		d.expr(e.Index)
		d.close()
	case *StringOpExpr:
		d.open("string-op ")
		d.s(strconv.Quote(e.Op.String()), " ")
		d.expr(e.X)
		for _, a := range e.Args {
			d.sp()
			if a == nil {
				d.s("nil")
			} else {
				d.expr(a)
			}
		}
		d.close()
	case *CollectionExpr:
		d.open(e.Op.String() + " ")
		d.expr(e.List)
		if e.Fn != nil {
			d.s(" using ")
			d.expr(e.Fn)
		}
		if e.Initial != nil {
			d.s(" initial ")
			d.expr(e.Initial)
		}
		d.close()
	case *PipelineExpr:
		d.open("pipeline ")
		d.expr(e.Value)
		d.close()
	case *TypeOfExpr:
		d.open("type-of ")
		d.expr(e.X)
		d.close()
	case *IsTypeExpr:
		if e.Not {
			d.open("is-not-of-type ")
		} else {
			d.open("is-of-type ")
		}
		d.expr(e.X)
		d.sp()
		d.typ(e.T)
		d.close()
	case *AsExpr:
		d.open("as ")
		d.expr(e.X)
		d.sp()
		d.typ(e.T)
		d.close()
	case *IndexOfExpr:
		d.open("index-of ")
		d.expr(e.V)
		d.sp()
		d.expr(e.L)
		d.close()
	case *MemberExpr:
		d.open("member ")
		d.expr(e.X)
		d.s(" ", e.Name.Name)
		d.close()
	case *CallExpr:
		d.open("call ")
		if int(e.Style) < len(callStyle) {
			d.s(callStyle[e.Style])
		}
		d.sp()
		d.expr(e.Fun)
		for _, a := range e.Args {
			d.sp()
			if a.Name != nil {
				d.s("(arg ", a.Name.Name, " ")
				d.expr(a.Value)
				d.close()
			} else {
				d.expr(a.Value)
			}
		}
		d.close()
	case *FunctionalExpr:
		d.open(e.Kind.String())
		for _, o := range e.Operands {
			d.sp()
			d.expr(o)
		}
		for _, a := range e.Args {
			d.sp()
			if a.Name != nil {
				d.s("(arg ", a.Name.Name, " ")
				d.expr(a.Value)
				d.close()
			} else {
				d.expr(a.Value)
			}
		}
		d.close()
	case *BinaryExpr:
		d.s("(", strconv.Quote(e.Op.String()), " ")
		d.expr(e.X)
		d.sp()
		d.expr(e.Y)
		d.close()
	case *UnaryExpr:
		d.s("(", strconv.Quote(e.Op.String()), " ")
		d.expr(e.X)
		d.close()
	case *IsNoneExpr:
		if e.Not {
			d.open("is-not-none ")
		} else {
			d.open("is-none ")
		}
		d.expr(e.X)
		d.close()
	case *IsWordExpr:
		if e.Not {
			d.open("is-not-word ")
		} else {
			d.open("is-word ")
		}
		d.expr(e.X)
		d.s(" ", e.Word.Name)
		d.close()
	case *AwaitExpr:
		d.open("await ")
		d.expr(e.X)
		d.close()
	case *EachExpr:
		if e.Kind == RaceEach {
			d.open("race-each ")
		} else {
			d.open("parallel-each ")
		}
		d.s(e.Var.Name, " ")
		d.expr(e.Iter)
		d.sp()
		d.expr(e.Body)
		d.close()
	case *NewAwaitable:
		d.open("new-awaitable")
		d.block(e.Body)
		d.close()
	case *CallbackLit:
		d.open("callback")
		d.params(e.Params)
		d.block(e.Body)
		d.close()
	case *LambdaLit:
		if e.Async {
			d.open("async-lambda")
		} else {
			d.open("lambda")
		}
		d.params(e.Params)
		if x := e.BodyExpr(); x != nil {
			d.sp()
			d.expr(x)
		} else {
			d.block(e.Body)
		}
		d.close()
	case *ParenExpr:
		d.open("paren ")
		d.expr(e.X)
		d.close()
	case *IfExpr:
		d.open("if-expr ")
		d.expr(e.Cond)
		d.sp()
		d.expr(e.Then)
		d.sp()
		d.expr(e.Else)
		d.close()
	case *BadExpr:
		d.s("(bad)")
	default:
		d.s("(?expr)")
	}
}
