package rt

import (
	"math"
	"strconv"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// JSON text ⇄ values (`json_stringify`, `json_parse`). The text matches
// Python's json.dumps defaults, which Runa programs were written against:
// `{"a": 1, "b": [1.5, null]}` with ", " and ": " separators, non-ASCII
// characters escaped as \uXXXX, NaN and ±Infinity allowed.

// maxJSONDepth bounds nesting on both sides (a list that contains itself
// would otherwise never end).
const maxJSONDepth = 1000

// JSONStringify implements `json_stringify(v)`: deterministic JSON text.
// None is null; Integers and Floats as numbers (Floats in FloatText form,
// NaN/Infinity/-Infinity as Python writes them); lists as arrays;
// dictionaries as objects in insertion order, non-String keys written as
// their display text (None as "null", Booleans as "true"/"false"); records
// as objects in field order (via Fielder); a DateTime as its display text;
// an Error as {"kind": …, "message": …}. Other values (awaitables,
// processes), a value that contains itself, or nesting deeper than 1000,
// fault (kind "type") at the caller.
//
// For generated code only.
func JSONStringify(v any) string {
	e := jsonEncoders.Get().(*jsonEncoder)
	e.value(v)
	out, fail := string(e.b), e.fail
	if cap(e.b) <= 1<<16 { // a huge buffer is left to the collector
		clear(e.open[:cap(e.open)])
		*e = jsonEncoder{b: e.b[:0], open: e.open[:0]}
		jsonEncoders.Put(e)
	}
	if fail.kind != "" {
		FaultAt(0, fail.kind, fail.msg)
	}
	return out
}

// jsonEncoders recycles encoders, so that writing a value allocates only
// its text.
var jsonEncoders = sync.Pool{New: func() any { return new(jsonEncoder) }}

type jsonEncoder struct {
	b     []byte
	depth int
	open  []any // the containers being written, outermost first
	fail  opFailure
}

func (e *jsonEncoder) failf(msg string) {
	if e.fail.kind == "" {
		e.fail = opFailure{KindType, msg}
	}
}

func (e *jsonEncoder) value(v any) {
	if e.fail.kind != "" {
		return
	}
	switch x := v.(type) {
	case nil:
		e.b = append(e.b, "null"...)
	case string:
		e.b = appendJSONString(e.b, x)
	case int64:
		e.b = strconv.AppendInt(e.b, x, 10)
	case float64:
		e.b = appendJSONFloat(e.b, x)
	case bool:
		e.b = strconv.AppendBool(e.b, x)
	case int:
		e.b = strconv.AppendInt(e.b, int64(x), 10)
	case boxer:
		e.value(x.Box())
	case DateTime:
		e.b = append(e.b, '"')
		e.b = x.AppendRepr(e.b)
		e.b = append(e.b, '"')
	case anyList:
		if !e.enter(x) {
			return
		}
		e.b = append(e.b, '[')
		n := int(x.Len())
		for i := 0; i < n && e.fail.kind == ""; i++ {
			if i > 0 {
				e.b = append(e.b, ", "...)
			}
			e.value(x.elemAny(i))
		}
		e.b = append(e.b, ']')
		e.leave()
	case *Dict[string, any]:
		// What json_parse gives and dictionary literals usually are: the
		// keys need no boxing (the anyDict case below gives the same text).
		if x.fw != nil {
			e.dict(x)
			return
		}
		if !e.enter(x) {
			return
		}
		e.b = append(e.b, '{')
		first := true
		for i := 0; i < len(x.entries) && e.fail.kind == ""; i++ {
			m := &x.entries[i]
			if !m.live {
				continue
			}
			if !first {
				e.b = append(e.b, ", "...)
			}
			first = false
			e.b = appendJSONString(e.b, m.key)
			e.b = append(e.b, ": "...)
			e.value(m.val)
		}
		e.b = append(e.b, '}')
		e.leave()
	case anyDict:
		e.dict(x)
	case Fielder:
		e.record(x, x.FieldNames(), func(name string) any {
			fv, _ := x.FieldAny(name)
			return fv
		})
	case error:
		err := AsError(x)
		e.b = append(e.b, `{"kind": `...)
		e.b = appendJSONString(e.b, err.Kind)
		e.b = append(e.b, `, "message": `...)
		e.b = appendJSONString(e.b, err.Message)
		e.b = append(e.b, '}')
	default:
		d := recordOf(v)
		if d == nil {
			e.failf("cannot convert " + TypeName(v) + " to JSON")
			return
		}
		if d.isNil(v) {
			e.b = append(e.b, "null"...)
			return
		}
		fields := func(name string) any {
			fv, _ := d.fieldAny(v, name)
			return fv
		}
		if d.isVariant() {
			// A sum type's variant: `"Pending"`, `{"Cash": {…}}`.
			if len(d.fieldNames()) == 0 {
				e.b = appendJSONString(e.b, d.typeName())
				return
			}
			e.b = append(e.b, '{')
			e.b = appendJSONString(e.b, d.typeName())
			e.b = append(e.b, ": "...)
			e.record(v, d.fieldNames(), fields)
			e.b = append(e.b, '}')
			return
		}
		e.record(v, d.fieldNames(), fields)
	}
}

// dict writes a dictionary as a JSON object in insertion order.
func (e *jsonEncoder) dict(x anyDict) {
	if !e.enter(x) {
		return
	}
	e.b = append(e.b, '{')
	first := true
	x.eachAny(func(k, val any) bool {
		if !first {
			e.b = append(e.b, ", "...)
		}
		first = false
		e.key(k)
		e.b = append(e.b, ": "...)
		e.value(val)
		return e.fail.kind == ""
	})
	e.b = append(e.b, '}')
	e.leave()
}

// record writes a record as a JSON object of its fields in order; x is
// the record (the key of the cycle check), field gives a field's value.
func (e *jsonEncoder) record(x any, names []string, field func(name string) any) {
	if !e.enter(x) {
		return
	}
	e.b = append(e.b, '{')
	for i, name := range names {
		if i > 0 {
			e.b = append(e.b, ", "...)
		}
		e.b = appendJSONString(e.b, name)
		e.b = append(e.b, ": "...)
		e.value(field(name))
	}
	e.b = append(e.b, '}')
	e.leave()
}

func (e *jsonEncoder) enter(x any) bool {
	for _, o := range e.open {
		if o == x {
			e.failf("cannot convert a value that contains itself to JSON")
			return false
		}
	}
	e.depth++
	if e.depth > maxJSONDepth {
		e.failf("cannot convert to JSON: nesting deeper than 1000")
		return false
	}
	e.open = append(e.open, x)
	return true
}

// leave ends the container entered last.
func (e *jsonEncoder) leave() {
	e.depth--
	e.open = e.open[:len(e.open)-1]
}

// key writes an object key: Python's json.dumps turns scalar keys into
// strings.
func (e *jsonEncoder) key(k any) {
	switch x := unbox(k).(type) {
	case string:
		e.b = appendJSONString(e.b, x)
	case nil:
		e.b = append(e.b, `"null"`...)
	case int64, bool, int:
		e.b = append(e.b, '"')
		e.b = AppendRepr(e.b, x)
		e.b = append(e.b, '"')
	case float64:
		e.b = append(e.b, '"')
		e.b = appendJSONFloat(e.b, x)
		e.b = append(e.b, '"')
	default:
		e.failf("cannot use " + TypeName(k) + " as a JSON object key")
	}
}

func appendJSONFloat(b []byte, f float64) []byte {
	switch {
	case f != f:
		return append(b, "NaN"...)
	case math.IsInf(f, 1):
		return append(b, "Infinity"...)
	case math.IsInf(f, -1):
		return append(b, "-Infinity"...)
	}
	return AppendFloat(b, f)
}

// appendJSONString writes s as Python's json.dumps does with
// ensure_ascii: \" \\ \n \r \t \b \f, other characters below U+0020 and
// every non-ASCII character as \uXXXX (surrogate pairs above U+FFFF).
// Invalid UTF-8 bytes become \ufffd.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\' {
			i++
			continue
		}
		b = append(b, s[start:i]...)
		if c < utf8.RuneSelf {
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		u := func(v rune) {
			b = append(b, '\\', 'u', hex[v>>12&0xf], hex[v>>8&0xf], hex[v>>4&0xf], hex[v&0xf])
		}
		if r > 0xffff {
			r1, r2 := utf16.EncodeRune(r)
			u(r1)
			u(r2)
		} else {
			u(r)
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// JSONParse implements `json_parse(s)`: objects become
// *Dict[string, any] (key order kept; a repeated key keeps its first
// position and its last value), arrays *List[any], integers without
// fraction or exponent int64 (beyond the 64-bit range, float64), other
// numbers float64, true/false bool, null nil. NaN, Infinity and -Infinity
// are accepted, as Python does. Invalid text faults (kind "type",
// "invalid JSON: expecting value at line 1 column 5") at the caller.
//
// For generated code only.
func JSONParse(s string) any {
	p := jsonParser{s: s}
	if m, ok := jsonMembers.Get().(*[]jsonMember); ok {
		p.members = *m
		defer func() {
			if cap(p.members) <= 1024 { // a huge stack is left to the collector
				*m = p.members[:0]
				jsonMembers.Put(m)
			}
		}()
	}
	p.skipSpace()
	v := p.value()
	if p.fail.kind == "" {
		p.skipSpace()
		if p.i < len(p.s) {
			p.failAt("extra data")
		}
	}
	if p.fail.kind != "" {
		FaultAt(0, p.fail.kind, p.fail.msg)
	}
	return v
}

type jsonParser struct {
	s     string
	i     int
	depth int
	fail  opFailure
	// members holds the members of the objects being read, innermost
	// last, so that each dictionary is made once at its final size.
	members []jsonMember
}

// jsonMembers recycles the member stacks of jsonParser.
var jsonMembers = sync.Pool{New: func() any { m := make([]jsonMember, 0, 16); return &m }}

type jsonMember struct {
	key string
	val any
}

func (p *jsonParser) failAt(what string) {
	if p.fail.kind != "" {
		return
	}
	line, col := 1, 1
	for j := 0; j < p.i && j < len(p.s); {
		r, size := utf8.DecodeRuneInString(p.s[j:])
		if r == '\n' {
			line++
			col = 1
		} else {
			col++
		}
		j += size
	}
	p.fail = opFailure{KindType, "invalid JSON: " + what + " at line " + itoa(int64(line)) + " column " + itoa(int64(col))}
}

func (p *jsonParser) skipSpace() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) hasPrefix(lit string) bool {
	return len(p.s)-p.i >= len(lit) && p.s[p.i:p.i+len(lit)] == lit
}

func (p *jsonParser) value() any {
	if p.i >= len(p.s) {
		p.failAt("expecting value")
		return nil
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == '-' || isDigit(c):
		if p.hasPrefix("-Infinity") {
			p.i += len("-Infinity")
			return math.Inf(-1)
		}
		return p.number()
	case p.hasPrefix("true"):
		p.i += 4
		return true
	case p.hasPrefix("false"):
		p.i += 5
		return false
	case p.hasPrefix("null"):
		p.i += 4
		return nil
	case p.hasPrefix("NaN"):
		p.i += 3
		return math.NaN()
	case p.hasPrefix("Infinity"):
		p.i += len("Infinity")
		return math.Inf(1)
	}
	p.failAt("expecting value")
	return nil
}

func (p *jsonParser) enter() bool {
	p.depth++
	if p.depth > maxJSONDepth {
		p.failAt("nesting deeper than 1000")
		return false
	}
	return true
}

func (p *jsonParser) object() any {
	if !p.enter() {
		return nil
	}
	defer func() { p.depth-- }()
	p.i++ // {
	p.skipSpace()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return NewDict[string, any]()
	}
	base := len(p.members)
	defer func() { clear(p.members[base:]); p.members = p.members[:base] }()
	for {
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			p.failAt("expecting property name enclosed in double quotes")
			return nil
		}
		k := p.str()
		if p.fail.kind != "" {
			return nil
		}
		p.skipSpace()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			p.failAt("expecting ':' delimiter")
			return nil
		}
		p.i++
		p.skipSpace()
		v := p.value()
		if p.fail.kind != "" {
			return nil
		}
		p.members = append(p.members, jsonMember{k, v})
		p.skipSpace()
		if p.i < len(p.s) {
			switch p.s[p.i] {
			case ',':
				p.i++
				p.skipSpace()
				continue
			case '}':
				p.i++
				// Set keeps a repeated key at its first position, with its
				// last value.
				members := p.members[base:]
				d := NewDictCap[string, any](len(members))
				for _, m := range members {
					d.Set(m.key, m.val)
				}
				return d
			}
		}
		p.failAt("expecting ',' delimiter")
		return nil
	}
}

func (p *jsonParser) array() any {
	if !p.enter() {
		return nil
	}
	defer func() { p.depth-- }()
	l := &List[any]{}
	p.i++ // [
	p.skipSpace()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return l
	}
	for {
		v := p.value()
		if p.fail.kind != "" {
			return nil
		}
		l.items = append(l.items, v)
		p.skipSpace()
		if p.i < len(p.s) {
			switch p.s[p.i] {
			case ',':
				p.i++
				p.skipSpace()
				continue
			case ']':
				p.i++
				return l
			}
		}
		p.failAt("expecting ',' delimiter")
		return nil
	}
}

func (p *jsonParser) number() any {
	start := p.i
	if p.s[p.i] == '-' {
		p.i++
	}
	switch {
	case p.i < len(p.s) && p.s[p.i] == '0':
		p.i++
	case p.i < len(p.s) && isDigit(p.s[p.i]):
		for p.i < len(p.s) && isDigit(p.s[p.i]) {
			p.i++
		}
	default:
		p.failAt("expecting value")
		return nil
	}
	isFloat := false
	if p.i < len(p.s) && p.s[p.i] == '.' && p.i+1 < len(p.s) && isDigit(p.s[p.i+1]) {
		isFloat = true
		p.i++
		for p.i < len(p.s) && isDigit(p.s[p.i]) {
			p.i++
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		j := p.i + 1
		if j < len(p.s) && (p.s[j] == '+' || p.s[j] == '-') {
			j++
		}
		if j < len(p.s) && isDigit(p.s[j]) {
			isFloat = true
			for j < len(p.s) && isDigit(p.s[j]) {
				j++
			}
			p.i = j
		}
	}
	text := p.s[start:p.i]
	if !isFloat {
		if i, err := strconv.ParseInt(text, 10, 64); err == nil {
			return i
		}
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil && !isRangeErr(err) {
		p.i = start
		p.failAt("invalid number")
		return nil
	}
	return f
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

func (p *jsonParser) str() string {
	p.i++ // opening quote
	start := p.i
	// Fast path: no escapes.
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == '"' {
			s := p.s[start:p.i]
			p.i++
			return s
		}
		if c == '\\' || c < 0x20 {
			break
		}
		p.i++
	}
	b := []byte(p.s[start:p.i])
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return string(b)
		case c < 0x20:
			p.failAt("invalid control character")
			return ""
		case c != '\\':
			b = append(b, c)
			p.i++
			continue
		}
		// escape
		if p.i+1 >= len(p.s) {
			break
		}
		e := p.s[p.i+1]
		p.i += 2
		switch e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				p.failAt("invalid \\uXXXX escape")
				return ""
			}
			if utf16.IsSurrogate(r) {
				// A high surrogate followed by a low one is one character;
				// any other surrogate is replaced by U+FFFD.
				dec := utf8.RuneError
				if p.hasPrefix(`\u`) {
					save := p.i
					p.i += 2
					if r2, ok := p.hex4(); ok {
						dec = utf16.DecodeRune(r, r2)
					}
					if dec == utf8.RuneError {
						p.i = save
					}
				}
				r = dec
			}
			b = utf8.AppendRune(b, r)
		default:
			p.i -= 2
			p.failAt("invalid \\escape")
			return ""
		}
	}
	p.i = start - 1
	p.failAt("unterminated string")
	return ""
}

func (p *jsonParser) hex4() (rune, bool) {
	if len(p.s)-p.i < 4 {
		return 0, false
	}
	v, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(v), true
}
