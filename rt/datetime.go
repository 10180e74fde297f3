package rt

import "time"

// DateTime is a Runa DateTime (`current_datetime()`): an instant. It is a
// small value type and implements Value and Typed.
//
// For generated code only.
type DateTime struct {
	T time.Time
}

// dateTimeLayout is RFC 3339 with exactly three fractional digits; with
// the time in UTC the zone prints as "Z".
const dateTimeLayout = "2006-01-02T15:04:05.000Z07:00"

// Now returns the current instant.
func Now() DateTime { return DateTime{T: time.Now()} }

// String returns the display text, RFC 3339 in UTC with milliseconds
// (2026-11-26T10:00:00.123Z).
func (d DateTime) String() string { return d.T.UTC().Format(dateTimeLayout) }

// AppendRepr appends the display text (unquoted, at every level).
//
// For generated code only.
func (d DateTime) AppendRepr(b []byte) []byte { return d.T.UTC().AppendFormat(b, dateTimeLayout) }

// EqualValue reports whether other is a DateTime of the same instant.
//
// For generated code only.
func (d DateTime) EqualValue(other any) bool {
	o, ok := other.(DateTime)
	return ok && d.T.Equal(o.T)
}

// RunaType returns "DateTime".
//
// For generated code only.
func (DateTime) RunaType() string { return "DateTime" }
