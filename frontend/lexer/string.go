package lexer

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Unquote decodes a string literal's source text (with its quotes). It
// accepts the escapes of spec §1: \\ \" \n \t \r and \u{HEX} (1–6 hex
// digits naming a valid Unicode scalar value). An unterminated literal is
// decoded up to its end. ok is false when an escape is invalid; the
// invalid escape is then kept as written.
func Unquote(raw string) (s string, ok bool) {
	if len(raw) > 0 && raw[0] == '"' {
		raw = raw[1:]
	}
	if len(raw) > 0 && raw[len(raw)-1] == '"' && !escapedQuoteAtEnd(raw) {
		raw = raw[:len(raw)-1]
	}
	if strings.IndexByte(raw, '\\') < 0 {
		return raw, true
	}
	var b strings.Builder
	b.Grow(len(raw))
	ok = true
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		n, r, good := escapeAt(raw, i)
		if !good {
			ok = false
			b.WriteString(raw[i : i+n])
		} else {
			b.WriteRune(r)
		}
		i += n - 1
	}
	return b.String(), ok
}

// escapedQuoteAtEnd reports whether the final '"' of s is escaped by an odd
// run of backslashes (so s has no closing quote).
func escapedQuoteAtEnd(s string) bool {
	n := 0
	for i := len(s) - 2; i >= 0 && s[i] == '\\'; i-- {
		n++
	}
	return n%2 == 1
}

// escapeAt decodes the escape starting at s[i] == '\\'. It returns the
// escape's length in bytes (at least 1), the rune and whether it is valid.
func escapeAt(s string, i int) (n int, r rune, ok bool) {
	if i+1 >= len(s) {
		return 1, 0, false
	}
	switch s[i+1] {
	case '\\':
		return 2, '\\', true
	case '"':
		return 2, '"', true
	case 'n':
		return 2, '\n', true
	case 't':
		return 2, '\t', true
	case 'r':
		return 2, '\r', true
	case 'u':
		if i+2 >= len(s) || s[i+2] != '{' {
			return 2, 0, false
		}
		end := strings.IndexByte(s[i+3:], '}')
		if end < 1 || end > 6 {
			if end < 0 {
				return 3, 0, false
			}
			return 3 + end + 1, 0, false
		}
		hex := s[i+3 : i+3+end]
		v, err := strconv.ParseUint(hex, 16, 32)
		n = 3 + end + 1
		if err != nil || !utf8.ValidRune(rune(v)) {
			return n, 0, false
		}
		return n, rune(v), true
	}
	_, size := utf8.DecodeRuneInString(s[i+1:])
	return 1 + size, 0, false
}
