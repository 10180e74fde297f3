package rt

import (
	"bufio"
	"io"
	"math"
	"os"
	"strconv"
	"sync"
	"unicode/utf8"
)

// Text returns the top-level display text of v (spec §6.4), as Display
// and `followed by` use it: a String is its characters, unquoted; an error
// is its message; every other value is its nested form (AppendRepr).
//
// For generated code only.
func Text(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return FloatText(x)
	case bool:
		if x {
			return "true"
		}
		return "false"
	case nil:
		return "None"
	}
	return string(AppendRepr(nil, v))
}

// AppendRepr appends the nested display text of v: strings quoted (see
// AppendQuoted), Integers in decimal, Floats as FloatText, Booleans
// true/false, None as None, an Error as its message, and values
// implementing AppendRepr (Value: lists, dictionaries, records, DateTime,
// async types) through that method. Number and Opt display as the value
// they hold. Anything else shows as `<TypeName>`. A list, dictionary or
// record met again inside itself shows as `[...]` or `{...}`.
//
// For generated code only.
func AppendRepr(b []byte, v any) []byte {
	switch x := v.(type) {
	case string:
		return AppendQuoted(b, x)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case float64:
		return AppendFloat(b, x)
	case bool:
		return strconv.AppendBool(b, x)
	case nil:
		return append(b, "None"...)
	case Number:
		if x.IsFloat() {
			return AppendFloat(b, x.Float64())
		}
		return strconv.AppendInt(b, x.Int64(), 10)
	case reprer:
		if container(x) {
			return appendReprGuarded(b, x)
		}
		return x.AppendRepr(b)
	case *Error:
		if x == nil {
			return append(b, "None"...)
		}
		return append(b, x.Message...)
	case error:
		return append(b, x.Error()...)
	case boxer:
		return AppendRepr(b, x.Box())
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	}
	if d := recordOf(v); d != nil {
		if d.isNil(v) {
			return append(b, "None"...)
		}
		if !reprCycles.enter(v) {
			return append(b, "{...}"...)
		}
		defer reprCycles.leave(v)
		return d.appendRepr(b, v)
	}
	b = append(b, '<')
	b = append(b, TypeName(v)...)
	return append(b, '>')
}

// AppendQuoted appends s as a quoted Runa string literal (spec §6.4): `"`
// and `\` escaped, \n \t \r for those characters, \u00XX (lower-case hex)
// for the other control characters (C0, DEL and C1), every other character
// as is. Bytes that are not valid UTF-8 are copied unchanged.
//
// For generated code only.
func AppendQuoted(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			i++
			continue
		}
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || r > 0x9f {
				i += size
				continue
			}
		}
		b = append(b, s[start:i]...)
		switch r {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, '\\', 't')
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[r>>4], hex[r&0xf])
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// FloatText returns the display text of a Float, as Python's repr writes
// it: the shortest digits that round-trip; exponent form for magnitudes
// from 1e16 up and below 1e-4 (`1e+16`, `1e-05`, `2.5e+300`); otherwise
// positional with at least one fractional digit (`1000000.0`, `2.0`,
// `-0.0`); `inf`, `-inf` and `nan` for the special values.
//
// For generated code only.
func FloatText(f float64) string {
	var buf [32]byte
	return string(AppendFloat(buf[:0], f))
}

// AppendFloat appends FloatText(f) to b.
//
// For generated code only.
func AppendFloat(b []byte, f float64) []byte {
	switch {
	case f != f:
		return append(b, "nan"...)
	case math.IsInf(f, 1):
		return append(b, "inf"...)
	case math.IsInf(f, -1):
		return append(b, "-inf"...)
	case f == 0:
		if math.Signbit(f) {
			return append(b, "-0.0"...)
		}
		return append(b, "0.0"...)
	}
	if a := math.Abs(f); a >= 1e16 || a < 1e-4 {
		return strconv.AppendFloat(b, f, 'e', -1, 64)
	}
	start := len(b)
	b = strconv.AppendFloat(b, f, 'f', -1, 64)
	for _, c := range b[start:] {
		if c == '.' {
			return b
		}
	}
	return append(b, '.', '0')
}

// IntText returns the display text of an Integer (decimal).
//
// For generated code only.
func IntText(i int64) string { return strconv.FormatInt(i, 10) }

// itoa is IntText for rt's own messages.
func itoa(i int64) string { return strconv.FormatInt(i, 10) }

// BoolText returns "true" or "false".
//
// For generated code only.
func BoolText(v bool) string {
	if v {
		return "true"
	}
	return "false"
}

// display is the output of Display. Writes are whole lines under the
// mutex, so concurrent callers never interleave within a line.
//
// In a program (rt.Main) output is buffered, except on a terminal where
// each line is flushed at once (as a Python program's stdout is
// line-buffered on a tty); buffered lines are written by Flush, a full
// buffer, SetOutput, or the loop going idle (spec §8.0). In library mode
// (generated packages called from Go, no rt.Main) every line is written
// through at once: nothing would flush a buffer there.
var display struct {
	mu      sync.Mutex
	init    bool
	w       *bufio.Writer
	eager   bool
	tty     bool // w is a terminal
	program bool // rt.Main runs: buffer the output
}

func displayInit() {
	if display.init {
		return
	}
	display.init = true
	display.w = bufio.NewWriterSize(os.Stdout, 64<<10)
	fi, err := os.Stdout.Stat()
	display.tty = err == nil && fi.Mode()&os.ModeCharDevice != 0
	display.eager = display.tty || !display.program
}

// bufferDisplay makes Display buffer its output (program mode: Main).
func bufferDisplay() {
	display.mu.Lock()
	display.program = true
	display.eager = display.tty
	display.mu.Unlock()
}

// Display implements the Display statement: it writes parts separated by
// one space and followed by a newline to standard output as one line.
// Callers pass display texts (Text, IntText, FloatText or a string).
// Safe for concurrent use; output is buffered (see Flush).
//
// For generated code only.
func Display(parts ...string) {
	display.mu.Lock()
	displayInit()
	w := display.w
	for i, p := range parts {
		if i > 0 {
			w.WriteByte(' ')
		}
		w.WriteString(p)
	}
	w.WriteByte('\n')
	if display.eager {
		w.Flush()
	}
	display.mu.Unlock()
}

// Prompt writes p to standard output without a newline, after the
// pending Display output, and flushes it: the prompt of input.
//
// For generated code only.
func Prompt(p string) {
	display.mu.Lock()
	displayInit()
	display.w.WriteString(p)
	display.w.Flush()
	display.mu.Unlock()
}

// Flush writes buffered Display output. rt.Main calls it at exit and
// before reporting an error on standard error, and the loop whenever it
// goes idle (every task waits); Go code embedding a
// generated package may call it whenever it needs the output visible.
func Flush() {
	display.mu.Lock()
	if display.init {
		display.w.Flush()
	}
	display.mu.Unlock()
}

// flushPending is Flush when output is pending: the loop calls it when it
// goes idle (spec §8.0), so a program that waits streams its output.
func flushPending() {
	display.mu.Lock()
	if display.init && display.w.Buffered() > 0 {
		display.w.Flush()
	}
	display.mu.Unlock()
}

// SetOutput flushes pending Display output and sends further output to w
// (standard output again when w is nil). In library mode every line is
// written to w at once; in a program (rt.Main) lines are buffered and
// written by Flush, SetOutput, a full buffer or the loop going idle. For
// Go programs that embed generated code and capture what it displays,
// and for tests.
func SetOutput(w io.Writer) {
	display.mu.Lock()
	defer display.mu.Unlock()
	if display.init {
		display.w.Flush()
	}
	display.init = true
	if w == nil {
		display.init = false
		displayInit()
		return
	}
	display.w = bufio.NewWriterSize(w, 64<<10)
	display.tty = false
	display.eager = !display.program
}
