package check

import (
	"github.com/runa2go/runa2go/frontend/ast"
)

// record stores the final type of e.
func (c *checker) record(e ast.Expr, t Type) Type {
	if c.final {
		c.prog.Types[e] = t
	} else {
		c.visited++
	}
	return t
}

// valCell returns the value cell of a dictionary literal.
func (c *checker) valCell(e *ast.DictLit) *TVar {
	if c.valCells == nil {
		c.valCells = map[*ast.DictLit]*TVar{}
	}
	v, ok := c.valCells[e]
	if !ok {
		v = c.newTVar("dictionary value", e.Sp.Start)
		c.valCells[e] = v
	}
	return v
}

// cell returns the inference cell owned by node n (stable across passes).
func (c *checker) cell(n ast.Node, name string) *TVar {
	if c.cells == nil {
		c.cells = map[ast.Node]*TVar{}
	}
	v, ok := c.cells[n]
	if !ok {
		v = c.newTVar(name, n.Span().Start)
		c.cells[n] = v
	}
	return v
}

func (c *checker) expr(e ast.Expr) Type {
	return c.record(e, c.exprType(e))
}

func (c *checker) exprType(e ast.Expr) Type {
	switch e := e.(type) {
	case *ast.Ident:
		return c.ident(e)
	case *ast.BasicLit:
		switch e.Kind {
		case ast.IntLit:
			return Integer
		case ast.FloatLit:
			return Float
		case ast.StringLit:
			return String
		case ast.BoolLit:
			return Boolean
		}
		return NoneType
	case *ast.ListLit:
		elem := c.cell(e, "list element")
		for _, it := range e.Items {
			c.flow(elem, c.expr(it))
		}
		return &List{Elem: elem}
	case *ast.DictLit:
		key := c.cell(e, "dictionary key")
		key.t = String
		val := c.valCell(e)
		for _, en := range e.Entries {
			c.flow(val, c.expr(en.Value))
		}
		return &Dict{Key: key, Val: val}
	case *ast.RecordLit:
		return c.recordLit(e)
	case *ast.IndexExpr:
		return c.index(e)
	case *ast.StringOpExpr:
		return c.stringOp(e)
	case *ast.TypeOfExpr:
		return c.typeOfExpr(e)
	case *ast.IsTypeExpr:
		return c.isType(e)
	case *ast.AsExpr:
		return c.asExpr(e)
	case *ast.IndexOfExpr:
		return c.indexOf(e)
	case *ast.CollectionExpr:
		return c.collection(e)
	case *ast.ElemRef:
		return c.elemRef(e)
	case *ast.PipelineExpr:
		return c.expr(e.Value)
	case *ast.MemberExpr:
		return c.member(e)
	case *ast.CallExpr:
		return c.call(e, false)
	case *ast.BinaryExpr:
		return c.binary(e)
	case *ast.UnaryExpr:
		return c.unary(e)
	case *ast.IsNoneExpr:
		c.expr(e.X)
		return Boolean
	case *ast.IsWordExpr:
		return c.isWord(e)
	case *ast.AwaitExpr:
		return c.await(e)
	case *ast.EachExpr:
		return c.each(e)
	case *ast.NewAwaitable:
		elem := c.cell(e, "awaitable value")
		saved := c.promiseElem
		c.promiseElem = elem
		c.inPromise++
		c.block(e.Body)
		c.inPromise--
		c.promiseElem = saved
		if c.proc != nil {
			c.proc.NeedsTask = true
		}
		return &Awaitable{Elem: elem}
	case *ast.CallbackLit:
		return c.callback(e)
	case *ast.LambdaLit:
		return c.lambda(e)
	case *ast.FunctionalExpr:
		return c.functional(e)
	case *ast.ParenExpr:
		return c.expr(e.X)
	case *ast.IfExpr:
		return c.ifExpr(e)
	case *ast.BadExpr:
		return AnyType
	}
	return AnyType
}

func (c *checker) ident(id *ast.Ident) Type {
	obj := c.resolve(id, false)
	switch o := obj.(type) {
	case *Var:
		if !c.dead && !c.guardBinds[o] {
			o.Used = true
		}
		c.readVar(id, o)
		t := o.Type()
		if nt := c.narrowedType(o); nt != nil {
			return nt
		}
		if nt := c.narrowedTo(o); nt != nil {
			if c.final {
				c.prog.NarrowedTo[id] = nt
			}
			return nt
		}
		if c.isNarrowed(o) {
			if c.final {
				c.prog.Narrowed[id] = true
			}
			return unwrapOpt(t)
		}
		return t
	case *Proc:
		if o.Kind == ast.AsyncContextManagerProc {
			c.errorf(id.Sp, CodeManagerValue, "use it in a With header: `With "+o.Name+" … as NAME:`", "context manager %q cannot be used as a value", o.Name)
			return AnyType
		}
		o.UsedAsValue = true
		if len(o.TypeParams) > 0 {
			return c.procValue(o, id)
		}
		return o.Func
	case *ModuleConst:
		return Float
	case *Builtin:
		c.errorf(id.Sp, CodeBuiltinValue, "call it with `with`, e.g. `"+o.Name+" with …`", "builtin %q cannot be used as a value", o.Name)
	case *Record:
		if o.Sum != nil && len(o.Fields) == 0 {
			if o.IsGeneric() {
				return c.variantValue(id, o)
			}
			return o // a variant without fields is its own value: `Pending`
		}
		c.errorf(id.Sp, CodeTypeCall, "build a record with `"+o.Name+" with:` and one `field as value` line per field", "type %q is not a value", o.Name)
	}
	return AnyType
}

// lookupVar finds a variable visible from the current body.
func (c *checker) lookupVar(name string) *Var {
	for i := len(c.overlay) - 1; i >= 0; i-- {
		if v, ok := c.overlay[i][name]; ok {
			return v
		}
	}
	for p := c.proc; p != nil; p = p.Parent {
		if v, ok := p.scope[c.scopeName(p, name)]; ok {
			if p != c.proc {
				v.Captured = true
			}
			return v
		}
	}
	if v, ok := c.globals[c.key(name)]; ok {
		return v
	}
	return nil
}

// resolve finds what an identifier names, reporting unknown names.
func (c *checker) resolve(id *ast.Ident, assign bool) Object {
	var obj Object
	if o, ok := c.moduleMember(id); ok {
		return o
	}
	if v := c.lookupVar(id.Name); v != nil {
		obj = v
	} else if p, ok := c.procs[c.key(id.Name)]; ok {
		obj = p
	} else if b, ok := builtins[id.Name]; ok {
		obj = b
	} else if r, ok := c.records[c.key(id.Name)]; ok {
		obj = r
	}
	if obj == nil {
		if c.unknownMember(id) {
			return nil
		}
		c.errorf(id.Sp, CodeUnknownName, c.suggestName(id.Name), "unknown name %q", id.Name)
		return nil
	}
	if assign {
		c.readOnlyMember(id)
	}
	if c.final && !c.dead {
		c.prog.Uses[id] = obj
	}
	return obj
}

func (c *checker) recordLit(e *ast.RecordLit) Type {
	r, ok := c.records[c.key(e.Type.Name)]
	if !ok {
		c.errorf(e.Type.Sp, CodeUnknownRecord, c.suggestName(e.Type.Name), "unknown record type %q", e.Type.Name)
		for _, f := range e.Fields {
			c.expr(f.Value)
		}
		return AnyType
	}
	if r.IsGeneric() {
		return c.genericRecordLit(e, r)
	}
	if len(e.TypeArgs) > 0 {
		c.errorf(e.Type.Sp, CodeTypeArgCount, "write \""+r.Name+" with\"", "%s takes no type arguments, but %s given", r.Name, wasWere(len(e.TypeArgs)))
	}
	c.fieldInits(e, r, func(fi *ast.FieldInit, f *Field, vt Type) { c.flowField(fi.Value, f, vt) })
	return r
}

// fieldInits checks the `field as VALUE` items of a literal of record
// type r: each value is typed and handed to flow with its field; unknown
// fields, fields given twice and missing non-Optional fields are errors.
func (c *checker) fieldInits(e *ast.RecordLit, r *Record, flow func(fi *ast.FieldInit, f *Field, vt Type)) {
	seen := map[string]bool{}
	for _, fi := range e.Fields {
		vt := c.expr(fi.Value)
		f := r.Field(fi.Name.Name)
		if f == nil {
			c.errorf(fi.Name.Sp, CodeUnknownField, suggestField(r, fi.Name.Name), "%q has no field %q", r.Name, fi.Name.Name)
			continue
		}
		if seen[f.Name] {
			c.errorf(fi.Name.Sp, CodeFieldTwice, "", "field %q is given twice", f.Name)
		}
		seen[f.Name] = true
		flow(fi, f, vt)
	}
	for _, f := range r.Fields {
		if _, opt := f.Type.(*Optional); !seen[f.Name] && !opt && f.Type != AnyType && f.Type != NoneType {
			c.errorf(e.Type.Sp, CodeMissingField, "", "missing field %q for %q", f.Name, r.Name)
		}
	}
}

// flowField checks a value given to a record field of declared type.
func (c *checker) flowField(e ast.Expr, f *Field, vt Type) {
	c.expectType(e, f.Type)
	c.flow(&TVar{t: f.Type, fixed: true}, vt)
	if !c.unionFlow(f.Type, e, vt) && !assignable(f.Type, vt) {
		c.errorf(e.Span(), CodeFieldType, awaitHint(vt, ""), "field %q is %s, not %s", f.Name, f.Type, vt)
	}
}

// assignable reports whether a value of type v may be stored in a slot of
// declared type t (statically, or with a run-time check).
func assignable(t, v Type) bool {
	if t == AnyType || v == AnyType || v == Unknown || t == Unknown || sameType(t, v) {
		return true
	}
	if isNumeric(t) && isNumeric(v) {
		return t != Integer || v == Integer
	}
	if o, ok := t.(*Optional); ok {
		return v == NoneType || assignable(o.Elem, unwrapOpt(v))
	}
	if ok, handled := unionAssignable(t, unwrapOpt(v)); handled {
		return ok
	}
	if o, ok := v.(*Optional); ok {
		return assignable(t, o.Elem)
	}
	switch x := t.(type) {
	case *List:
		_, ok := v.(*List)
		return ok
	case *Dict:
		_, ok := v.(*Dict)
		return ok
	case *Awaitable:
		_, ok := v.(*Awaitable)
		return ok
	case *Record:
		return x == v || sameGeneric(x, v)
	case *Sum:
		return sameSum(sumOf(v), x)
	case *Func:
		y, ok := v.(*Func)
		if !ok {
			return false
		}
		if x.NoNames || y.NoNames {
			// A function type: one Go shape (level2.md §4.4).
			return sameProcType(x, y)
		}
		return len(x.Params) == len(y.Params)
	}
	return false
}

func (c *checker) index(e *ast.IndexExpr) Type {
	xt := c.operandView(e.X, c.expr(e.X), "at index", e.Sp)
	if _, opt := xt.(*Optional); opt {
		c.optionalUse(e.X)
		xt = unwrapOpt(xt)
	}
	it := c.expr(e.Index)
	switch x := xt.(type) {
	case *List:
		c.wantInt(e.Index, it)
		return x.Elem.Type()
	case *Dict:
		c.flow(x.Key, it)
		return x.Val.Type()
	case *Record:
		return c.recordKey(x, e.Index, nil)
	}
	switch xt {
	case String:
		c.wantInt(e.Index, it)
		return String
	case AnyType, Unknown:
		return AnyType
	}
	c.errorf(e.Sp, CodeNotIndexable, awaitHint(xt, ""), "cannot index %s", an(xt))
	return AnyType
}

func (c *checker) member(e *ast.MemberExpr) Type {
	xt := c.operandView(e.X, c.expr(e.X), "."+e.Name.Name, e.Name.Sp)
	if _, opt := xt.(*Optional); opt {
		c.optionalUse(e.X)
		xt = unwrapOpt(xt)
	}
	name := e.Name.Name
	switch x := xt.(type) {
	case *Record:
		f := x.Field(name)
		if f == nil {
			c.errorf(e.Name.Sp, CodeUnknownField, suggestField(x, name), "%q has no field %q", x.Name, name)
			return AnyType
		}
		return f.Type
	case *Sum:
		if f := c.sumField(x, e.Name); f != nil {
			if c.final {
				c.prog.SumFields[e] = x
			}
			return f.Type
		}
		return AnyType
	case *Dict:
		c.flow(x.Key, String)
		return x.Val.Type()
	}
	switch xt {
	case ErrorType:
		switch name {
		case "message", "kind":
			return String
		}
		c.errorf(e.Name.Sp, CodeErrorField, "an error has `message` and `kind`", "an error has no field %q", name)
		return AnyType
	case AnyType, Unknown:
		return AnyType
	}
	c.errorf(e.Sp, CodeErrorField, awaitHint(xt, ""), "%s has no field %q", an(xt), name)
	return AnyType
}

// optionalUse notes a run-time None check of an Optional (check --strict).
func (c *checker) optionalUse(e ast.Expr) {
	c.note(e.Span().Start, "run-time None check of an Optional value")
}

// binary checks a binary operator and the chain below it. The left
// spine of a chain (`1 plus 2 plus …`, whatever the operators) is walked
// iteratively, bottom-up, so a long flat chain costs no stack depth.
func (c *checker) binary(e *ast.BinaryExpr) Type {
	spine := []*ast.BinaryExpr{e}
	for {
		x, ok := spine[len(spine)-1].X.(*ast.BinaryExpr)
		if !ok {
			break
		}
		spine = append(spine, x)
	}
	xt := c.expr(spine[len(spine)-1].X)
	for i := len(spine) - 1; i >= 0; i-- {
		n := spine[i]
		yt := c.expr(n.Y)
		switch n.Op {
		case ast.OpEq, ast.OpNe, ast.OpConcat, ast.OpAnd, ast.OpOr:
		default:
			_, xParam := unwrapOpt(xt).(*TypeParam)
			xt = c.operandView(n.X, xt, n.Op.String(), n.OpSp)
			if _, yParam := unwrapOpt(yt).(*TypeParam); xParam && yParam {
				yt = AnyType // one report at the operator
			} else {
				yt = c.operandView(n.Y, yt, n.Op.String(), n.OpSp)
			}
		}
		xt = c.binaryOp(n, xt, yt)
		if i > 0 {
			c.record(n, xt)
		}
	}
	return xt
}

// binaryOp is the type of the operator e given its operand types.
func (c *checker) binaryOp(e *ast.BinaryExpr, xt, yt Type) Type {
	switch e.Op {
	case ast.OpOr, ast.OpAnd:
		if e.Op == ast.OpAnd && c.positionalAnd(e, xt) {
			return xt // the named argument's value is the left operand
		}
		c.boolOperand(e.X, xt, e.Op)
		c.boolOperand(e.Y, yt, e.Op)
		return Boolean
	case ast.OpEq, ast.OpNe:
		c.comparable(e.OpSp, xt, yt)
		c.compareVariant(e.X, yt)
		c.compareVariant(e.Y, xt)
		return Boolean
	case ast.OpGt, ast.OpLt, ast.OpGe, ast.OpLe:
		x, y := unwrapOpt(xt), unwrapOpt(yt)
		ok := (isNumeric(x) && isNumeric(y)) || (x == String && y == String) || x == AnyType || y == AnyType || x == Unknown || y == Unknown
		if !ok {
			c.errorf(e.OpSp, CodeCompareTypes, awaitHint(xt, awaitHint(yt, "")), "cannot compare %s with %s using %q", xt, yt, e.Op.String())
		}
		c.optionalOperand(e.X, xt)
		c.optionalOperand(e.Y, yt)
		return Boolean
	case ast.OpContains:
		switch x := unwrapOpt(xt).(type) {
		case *List:
			c.flow(x.Elem, yt)
		case *Dict:
			c.flow(x.Key, yt)
		case *Record:
			c.errorf(e.OpSp, CodeContainsRecord, "", "`contains` cannot be used on a record (%q): its fields are fixed", x.Name)
		default:
			if x == String && yt != String && yt != AnyType && yt != Unknown {
				c.errorf(e.Y.Span(), CodeContainsString, awaitHint(yt, ""), "a String can only contain a String, not %s", yt)
			} else if x != String && x != AnyType && x != Unknown {
				c.errorf(e.OpSp, CodeContainsRecord, awaitHint(xt, ""), "`contains` needs a list, dictionary or string, not %s", xt)
			}
		}
		return Boolean
	case ast.OpConcat:
		return String
	case ast.OpStartsWith, ast.OpEndsWith, ast.OpContainsKey, ast.OpWithout, ast.OpWithAdded:
		return c.wordBinary(e, xt, yt)
	}
	// Arithmetic.
	x, y := unwrapOpt(xt), unwrapOpt(yt)
	if x == String || y == String {
		hint := ""
		if e.Op == ast.OpPlus {
			hint = "use `followed by` to join text"
		}
		c.errorf(e.OpSp, CodeStringArith, hint, "cannot use %q with a String operand", e.Op.String())
		return AnyType
	}
	for _, o := range []struct {
		e ast.Expr
		t Type
	}{{e.X, x}, {e.Y, y}} {
		if !isNumeric(o.t) && o.t != AnyType && o.t != Unknown {
			c.errorf(o.e.Span(), CodeNumericOperand, awaitHint(o.t, ""), "%q needs numbers, not %s", e.Op.String(), o.t)
			return AnyType
		}
	}
	c.optionalOperand(e.X, xt)
	c.optionalOperand(e.Y, yt)
	if x == AnyType || y == AnyType || x == Unknown || y == Unknown {
		if x == Unknown && y == Unknown {
			return Unknown
		}
		if x == AnyType || y == AnyType {
			return AnyType
		}
		// One side still unknown: assume the known side's type until it settles.
		if x == Unknown {
			x = y
		} else {
			y = x
		}
	}
	if e.Op == ast.OpDiv {
		if x == Number || y == Number {
			return Number
		}
		return Float
	}
	switch {
	case x == Integer && y == Integer:
		return Integer
	case x == Float || y == Float:
		if x == Number || y == Number {
			return Number
		}
		return Float
	}
	return Number
}

func (c *checker) optionalOperand(e ast.Expr, t Type) {
	if _, ok := t.(*Optional); ok {
		c.optionalUse(e)
	}
}

func (c *checker) boolOperand(e ast.Expr, t Type, op ast.BinaryOp) {
	if t != Boolean && t != AnyType && t != Unknown && unwrapOpt(t) != Boolean {
		c.errorf(e.Span(), CodeBooleanOperand, awaitHint(t, ""), "%q needs Boolean operands, not %s", op.String(), t)
	}
}

// comparable warns about an equality between values of unrelated scalar
// types, which is always false (`5 is equal to "5"`).
func (c *checker) comparable(sp ast.Span, x, y Type) {
	scalar := func(t Type) bool {
		return t == Integer || t == Float || t == Number || t == String || t == Boolean
	}
	if scalar(x) && scalar(y) && x != y && !(isNumeric(x) && isNumeric(y)) {
		c.warnf(sp, "W307", "convert one side first, e.g. with to_string or to_integer", "comparing %s with %s is always false", x, y)
	}
}

func (c *checker) unary(e *ast.UnaryExpr) Type {
	t := c.expr(e.X)
	if e.Op != ast.OpNot {
		t = c.operandView(e.X, t, e.Op.String(), ast.Span{Start: e.Sp.Start, End: e.X.Span().Start})
	}
	switch e.Op {
	case ast.OpNot:
		c.boolOperand(e.X, t, ast.OpAnd)
		return Boolean
	case ast.OpNeg:
		u := unwrapOpt(t)
		if !isNumeric(u) && u != AnyType && u != Unknown {
			c.errorf(e.X.Span(), CodeNumericOperand, awaitHint(t, ""), "unary minus needs a number, not %s", t)
			return AnyType
		}
		return u
	case ast.OpCopyOf:
		return c.copyOf(e, t)
	}
	// length of
	switch unwrapOpt(t).(type) {
	case *List, *Dict:
		return Integer
	}
	if u := unwrapOpt(t); u != String && u != AnyType && u != Unknown {
		c.errorf(e.X.Span(), CodeLengthOf, awaitHint(t, ""), "`length of` needs a string, list or dictionary, not %s", t)
	}
	return Integer
}

func (c *checker) isWord(e *ast.IsWordExpr) Type {
	xt := c.expr(e.X)
	word := e.Word.Name
	if word == "empty" && emptiness(xt) {
		c.optionalOperand(e.X, xt)
		switch u := unwrapOpt(xt); u.(type) {
		case *List, *Dict:
		default:
			if u != String && u != AnyType && u != Unknown {
				c.errorf(e.Word.Sp, CodeWordOperand, awaitHint(xt, ""), "`is empty` needs a String, a List or a Dictionary, not %s", xt)
			}
		}
		if c.final {
			c.prog.IsWords[e] = &IsWord{Kind: IsEmpty}
		}
		return Boolean
	}
	if v := c.lookupVar(word); v != nil {
		if !c.dead {
			v.Used = true
		}
		c.readVar(e.Word, v)
		if c.final {
			c.prog.IsWords[e] = &IsWord{Kind: IsEqualVar, Var: v}
			c.prog.Uses[e.Word] = v
		}
		return Boolean
	}
	if r, ok := unwrapOpt(xt).(*Record); ok {
		if f := r.Field(word); f != nil {
			if f.Type != Boolean && f.Type != AnyType {
				c.errorf(e.Word.Sp, CodeIsWordField, "", "field %q of %q is %s, not Boolean", word, r.Name, f.Type)
			}
			if c.final {
				c.prog.IsWords[e] = &IsWord{Kind: IsField}
			}
			return Boolean
		}
	}
	if d, ok := unwrapOpt(xt).(*Dict); ok {
		// A dictionary's key read like a field (`connection is open`).
		c.flow(d.Key, String)
		if c.final {
			c.prog.IsWords[e] = &IsWord{Kind: IsField}
		}
		return Boolean
	}
	if p, ok := c.procs[c.key(word)]; ok {
		if len(p.Params) != 1 {
			c.errorf(e.Word.Sp, CodeIsWordArity, "", "%q takes %d arguments; `x is %s` calls it with x alone", word, len(p.Params), word)
		} else {
			var targs []Type
			if len(p.TypeParams) > 0 {
				g := c.instantiate(p, e)
				c.flow(g.fn.Params[0], xt)
				info := &Call{}
				c.settleCall(p, g, info, []Type{xt})
				targs = info.TypeArgs
			} else {
				c.flow(p.Params[0].Slot, xt)
			}
			c.callEdge(p)
			if c.final {
				c.prog.IsWords[e] = &IsWord{Kind: IsProcCall, Proc: p, TypeArgs: targs}
			}
			if rt := p.Result.Type(); rt != Boolean && rt != AnyType && unwrapOpt(rt) != Boolean {
				gives := "gives " + rt.String()
				if rt == Unknown || rt == NoneType {
					gives = "gives no value"
				}
				c.errorf(e.Word.Sp, CodeIsWordField, "make "+quote(word)+" return a Boolean", "`x is %s` calls %q, which %s, not a Boolean", word, word, gives)
			}
		}
		if c.final && c.prog.IsWords[e] == nil {
			c.prog.IsWords[e] = &IsWord{Kind: IsProcCall, Proc: p}
		}
		return Boolean
	}
	if xt == AnyType || xt == Unknown {
		if c.final {
			c.prog.IsWords[e] = &IsWord{Kind: IsField}
		}
		return Boolean
	}
	c.errorf(e.Word.Sp, CodeIsWordUnknown, c.suggestName(word), "unknown name %q: not a variable, a Boolean field of %s, or a process", word, xt)
	return Boolean
}

func (c *checker) await(e *ast.AwaitExpr) Type {
	if !c.asyncAllowed() && !c.waitInLambda(e.Sp) {
		c.errorf(e.Sp, CodeAwaitInPlain, "make it an Async Process", "await is only allowed in an Async Process")
	}
	var t Type
	if call, ok := e.X.(*ast.CallExpr); ok {
		t = c.call(call, true)
		c.record(call, t)
	} else {
		t = c.expr(e.X)
	}
	if a, ok := t.(*Awaitable); ok {
		return a.Elem.Type()
	}
	c.awaitProcValue(e)
	return t
}

// awaitProcValue warns about `await NAME` where NAME is a declared async
// process: a process named alone is its value, which await gives back
// unchanged (spec §8.1), so the process never runs. The call was meant.
func (c *checker) awaitProcValue(e *ast.AwaitExpr) {
	id, ok := ast.UnparenExpr(e.X).(*ast.Ident)
	if !ok {
		return
	}
	p, ok := c.prog.Uses[id].(*Proc)
	if !ok || p.Kind != ast.AsyncProc {
		return
	}
	hint := "call it: `await " + p.Name + " with`"
	if len(p.Params) > 0 {
		hint = "call it with its arguments: `await " + p.Name + " with " + p.Params[0].Name + " as …`"
	}
	c.warnf(e.Sp, "W312", hint, "await of the process %q gives the process itself: it does not run", p.Name)
}

func (c *checker) each(e *ast.EachExpr) Type {
	if !c.asyncAllowed() && !c.waitInLambda(e.Sp) {
		c.errorf(e.Sp, CodeAsyncFormInPlain, "make it an Async Process", "%s is only allowed in async code", map[ast.EachKind]string{ast.ParallelEach: "parallel_await", ast.RaceEach: "race_await"}[e.Kind])
	}
	it := unwrapOpt(c.expr(e.Iter))
	v, ok := c.prog.Each[e]
	if !ok {
		v = &Var{Name: e.Var.Name, Owner: c.proc, Decl: e.Var.Sp, Loop: true}
		v.Slot = c.newTVar("variable "+quote(e.Var.Name), e.Var.Sp.Start)
		c.prog.Each[e] = v
		c.prog.Defs[e.Var] = v
	}
	switch x := it.(type) {
	case *List:
		c.unify(v.Slot, x.Elem)
	case *Dict:
		c.unify(v.Slot, x.Key)
	default:
		if it == String {
			c.flow(v.Slot, String)
		} else if it != AnyType && it != Unknown {
			c.errorf(e.Iter.Span(), CodeNotIterable, awaitHint(it, ""), "cannot iterate over %s", an(it))
		} else {
			c.flow(v.Slot, AnyType)
		}
	}
	c.overlay = append(c.overlay, map[string]*Var{v.Name: v})
	var bt Type
	c.scoped(func() {
		c.setVar(v)
		if call, ok := e.Body.(*ast.CallExpr); ok {
			bt = c.call(call, true)
			c.record(call, bt)
		} else {
			bt = c.expr(e.Body)
		}
	})
	c.overlay = c.overlay[:len(c.overlay)-1]
	if a, ok := bt.(*Awaitable); ok {
		bt = a.Elem.Type()
	}
	res := c.cell(e, "result")
	c.flow(res, bt)
	if c.proc != nil {
		c.proc.NeedsTask = true
	}
	if e.Kind == ast.RaceEach {
		return res.Type()
	}
	return &List{Elem: res}
}

func (c *checker) callback(e *ast.CallbackLit) Type {
	p, ok := c.prog.Callbacks[e]
	if !ok {
		p = &Proc{Name: "callback", Callback: e, Kind: ast.PlainProc, Parent: c.proc, scope: map[string]*Var{}, calls: map[*Proc]bool{}}
		p.Result = c.newTVar("callback result", e.Sp.Start)
		c.params(p, e.Params)
		c.scanLocals(p, e.Body.Stmts, false)
		c.prog.Callbacks[e] = p
	}
	c.walkProc(p, e.Body.Stmts)
	return p.Func
}

// callEdge records that the current process calls p.
func (c *checker) callEdge(p *Proc) {
	if c.proc != nil {
		c.proc.calls[p] = true
	}
}
