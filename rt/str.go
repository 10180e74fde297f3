package rt

import "unicode/utf8"

// String helpers: Runa counts and indexes strings by character (Unicode
// code point), not by byte.

// StrLen returns the number of characters of s (`length of s`).
//
// For generated code only.
func StrLen(s string) int64 { return int64(utf8.RuneCountInString(s)) }

// CharAt returns the character at position i of s (`s[i]`) as a String.
// Out of range faults (kind "index", "string index 5 out of range for
// length 2") at the caller.
//
// For generated code only.
func CharAt(s string, i int64) string {
	ch, ok := charAt(s, i)
	if !ok {
		FaultAt(0, KindIndex, "string index "+itoa(i)+" out of range for length "+itoa(StrLen(s)))
	}
	return ch
}

func charAt(s string, i int64) (string, bool) {
	if i < 0 {
		return "", false
	}
	for off := range s {
		if i == 0 {
			_, size := utf8.DecodeRuneInString(s[off:])
			return s[off : off+size], true
		}
		i--
	}
	return "", false
}

// Chars returns the characters of s in order (`For each c in s`), each a
// substring of s (no copying).
//
// For generated code only.
func Chars(s string) []string {
	out := make([]string, 0, len(s))
	for off := 0; off < len(s); {
		_, size := utf8.DecodeRuneInString(s[off:])
		out = append(out, s[off:off+size])
		off += size
	}
	return out
}
