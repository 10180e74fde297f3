package check

// inference holds the state of whole-program inference: it records whether
// any cell changed during a pass so the checker can iterate to a fixpoint.
type inference struct {
	changed bool
	// funcPairs records slots that received two different declared
	// processes; their shapes are compared once inference settles.
	funcPairs []funcPair
}

type funcPair struct {
	slot  *TVar
	other *Func
}

// flow joins a value of type t into slot v (spec §5 join rules). An Any
// value does not widen a typed slot: it is checked at run time instead.
func (in *inference) flow(v *TVar, t Type) {
	if v == nil || t == nil || t == Unknown {
		return
	}
	r := v.find()
	if r.fixed {
		// Annotations are trusted; composite element cells still unify.
		in.join(r.t, t)
		return
	}
	if x, ok := r.t.(*Func); ok && x.Named {
		if y, ok := t.(*Func); ok && y.Named && y != x {
			in.pairFuncs(r, x, y)
			return
		}
	}
	if t == AnyType {
		if !r.sawAny {
			r.sawAny = true
			in.changed = true
		}
		return
	}
	nt := in.join(r.t, t)
	if !sameType(nt, r.t) {
		r.t = nt
		in.changed = true
	}
}

// unify makes a and b one cell (their contents joined).
func (in *inference) unify(a, b *TVar) {
	ra, rb := a.find(), b.find()
	if ra == rb {
		return
	}
	if rb.fixed && !ra.fixed {
		ra, rb = rb, ra
	}
	rb.parent = ra
	// Two fixed cells of one type (the element cells of a List[String]
	// that a builtin makes afresh in every pass, say) merge without
	// changing a type: that is not progress, or inference never settles.
	if !(ra.fixed && rb.fixed && sameType(ra.t, rb.t) && ra.sawAny == rb.sawAny) {
		in.changed = true
	}
	if rb.sawAny {
		ra.sawAny = true
	}
	ra.t = in.join(ra.t, rb.t)
}

// join computes a ⊔ b. Composite joins unify their element cells.
func (in *inference) join(a, b Type) Type {
	switch {
	case a == Unknown:
		return b
	case b == Unknown:
		return a
	case a == AnyType || b == AnyType:
		return AnyType
	case a == b:
		return a
	}
	in.unionSumArgs(a, b)
	in.unionSumArgs(b, a)
	if t, ok := joinUnions(a, b); ok {
		return t
	}
	if a == NoneType {
		return optionalOf(b)
	}
	if b == NoneType {
		return optionalOf(a)
	}
	if oa, ok := a.(*Optional); ok {
		return optionalOf(in.join(oa.Elem, unwrapOpt(b)))
	}
	if ob, ok := b.(*Optional); ok {
		return optionalOf(in.join(a, ob.Elem))
	}
	if isNumeric(a) && isNumeric(b) {
		return Number
	}
	if t, ok := in.joinSum(a, b); ok {
		return t
	}
	switch x := a.(type) {
	case *List:
		if y, ok := b.(*List); ok {
			in.unify(x.Elem, y.Elem)
			return x
		}
	case *Dict:
		if y, ok := b.(*Dict); ok {
			in.unify(x.Key, y.Key)
			in.unify(x.Val, y.Val)
			return x
		}
	case *Awaitable:
		if y, ok := b.(*Awaitable); ok {
			in.unify(x.Elem, y.Elem)
			return x
		}
	case *Generator:
		if y, ok := b.(*Generator); ok {
			in.unify(x.Elem, y.Elem)
			return x
		}
	case *Manager:
		if y, ok := b.(*Manager); ok {
			in.unify(x.Elem, y.Elem)
			return x
		}
	case *Func:
		if y, ok := b.(*Func); ok && x != y && (x.NoNames || y.NoNames) {
			// A function type (an annotation) meets a process: the
			// annotation's parameter types flow into the process's
			// parameters; the annotation itself never changes. Whether
			// the shapes agree is checked where the value is given
			// (assignable).
			ann, other := x, y
			if !x.NoNames {
				ann, other = y, x
			}
			if len(ann.Params) == len(other.Params) {
				for i := range ann.Params {
					in.flow(other.Params[i], ann.Params[i].Type())
				}
				if other.Placeholder {
					// The shape of calls through a variable (a
					// parameter of a partial or curry form's Lambda)
					// gives what the annotation gives.
					in.flow(other.Result, ann.Result.Type())
				}
			}
			return x
		}
		if y, ok := b.(*Func); ok && x != y && x.Named && y.Named {
			// Two declared processes meet (cells unified): keep x; the
			// shapes are compared once inference settles.
			in.pairFuncs(nil, x, y)
			return x
		}
		if y, ok := b.(*Func); ok && len(x.Params) == len(y.Params) {
			if x.Placeholder && !y.Placeholder && !y.NoNames {
				// A positional call's type meets the process it calls:
				// the process's parameter names are the names.
				x.Names = append([]string(nil), y.Names...)
				x.Placeholder = false
				in.changed = true
			}
			for i := range x.Params {
				in.unify(x.Params[i], y.Params[i])
			}
			in.unify(x.Result, y.Result)
			if y.Kind != x.Kind && x.Kind == 0 {
				x.Kind = y.Kind
			}
			return x
		}
	case *Record:
		if y, ok := b.(*Record); ok && x == y {
			return x
		}
		if sameGeneric(x, b) {
			// Instances join argument-wise (level2.md §10.4).
			y := b.(*Record)
			for i := range x.Args {
				in.unify(x.Args[i], y.Args[i])
			}
			return x
		}
	}
	return AnyType
}

// optionalOf gives Optional[t] following the join rules.
func optionalOf(t Type) Type {
	switch t {
	case Unknown, NoneType:
		return NoneType
	case AnyType:
		return AnyType
	}
	if _, ok := t.(*Optional); ok {
		return t
	}
	return &Optional{Elem: t}
}

// sameType reports whether a and b are the same type: identical basics,
// or composites of the same shape over the same cells.
func sameType(a, b Type) bool {
	if a == b {
		return true
	}
	switch x := a.(type) {
	case *Optional:
		y, ok := b.(*Optional)
		return ok && sameType(x.Elem, y.Elem)
	case *List:
		y, ok := b.(*List)
		return ok && x.Elem.find() == y.Elem.find()
	case *Dict:
		y, ok := b.(*Dict)
		return ok && x.Key.find() == y.Key.find() && x.Val.find() == y.Val.find()
	case *Awaitable:
		y, ok := b.(*Awaitable)
		return ok && x.Elem.find() == y.Elem.find()
	case *Generator:
		y, ok := b.(*Generator)
		return ok && x.Elem.find() == y.Elem.find()
	case *Manager:
		y, ok := b.(*Manager)
		return ok && x.Elem.find() == y.Elem.find()
	case *Record:
		if !sameGeneric(x, b) {
			return false
		}
		y := b.(*Record)
		for i := range x.Args {
			if x.Args[i].find() != y.Args[i].find() {
				return false
			}
		}
		return true
	case *Sum:
		y, ok := b.(*Sum)
		if !ok || x.Generic == nil || x.Generic != y.Generic {
			return false
		}
		for i := range x.Args {
			if x.Args[i].find() != y.Args[i].find() {
				return false
			}
		}
		return true
	}
	return false
}

// pairFuncs records that declared process y flowed into a slot holding
// declared process x: arguments given through the slot reach both (their
// parameter cells unify), results stay each process's own.
func (in *inference) pairFuncs(slot *TVar, x, y *Func) {
	for _, p := range in.funcPairs {
		if p.other == y && (p.slot == slot || (slot != nil && p.slot != nil && p.slot.find() == slot.find())) {
			return
		}
	}
	in.funcPairs = append(in.funcPairs, funcPair{slot: slot, other: y})
	in.changed = true
	if len(x.Params) == len(y.Params) {
		for i := range x.Params {
			in.unify(x.Params[i], y.Params[i])
		}
	}
}

// settleFuncPairs makes a slot Any when the declared processes it received
// turned out to have different types (parameter count or types, result,
// kind): a variable of one process type cannot hold both. It returns the slots it
// made Any.
func (in *inference) settleFuncPairs() (made []*TVar) {
	for _, p := range in.funcPairs {
		if p.slot == nil {
			continue
		}
		r := p.slot.find()
		x, ok := r.t.(*Func)
		if !ok {
			continue
		}
		if !sameProcType(x, p.other) {
			r.t, r.fixed = AnyType, true
			in.changed = true
			made = append(made, r)
		}
	}
	return made
}

// sameProcType reports whether two process types are equal: the same
// kind and arity, and parameter and result types that are equal as types
// (an annotated List[String] and an inferred one are the same type, though
// their cells differ). A variable holds processes of one type only.
func sameProcType(x, y *Func) bool { return sameFunc(x, y, 0) }

func sameFunc(x, y *Func, depth int) bool {
	if x == y {
		return true
	}
	if x.Kind != y.Kind || len(x.Params) != len(y.Params) || depth > 8 {
		return false
	}
	for i := range x.Params {
		if !equalType(x.Params[i].Type(), y.Params[i].Type(), depth+1) {
			return false
		}
	}
	rx, ry := x.Result.Type(), y.Result.Type()
	none := func(t Type) bool { return t == NoneType || t == Unknown }
	return equalType(rx, ry, depth+1) || (none(rx) && none(ry))
}

// equalType reports whether a and b are the same type structurally
// (element types compared as types, not as cells). Depth bounds the
// comparison of recursive process types.
func equalType(a, b Type, depth int) bool {
	if a == b {
		return true
	}
	if depth > 8 {
		return false
	}
	switch x := a.(type) {
	case *Optional:
		y, ok := b.(*Optional)
		return ok && equalType(x.Elem, y.Elem, depth+1)
	case *List:
		y, ok := b.(*List)
		return ok && equalType(x.Elem.Type(), y.Elem.Type(), depth+1)
	case *Dict:
		y, ok := b.(*Dict)
		return ok && equalType(x.Key.Type(), y.Key.Type(), depth+1) && equalType(x.Val.Type(), y.Val.Type(), depth+1)
	case *Awaitable:
		y, ok := b.(*Awaitable)
		return ok && equalType(x.Elem.Type(), y.Elem.Type(), depth+1)
	case *Generator:
		y, ok := b.(*Generator)
		return ok && equalType(x.Elem.Type(), y.Elem.Type(), depth+1)
	case *Manager:
		y, ok := b.(*Manager)
		return ok && equalType(x.Elem.Type(), y.Elem.Type(), depth+1)
	case *Func:
		y, ok := b.(*Func)
		return ok && sameFunc(x, y, depth+1)
	case *Record:
		if !sameGeneric(x, b) {
			return false
		}
		y := b.(*Record)
		for i := range x.Args {
			if !equalType(x.Args[i].Type(), y.Args[i].Type(), depth+1) {
				return false
			}
		}
		return true
	case *Sum:
		y, ok := b.(*Sum)
		if !ok || x.Generic == nil || x.Generic != y.Generic {
			return false
		}
		for i := range x.Args {
			if !equalType(x.Args[i].Type(), y.Args[i].Type(), depth+1) {
				return false
			}
		}
		return true
	}
	return false
}
