package rt

import (
	"math"
	"strconv"
	"strings"
)

// ToString implements `to_string(v)`: the display text of v (Text).
//
// For generated code only.
func ToString(v any) string { return Text(v) }

// ToInteger implements `to_integer(s)` as Python's int(s): optional
// surrounding whitespace, an optional sign, decimal digits with single
// underscores allowed between them. Anything else, or a value outside the
// 64-bit range, faults (kind "type", `cannot convert "abc" to Integer`) at
// the caller.
//
// For generated code only.
func ToInteger(s string) int64 {
	i, ok := parseInteger(s)
	if !ok {
		FaultAt(0, KindType, "cannot convert "+string(AppendQuoted(nil, s))+" to Integer")
	}
	return i
}

// ToFloat implements `to_float(s)` as Python's float(s): optional
// surrounding whitespace, a decimal number with optional exponent (single
// underscores allowed between digits), or inf/infinity/nan in any case,
// with an optional sign. Values beyond the Float range become ±inf. Bad
// input faults (kind "type", `cannot convert "abc" to Float`) at the
// caller.
//
// For generated code only.
func ToFloat(s string) float64 {
	f, ok := parseFloat(s)
	if !ok {
		FaultAt(0, KindType, "cannot convert "+string(AppendQuoted(nil, s))+" to Float")
	}
	return f
}

// ToIntegerAny is `to_integer(v)` for an Any argument: a String is parsed
// as ToInteger; an Integer is itself; a Float is truncated toward zero
// (NaN and infinities fault); a Boolean is 0 or 1. Other values fault
// (kind "type").
//
// For generated code only.
func ToIntegerAny(v any) int64 {
	switch x := unbox(v).(type) {
	case string:
		i, ok := parseInteger(x)
		if !ok {
			FaultAt(0, KindType, "cannot convert "+string(AppendQuoted(nil, x))+" to Integer")
		}
		return i
	case int64:
		return x
	case float64:
		if x != x || x >= 0x1p63 || x < -0x1p63 {
			FaultAt(0, KindType, "cannot convert "+FloatText(x)+" to Integer")
		}
		return int64(x)
	case bool:
		if x {
			return 1
		}
		return 0
	}
	FaultAt(0, KindType, "cannot convert "+TypeName(v)+" to Integer")
	return 0
}

// ToFloatAny is `to_float(v)` for an Any argument: a String is parsed as
// ToFloat; an Integer or Float converts; a Boolean is 0.0 or 1.0. Other
// values fault (kind "type").
//
// For generated code only.
func ToFloatAny(v any) float64 {
	switch x := unbox(v).(type) {
	case string:
		f, ok := parseFloat(x)
		if !ok {
			FaultAt(0, KindType, "cannot convert "+string(AppendQuoted(nil, x))+" to Float")
		}
		return f
	case int64:
		return float64(x)
	case float64:
		return x
	case bool:
		if x {
			return 1
		}
		return 0
	}
	FaultAt(0, KindType, "cannot convert "+TypeName(v)+" to Float")
	return 0
}

// pyTrim trims what Python's int()/float() ignore around a number.
func pyTrim(s string) string { return strings.TrimSpace(s) }

// stripUnderscores removes single underscores that sit between two
// digits; ok is false for any other underscore.
func stripUnderscores(s string) (string, bool) {
	if !strings.Contains(s, "_") {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if i == 0 || i == len(s)-1 || !isDigit(s[i-1]) || !isDigit(s[i+1]) {
				return "", false
			}
			continue
		}
		b = append(b, c)
	}
	return string(b), true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func parseInteger(s string) (int64, bool) {
	s = pyTrim(s)
	body := s
	if body != "" && (body[0] == '+' || body[0] == '-') {
		body = body[1:]
	}
	if body == "" || !isDigit(body[0]) {
		return 0, false
	}
	s, ok := stripUnderscores(s)
	if !ok {
		return 0, false
	}
	i, err := strconv.ParseInt(s, 10, 64)
	return i, err == nil
}

func parseFloat(s string) (float64, bool) {
	s = pyTrim(s)
	body := s
	if body != "" && (body[0] == '+' || body[0] == '-') {
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity", "nan":
		f, err := strconv.ParseFloat(s, 64)
		return f, err == nil
	}
	// Only decimal syntax: digits, one '.', an exponent. (strconv would
	// also accept hexadecimal floats, which Python's float() does not.)
	if body == "" {
		return 0, false
	}
	digits := false
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case isDigit(c):
			digits = true
		case c == '.' || c == '_' || c == 'e' || c == 'E' || c == '+' || c == '-':
		default:
			return 0, false
		}
	}
	if !digits {
		return 0, false
	}
	s, ok := stripUnderscores(s)
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && !math.IsNaN(f) {
			return f, true // ±inf on overflow, 0 on underflow, as Python
		}
		return 0, false
	}
	return f, true
}
