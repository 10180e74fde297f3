package parser

import (
	"strings"

	"github.com/runa2go/runa2go/frontend/lexer"
)

// reserved are the words that are never a variable, parameter or process
// name (spec §1). Any word may still be a record field or dictionary key.
var reserved = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Let Set If Otherwise While For Break Continue Return
		Display Add Remove Match When Try Catch Finally Throw With Yield Type Process Async
		Generator Context Manager Resolve Reject Import be to as with and or not is in each
		called that takes returns containing plus minus multiplied divided by modulo followed
		from true false None await parallel_await race_await new
		Lambda Map Filter Reduce Sort Then Memoized Noop OR`) {
		reserved[w] = true // the last line: Level 2 §1, a change for Level 1 programs (§16)
	}
}

// soft are reserved words that still parse as a name where a name is
// expected and no phrase can start: real programs use them as parameter
// names (`that takes counter and by`). The checker may still reject them.
var soft = map[string]bool{
	"by": true, "from": true, "each": true, "called": true, "that": true,
	"takes": true, "returns": true, "containing": true,
}

// isName reports whether w can be a name: not reserved, or only softly.
func isName(w string) bool { return !reserved[w] || soft[w] }

// anyParams marks a builtin that accepts any further named argument.
const anyParams = "*"

// builtins are the builtins with the named parameters they declare (spec
// §9), which decide which call a named argument belongs to. The checker's
// table (check.Builtins) is the definition; TestBuiltinsMatchChecker keeps
// this list equal to it (the parser does not import the checker).
var builtins = map[string][]string{
	"args":                 nil,
	"async_lock":           {"name"},
	"await_cancellable":    {"operation", "token"},
	"await_with_timeout":   {"operation", "timeout_seconds"},
	"cancel":               {"token"},
	"convert_to_awaitable": {"promise"},
	"current_datetime":     nil,
	"env":                  {"name"},
	"file_exists":          {"path"},
	"http_get":             {"url", "headers", "timeout"},
	"http_post":            {"url", "body", "headers", "timeout"},
	"http_request":         {"method", "url", "headers", "body", "timeout"},
	"input":                {"prompt"},
	"is_cancelled":         {"token"},
	"join":                 {"items", "separator"},
	"json_parse":           {"text"},
	"json_stringify":       {"value"},
	"list_files":           {"path"},
	"log_event":            {"message", anyParams},
	"new_cancel_token":     nil,
	"parallel_await":       {"tasks"},
	"race_await":           {"tasks"},
	"random_integer":       {"low", "high"},
	"read_file":            {"path"},
	"read_lines":           {"path"},
	"sleep":                {"seconds"},
	"sleep_until":          {"time"},
	"to_float":             {"value"},
	"to_integer":           {"value"},
	"to_string":            {"value"},
	"write_file":           {"path", "content"},
}

// isIdentifier reports whether s has the form of an identifier,
// [A-Za-z_][A-Za-z0-9_]* (spec §1).
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// CallableName is the name a process is called by: the text of its
// `called "…"` literal with spaces replaced by '_' (spec §1).
func CallableName(literal string) string { return strings.ReplaceAll(literal, " ", "_") }

// prescan is the first pass: it collects every process (callable name and
// parameter names) and every record type of the program, wherever they
// are declared, so that calls may precede definitions.
func (p *parser) prescan() {
	p.procs = map[string][]string{}
	p.records = map[string]bool{}
	p.paramTypes = map[string][]tokRange{}
	p.aliases = map[string]tokRange{}
	toks := p.toks
	word := func(j int, w string) bool {
		return j < len(toks) && toks[j].Kind == lexer.Word && toks[j].Text(p.src) == w
	}
	for i := 0; i < len(toks); i++ {
		switch {
		case word(i, "Process") && word(skipBrackets(toks, i+1), "called") && skipBrackets(toks, i+1)+1 < len(toks) && toks[skipBrackets(toks, i+1)+1].Kind == lexer.String:
			k := skipBrackets(toks, i+1) + 1
			name, _ := lexer.Unquote(toks[k].Text(p.src))
			p.addSpaced(name)
			name = CallableName(name)
			var params []string
			var types []tokRange         // each parameter's written type, if any
			j := skipBrackets(toks, k+1) // a generic process's [T, …]
			if word(j, "that") && word(j+1, "takes") {
				j += 2
				expectName := true
				depth := 0
				// end closes the type of the last parameter at token k.
				end := func(k int) {
					if n := len(types); n > 0 && types[n-1].lo > 0 && types[n-1].hi == 0 {
						types[n-1].hi = k
						if toks[types[n-1].lo-1].Kind == lexer.LParen && toks[k-1].Kind == lexer.RParen {
							types[n-1].hi = k - 1 // inside `NAME (TYPE)`
						}
					}
				}
			scan:
				for ; j < len(toks); j++ {
					t := toks[j]
					switch t.Kind {
					case lexer.Newline, lexer.EOF, lexer.Colon:
						if depth == 0 {
							break scan
						}
					case lexer.LBrack, lexer.LParen:
						if depth == 0 && t.Kind == lexer.LParen && !expectName && len(types) > 0 && types[len(types)-1].lo == 0 && j > 0 && toks[j-1].Kind == lexer.Word {
							types[len(types)-1].lo = j + 1 // `NAME (TYPE)`
						}
						depth++
					case lexer.RBrack, lexer.RParen:
						depth--
					case lexer.Comma:
						if depth == 0 {
							end(j)
							expectName = true
						}
					case lexer.Word:
						w := t.Text(p.src)
						if depth == 0 && w == "returns" {
							break scan
						}
						switch {
						case depth == 0 && w == "and":
							end(j)
							expectName = true
						case expectName && depth == 0:
							params = append(params, w)
							types = append(types, tokRange{})
							expectName = false
						case depth == 0 && w == "as" && len(types) > 0 && types[len(types)-1].lo == 0:
							types[len(types)-1].lo = j + 1
						}
					}
				}
				end(j)
			}
			if _, dup := p.procs[name]; !dup {
				p.procs[name] = params
				p.paramTypes[name] = types
			}
			i = j - 1
		case word(i, "Type") && i+1 < len(toks) && toks[i+1].Kind == lexer.Word && word(skipBrackets(toks, i+2), "is") && word(skipBrackets(toks, i+2)+1, "Dictionary") && word(skipBrackets(toks, i+2)+2, "with"):
			p.records[toks[i+1].Text(p.src)] = true
		case word(i, "Type") && i+1 < len(toks) && toks[i+1].Kind == lexer.Word && word(i+2, "is"):
			j := i + 3
			for j < len(toks) && toks[j].Kind != lexer.Newline && toks[j].Kind != lexer.EOF {
				j++
			}
			p.aliases[toks[i+1].Text(p.src)] = tokRange{lo: i + 3, hi: j}
			i = j - 1
		}
	}
}

// callable reports whether name is a process of the program or a builtin.
func (p *parser) callable(name string) bool {
	if _, ok := p.procs[name]; ok {
		return true
	}
	_, ok := builtins[name]
	return ok
}

// openCall is a call whose argument list is being parsed, or (display)
// the parts of a Display statement.
type openCall struct {
	name string
	// arity is the callee's parameter count, -1 when unknown (Level 2 §2.3).
	arity int
	// given counts the positional items read so far.
	given int
	// record marks an inline record literal: c.name is the type (Level 2 §3.2).
	record bool
	// display marks the parts of a Display statement: any `with WORD as`
	// that no call declares starts the next part (Level 2 §3.4).
	display bool
}

// accepts reports whether the callee of c declares the named parameter
// param, introduced by `with` (with) or `and`. A callee that is not a
// known process or builtin (a process held in a variable) may declare
// anything; a Display takes any label after `with`.
func (p *parser) accepts(c *openCall, param string, with bool) bool {
	if c.display {
		return with
	}
	params, ok := p.procs[c.name]
	if v, isVar := p.scopeVar(c.name); isVar && !c.record {
		if !v.pv || !v.named {
			return true
		}
		params, ok = v.params, true
	}
	if c.record {
		params, ok = p.fieldNames[c.name]
	}
	if !ok {
		params, ok = builtins[c.name]
		if !ok {
			return true
		}
	}
	for _, q := range params {
		if q == param || q == anyParams {
			return true
		}
	}
	return false
}

// owner returns the innermost open call that takes the argument named
// param, or the innermost open call when none does (spec §4.3).
func (p *parser) owner(param string, with bool) *openCall {
	calls := p.ctx.calls
	for k := len(calls) - 1; k >= 0; k-- {
		if p.accepts(calls[k], param, with) {
			return calls[k]
		}
	}
	if len(calls) == 0 {
		return nil
	}
	return calls[len(calls)-1]
}
