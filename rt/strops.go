package rt

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The Level 2 string operations (level2.md §7.1). Positions count
// characters (code points), as everywhere in Runa.

// Trim implements `s trimmed`: s without whitespace at both ends, where
// whitespace is what Python's str.isspace accepts (Unicode White_Space
// plus the separators U+001C–U+001F).
//
// For generated code only.
func Trim(s string) string { return strings.TrimFunc(s, isSpace) }

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

// Upper implements `s converted to uppercase`: each character by its
// simple Unicode case mapping ("ß" is unchanged).
//
// For generated code only.
func Upper(s string) string { return strings.Map(unicode.ToUpper, s) }

// Lower implements `s converted to lowercase`: each character by its
// simple Unicode case mapping.
//
// For generated code only.
func Lower(s string) string { return strings.Map(unicode.ToLower, s) }

// Split implements `s split by d`: s cut at every occurrence of d
// (Python's s.split(d)). An empty d faults (kind "type").
//
// For generated code only.
func Split(s, d string) *List[string] {
	if d == "" {
		FaultAt(0, KindType, "split by an empty separator")
	}
	return ListOf(strings.Split(s, d))
}

// SplitLimit implements `s split by d with limit n`: at most n parts, the
// last holding the rest (Python's s.split(d, n-1)). An empty d or n < 1
// faults (kind "type").
//
// For generated code only.
func SplitLimit(s, d string, n int64) *List[string] {
	if d == "" {
		FaultAt(0, KindType, "split by an empty separator")
	}
	if n < 1 {
		FaultAt(0, KindType, "split limit must be at least 1")
	}
	if n > int64(len(s))+1 {
		n = int64(len(s)) + 1 // more parts than bytes cannot happen
	}
	return ListOf(strings.SplitN(s, d, int(n)))
}

// Substring implements `s substring from a` (to the end).
//
// For generated code only.
func Substring(s string, a int64) string {
	return SubstringTo(s, a, int64(utf8.RuneCountInString(s)))
}

// SubstringTo implements `s substring from a to b`: characters a … b−1
// with Python's slice rules (a negative position counts from the end,
// positions out of range are clamped, a ≥ b gives "").
//
// For generated code only.
func SubstringTo(s string, a, b int64) string {
	n := int64(utf8.RuneCountInString(s))
	a, b = clampSlice(a, n), clampSlice(b, n)
	if a >= b {
		return ""
	}
	start, end := len(s), len(s)
	i := int64(0)
	for off := range s {
		if i == a {
			start = off
		}
		if i == b {
			end = off
			break
		}
		i++
	}
	return s[start:end]
}

// clampSlice maps a Python slice position onto 0 … n.
func clampSlice(i, n int64) int64 {
	if i < 0 {
		i += n
		if i < 0 {
			return 0
		}
	}
	if i > n {
		return n
	}
	return i
}

// StrIndexOf implements `index of sub in s`: the character position of
// the first occurrence of sub in s, or -1 (0 for an empty sub).
//
// For generated code only.
func StrIndexOf(sub, s string) int64 {
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return int64(utf8.RuneCountInString(s[:i]))
}

// Join implements `join(l, sep)`: the display texts of l's items (strings
// unquoted) separated by sep.
//
// For generated code only.
func Join[T any](l *List[T], sep string) string {
	items := l.Items()
	if ss, ok := any(items).([]string); ok {
		return strings.Join(ss, sep) // a String's display text is itself
	}
	texts := make([]string, len(items))
	for i, x := range items {
		texts[i] = Text(any(x))
	}
	return strings.Join(texts, sep)
}

// AnyJoin implements `join(l, sep)` on an Any l, which must be a List.
//
// For generated code only.
func AnyJoin(l any, sep string) string {
	c, ok := l.(anyList)
	if !ok {
		FaultAt(0, KindType, "join needs a List, not "+TypeName(l))
	}
	elems := c.elemsAny()
	texts := make([]string, len(elems))
	for i, x := range elems {
		texts[i] = Text(x)
	}
	return strings.Join(texts, sep)
}
