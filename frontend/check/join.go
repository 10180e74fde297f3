package check

// inference holds the state of whole-program inference: it records whether
// any cell changed during a pass so the checker can iterate to a fixpoint.
type inference struct {
	changed bool
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
	in.changed = true
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
		if y, ok := b.(*Func); ok && x != y && x.Named && y.Named {
			return AnyType // two different processes: a mixed slot
		}
		if y, ok := b.(*Func); ok && len(x.Params) == len(y.Params) {
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
	}
	return false
}
