package rt

// Helpers for generated record types. A record `Type Span is Dictionary
// with: start as Integer, stop as Integer` becomes a Go struct used by
// pointer that implements Record in a few lines per method:
//
//	type Span struct {
//		Start int64 `json:"start"`
//		Stop  int64 `json:"stop"`
//	}
//
//	var spanFields = []string{"start", "stop"}
//
//	func (*Span) RunaType() string       { return "Span" }
//	func (*Span) FieldNames() []string   { return spanFields }
//	func (r *Span) AppendRepr(b []byte) []byte {
//		return rt.AppendRecord(b, spanFields, r.Start, r.Stop)
//	}
//	func (r *Span) EqualValue(o any) bool {
//		p, ok := o.(*Span)
//		return ok && p != nil && (p == r || r.Start == p.Start && r.Stop == p.Stop)
//	}
//	func (r *Span) FieldAny(name string) (any, bool) {
//		switch name {
//		case "start":
//			return r.Start, true
//		case "stop":
//			return r.Stop, true
//		}
//		return nil, false
//	}
//	func (r *Span) SetFieldAny(name string, v any) (ok bool) {
//		switch name {
//		case "start":
//			r.Start, ok = rt.TryAs[int64](v)
//		...
//
// (a failed TryAs must leave the field unchanged: assign through a
// temporary). Fields of Optional scalar type box with .Box(); fields whose
// values are not scalars compare with rt.Equal in EqualValue. Fields are
// displayed, compared and turned into JSON in declaration order.

// AppendRecord appends the display text of a record, `{"start": 1,
// "stop": 4}`: each field name quoted, then its value's nested display
// text. names and values correspond one to one.
func AppendRecord(b []byte, names []string, values ...any) []byte {
	b = append(b, '{')
	for i, name := range names {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = AppendQuoted(b, name)
		b = append(b, ": "...)
		if i < len(values) {
			b = AppendRepr(b, values[i])
		} else {
			b = append(b, "None"...)
		}
	}
	return append(b, '}')
}

// AppendFields appends the display text of any Fielder through FieldNames
// and FieldAny (for hand-written records; generated ones use
// AppendRecord, which does not look fields up by name).
func AppendFields(b []byte, r Fielder) []byte {
	b = append(b, '{')
	for i, name := range r.FieldNames() {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = AppendQuoted(b, name)
		b = append(b, ": "...)
		v, _ := r.FieldAny(name)
		b = AppendRepr(b, v)
	}
	return append(b, '}')
}

// EqualFields reports field-wise deep equality of the record r with
// other: other must be a Fielder of the same Runa type (when both are
// Typed) with the same field names, and every field Equal.
func EqualFields(r Fielder, other any) bool {
	o, ok := other.(Fielder)
	if !ok || o == nil {
		return false
	}
	if rtyp, ok := r.(Typed); ok {
		otyp, ok := o.(Typed)
		if !ok || rtyp.RunaType() != otyp.RunaType() {
			return false
		}
	}
	names, onames := r.FieldNames(), o.FieldNames()
	if len(names) != len(onames) {
		return false
	}
	for i, name := range names {
		if onames[i] != name {
			return false
		}
		a, _ := r.FieldAny(name)
		b, _ := o.FieldAny(name)
		if !Equal(a, b) {
			return false
		}
	}
	return true
}
