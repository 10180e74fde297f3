package rt

// Typed views of Any collections (spec §5, §2). A list or dictionary that
// arrives as Any (json_parse, an Any field, an Any parameter) is a
// *List[any] or a *Dict[K, any]. Using it where a typed collection is
// needed (As[*List[string]], As[*Dict[string, *List[int64]]], …) checks
// every element, at every level, against the static type (kind "type",
// naming both types, when one does not fit), then builds the typed
// collection and turns the Any one into a forwarder to it: the two names
// share one set of items, so a mutation through either is seen through the
// other (reference semantics, spec §2), and a value stored through the Any
// name is checked against the typed one (a fault, as for any typed list).
//
// The typed collection is an ordinary *List[T] / *Dict[K, V]: its fast
// paths are unchanged. The forwarder costs a nil check on the paths that
// do not already fail over to a slow branch (Len, Add, Items, …).
// Converting the same Any collection again gives the same typed
// collection; converting it to a different type fails.

// listFwd is where a converted List[Any] forwards.
type listFwd struct{ to listTarget }

// dictFwd is where a converted Dictionary with Any values forwards.
type dictFwd struct{ to dictTarget }

type listTarget interface {
	anyList
	reprer
	equaler
	RunaType() string
}

type dictTarget interface {
	anyDict
	reprer
	equaler
	RunaType() string
}

// resolveFwd returns the typed collection a converted Any collection
// forwards to, or x itself.
func resolveFwd(x any) any {
	switch v := x.(type) {
	case *List[any]:
		if v != nil && v.fw != nil {
			return v.fw.to
		}
	case *Dict[string, any]:
		if v != nil && v.fw != nil {
			return v.fw.to
		}
	case *Dict[any, any]:
		if v != nil && v.fw != nil {
			return v.fw.to
		}
	}
	return x
}

// collTyped is implemented (on nil receivers too) by *List[T] and
// *Dict[K, V]: the conversion of an Any collection to that type. With dry
// set it only checks; the failure text names the element that does not
// fit ("" when x is not a convertible collection at all).
type collTyped interface {
	collFromAny(x any, dry bool) (v any, ok bool, why string)
}

// convertElem converts one element to T for a collection conversion:
// recursively for collection types, TryAs otherwise.
func convertElem[T any](x any, dry bool) (T, bool, string) {
	if v, ok := x.(T); ok {
		return v, true, ""
	}
	var zero T
	if c, ok := any(zero).(collTyped); ok {
		v, ok, why := c.collFromAny(x, dry)
		if !ok {
			return zero, false, why
		}
		if dry {
			return zero, true, ""
		}
		return v.(T), true, ""
	}
	v, ok := tryAsSlow[T](x)
	return v, ok, ""
}

func (*List[T]) collFromAny(x any, dry bool) (any, bool, string) {
	src, ok := x.(*List[any])
	if !ok || src == nil {
		return nil, false, ""
	}
	if src.fw != nil {
		if t, ok := src.fw.to.(*List[T]); ok {
			return t, true, ""
		}
		return nil, false, ""
	}
	var items []T
	if !dry {
		items = make([]T, len(src.items))
	}
	for i, e := range src.items {
		v, ok, why := convertElem[T](e, dry)
		if !ok {
			if why == "" {
				why = "item " + itoa(int64(i)) + " is " + TypeName(e)
			}
			return nil, false, why
		}
		if !dry {
			items[i] = v
		}
	}
	if dry {
		return nil, true, ""
	}
	t := &List[T]{items: items}
	src.items = nil
	src.fw = &listFwd{to: t}
	return t, true, ""
}

func (*Dict[K, V]) collFromAny(x any, dry bool) (any, bool, string) {
	var src anyDictSource
	switch d := x.(type) {
	case *Dict[string, any]:
		if d == nil {
			return nil, false, ""
		}
		src = d
	case *Dict[any, any]:
		if d == nil {
			return nil, false, ""
		}
		src = d
	default:
		return nil, false, ""
	}
	if fw := src.forward(); fw != nil {
		if t, ok := fw.to.(*Dict[K, V]); ok {
			return t, true, ""
		}
		return nil, false, ""
	}
	var t *Dict[K, V]
	if !dry {
		t = NewDictCap[K, V](int(src.Len()))
	}
	var why string
	ok := true
	src.eachAny(func(k, e any) bool {
		key, kok := TryAs[K](k)
		if !kok {
			ok, why = false, "key "+string(AppendRepr(nil, k))+" is "+TypeName(k)
			return false
		}
		v, vok, w := convertElem[V](e, dry)
		if !vok {
			ok, why = false, w
			if why == "" {
				why = "the value of key " + string(AppendRepr(nil, k)) + " is " + TypeName(e)
			}
			return false
		}
		if !dry {
			t.Set(key, v)
		}
		return true
	})
	if !ok {
		return nil, false, why
	}
	if dry {
		return nil, true, ""
	}
	src.forwardTo(t)
	return t, true, ""
}

// anyDictSource is a dictionary with Any values that can become a
// forwarder.
type anyDictSource interface {
	anyDict
	forward() *dictFwd
	forwardTo(t dictTarget)
}

func (d *Dict[K, V]) forward() *dictFwd { return d.fw }

// forwardTo makes d forward to t, dropping its own entries.
func (d *Dict[K, V]) forwardTo(t dictTarget) {
	d.index, d.entries, d.holes, d.keys = nil, nil, 0, nil
	d.fw = &dictFwd{to: t}
}

// convertColl converts the Any collection x to the collection type T (a
// *List or *Dict type): first a check of every element at every level,
// then the conversion, so a failure changes nothing. why explains a
// failure ("" when x is not a collection T can be made from).
func convertColl[T any](c collTyped, x any) (T, bool, string) {
	var zero T
	if _, ok, why := c.collFromAny(x, true); !ok {
		return zero, false, why
	}
	v, ok, why := c.collFromAny(x, false)
	if !ok {
		return zero, false, why
	}
	return v.(T), true, ""
}
