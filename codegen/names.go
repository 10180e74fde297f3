package codegen

import (
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// reserved are names never emitted for Runa identifiers: Go keywords are
// handled by go/token; these are predeclared identifiers, the packages the
// generated code imports and the generator's own names.
var reserved = map[string]bool{
	// predeclared
	"any": true, "append": true, "bool": true, "byte": true, "cap": true, "clear": true,
	"close": true, "comparable": true, "complex": true, "complex64": true, "complex128": true,
	"copy": true, "delete": true, "error": true, "false": true, "float32": true, "float64": true,
	"imag": true, "int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"iota": true, "len": true, "make": true, "max": true, "min": true, "new": true, "nil": true,
	"panic": true, "print": true, "println": true, "real": true, "recover": true, "rune": true,
	"string": true, "true": true, "uint": true, "uint8": true, "uint16": true, "uint32": true,
	"uint64": true, "uintptr": true,
	// packages generated code or its readers commonly refer to (the
	// imported ones are added from importNames in init)
	"fmt": true, "iter": true, "strconv": true, "utf8": true, "os": true,
	// the generator's own names
	"ctx": true, "err": true, "init": true, "main": true, "run": true, "_": true,
	"cancel": true, "cleanup": true, "depth": true, "ctl": true, "ret": true, "yield": true,
}

func init() {
	for _, n := range importNames {
		reserved[n] = true
	}
}

// initialisms are written in capitals inside Go names (Go code review
// conventions), e.g. user_id → userID.
var initialisms = map[string]bool{
	"api": true, "ascii": true, "cpu": true, "css": true, "dns": true, "eof": true, "html": true,
	"http": true, "https": true, "id": true, "ip": true, "json": true, "sql": true, "tcp": true,
	"tls": true, "ttl": true, "udp": true, "ui": true, "uid": true, "uri": true, "url": true,
	"utf8": true, "uuid": true, "xml": true,
}

// camel converts a snake_case Runa name to lowerCamel (upper when export).
// A dot or slash (module paths, `S.V`) separates words too.
func camel(name string, export bool) string {
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '_' || r == '.' || r == '/' })
	var b strings.Builder
	for i, p := range parts {
		if p == "" {
			continue
		}
		r := []rune(p)
		if i == 0 && !export && b.Len() == 0 {
			r[0] = unicode.ToLower(r[0])
		} else if initialisms[strings.ToLower(p)] {
			r = []rune(strings.ToUpper(p)) // Go style: userID, fetchURL
		} else {
			r[0] = unicode.ToUpper(r[0])
		}
		b.WriteString(string(r))
	}
	s := b.String()
	// Keep what Go allows in an identifier (process names are free text).
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
	if s == "" || !unicode.IsLetter([]rune(s)[0]) {
		s = "p" + s
	}
	if !export {
		r := []rune(s)
		r[0] = unicode.ToLower(r[0])
		s = string(r)
	}
	return s
}

// namer hands out Go identifiers: deterministic, unique within a scope,
// never a keyword or reserved name.
type namer struct {
	used   map[string]bool
	parent *namer // names taken in enclosing scopes (not copied)
	// next is the first suffix worth trying for a base name: the ones
	// below it are taken (so n temporaries of one base cost O(n), not
	// O(n²)).
	next map[string]int
	// log records every name handed out, so that a speculative lowering
	// that is thrown away can give its names back (mark, rollback).
	log []taken
}

// taken is one entry of a namer's log: the name, its base and the base's
// next suffix before it was handed out.
type taken struct {
	name, base string
	next       int
	hadNext    bool
}

// mark returns a point to roll back to.
func (n *namer) mark() int { return len(n.log) }

// rollback gives back every name handed out since mark m, except those
// keep reports still in use, so that the lowering that follows takes them
// again: a lowering thrown away leaves no gap in the numbering (tasks,
// tasks2, never tasks3 alone). Rolling back past a kept name stops there.
func (n *namer) rollback(m int, keep func(string) bool) {
	for i := len(n.log) - 1; i >= m; i-- {
		e := n.log[i]
		if keep(e.name) {
			n.log = n.log[:i+1]
			return
		}
		delete(n.used, e.name)
		if e.hadNext {
			n.next[e.base] = e.next
		} else {
			delete(n.next, e.base)
		}
	}
	n.log = n.log[:m]
}

func newNamer(parent *namer) *namer {
	return &namer{used: map[string]bool{}, parent: parent, next: map[string]int{}}
}

// taken reports whether s is used here or in an enclosing scope.
func (n *namer) taken(s string) bool {
	for ; n != nil; n = n.parent {
		if n.used[s] {
			return true
		}
	}
	return false
}

// name returns a fresh identifier based on want.
func (n *namer) name(want string) string {
	base := want
	if token.IsKeyword(base) || reserved[base] {
		base += "_"
	}
	s := base
	prev, had := n.next[base]
	n.log = append(n.log, taken{base: base, next: prev, hadNext: had})
	if n.taken(s) {
		i := max(n.next[base], 2)
		for s = base + strconv.Itoa(i); n.taken(s); i++ {
			s = base + strconv.Itoa(i+1)
		}
		n.next[base] = i + 1
	}
	n.used[s] = true
	n.log[len(n.log)-1].name = s
	return s
}
