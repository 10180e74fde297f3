package rt

// Helpers for record types: AppendRecord for the Repr of a generated
// RecordType (see recordtype.go), AppendFields and EqualFields for
// hand-written records that implement Record.

// AppendRecord appends the display text of a record, `{"start": 1,
// "stop": 4}`: each field name quoted, then its value's nested display
// text. names and values correspond one to one.
//
// For generated code only.
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
//
// For generated code only.
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
//
// For generated code only.
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
