package parser

import (
	"github.com/runa2go/runa2go/frontend/lexer"
)

// Process-valued variables (Level 2 §2.3), decided before parsing.
//
// A variable is process-valued when every Let and Set of it in its scope
// (a process body, or the top level) gives a Lambda, a compose/pipe/
// partial/curry form or a process-valued name. Any other binding of the
// name in the scope (a parameter, a loop variable, a Catch or With name,
// a Let of another value) makes it a plain variable. A name bound in a
// process body refers to that binding there; otherwise to the top level.

// globalScope is the scope key of the top level; a process body's key is
// the token index of its `called "…"` literal.
const globalScope = -1

// binding is what one Let or Set gives a variable.
type binding struct {
	pv    bool   // a process value
	ref   string // or the value of this name (process-valued or not)
	arity int    // the arity when pv (-1 unknown)
	// params are the parameter names when pv and named.
	params []string
	named  bool
}

// pvar is the resolved state of a variable of a scope.
type pvar struct {
	pv     bool
	arity  int
	params []string // the parameter names, when named
	named  bool     // the parameter names are known (every binding agrees)
}

// prescanVars computes p.pvars: for every scope, the variables bound in
// it and whether they are process-valued. It is linear in the tokens
// (the resolution of `Let g be f` chains iterates at most once per
// variable).
func (p *parser) prescanVars() {
	toks := p.toks
	word := func(j int, w string) bool {
		return j < len(toks) && toks[j].Kind == lexer.Word && toks[j].Text(p.src) == w
	}
	lineEnd := func(j int) int {
		for j < len(toks) && toks[j].Kind != lexer.Newline && toks[j].Kind != lexer.EOF {
			j++
		}
		return j
	}
	p.fieldNames = map[string][]string{}
	binds := map[int]map[string][]binding{}
	bind := func(scope int, name string, b binding) {
		m := binds[scope]
		if m == nil {
			m = map[string][]binding{}
			binds[scope] = m
		}
		m[name] = append(m[name], b)
	}
	type frame struct{ key, depth int }
	var stack []frame
	depth := 0
	scope := func() int {
		if len(stack) == 0 {
			return globalScope
		}
		return stack[len(stack)-1].key
	}
	for i := 0; i < len(toks); {
		switch toks[i].Kind {
		case lexer.Indent:
			depth++
			i++
			continue
		case lexer.Dedent:
			depth--
			for len(stack) > 0 && depth <= stack[len(stack)-1].depth {
				stack = stack[:len(stack)-1]
			}
			i++
			continue
		case lexer.Newline:
			i++
			continue
		case lexer.EOF:
			i = len(toks)
			continue
		}
		end := lineEnd(i)
		j := i
		for word(j, "Async") || word(j, "Memoized") || word(j, "Generator") || word(j, "Context") || word(j, "Manager") {
			j++
		}
		switch {
		case word(j, "Process") && word(skipBrackets(toks, j+1), "called") && skipBrackets(toks, j+1)+1 < end && toks[skipBrackets(toks, j+1)+1].Kind == lexer.String:
			key := skipBrackets(toks, j+1) + 1
			name, _ := lexer.Unquote(toks[key].Text(p.src))
			stack = append(stack, frame{key: key, depth: depth})
			callable := CallableName(name)
			types := p.paramTypes[callable]
			for k, q := range p.procs[callable] {
				// A parameter of a process type is process-valued (§2.3),
				// with no parameter names.
				b := binding{}
				if k < len(types) {
					if n := p.funcTypeArity(types[k]); n >= 0 {
						b = binding{pv: true, arity: n}
					}
				}
				bind(key, q, b)
			}
		case word(i, "Type") && i+1 < end && toks[i+1].Kind == lexer.Word && word(skipBrackets(toks, i+2), "is") && word(skipBrackets(toks, i+2)+1, "Dictionary") && word(skipBrackets(toks, i+2)+2, "with"):
			p.fieldNames[toks[i+1].Text(p.src)] = p.fieldsOf(end)
		case word(i, "Let") && i+1 < end && toks[i+1].Kind == lexer.Word:
			k := i + 2
			for k < end && !word(k, "be") {
				k++
			}
			if k < end {
				bind(scope(), toks[i+1].Text(p.src), p.bindingOf(k+1, end))
			}
		case word(i, "Set") && i+1 < end && toks[i+1].Kind == lexer.Word && word(i+2, "to"):
			bind(scope(), toks[i+1].Text(p.src), p.bindingOf(i+3, end))
		case word(i, "For") && word(i+1, "each") && i+2 < end && toks[i+2].Kind == lexer.Word:
			bind(scope(), toks[i+2].Text(p.src), binding{})
		case word(i, "Catch") && i+1 < end && toks[i+1].Kind == lexer.Word:
			bind(scope(), toks[i+1].Text(p.src), binding{})
		case word(i, "With"):
			// `With E as NAME:`: the name before the final ':'.
			if end-2 > i && toks[end-1].Kind == lexer.Colon && toks[end-2].Kind == lexer.Word && word(end-3, "as") {
				bind(scope(), toks[end-2].Text(p.src), binding{})
			}
		}
		i = end
	}
	p.pvars = make(map[int]map[string]pvar, len(binds))
	visiting := map[scopedName]bool{}
	for key, m := range binds {
		for name := range m {
			p.resolveVar(binds, key, name, visiting)
		}
	}
}

// scopedName is a variable of a scope.
type scopedName struct {
	key  int
	name string
}

// resolveVar decides whether name, bound in scope key, is process-valued,
// following `Let g be f` references (a cycle is not process-valued).
// visiting holds the variables being resolved on the current chain.
func (p *parser) resolveVar(binds map[int]map[string][]binding, key int, name string, visiting map[scopedName]bool) pvar {
	if v, ok := p.pvars[key][name]; ok {
		return v
	}
	bs := binds[key][name]
	for _, b := range bs {
		if b.ref != "" {
			// Only a chain of references can come back here.
			id := scopedName{key, name}
			if visiting[id] {
				return pvar{arity: -1}
			}
			visiting[id] = true
			defer delete(visiting, id)
			break
		}
	}
	res := pvar{pv: true, arity: -2}
	for _, b := range bs {
		var v pvar
		switch {
		case b.pv:
			v = pvar{pv: true, arity: b.arity, params: b.params, named: b.named}
		case b.ref != "":
			if _, local := binds[key][b.ref]; local {
				v = p.resolveVar(binds, key, b.ref, visiting)
			} else if _, global := binds[globalScope][b.ref]; global && key != globalScope {
				v = p.resolveVar(binds, globalScope, b.ref, visiting)
			} else if params, ok := p.procs[b.ref]; ok {
				v = pvar{pv: true, arity: len(params), params: params, named: true}
			} else if p.callable(b.ref) {
				v = pvar{pv: true, arity: p.arity(b.ref), params: builtins[b.ref], named: true}
			}
		}
		if !v.pv {
			res = pvar{}
			break
		}
		switch {
		case res.arity == -2:
			res = v
		case res.arity != v.arity:
			res.arity, res.named = -1, false // the bindings disagree
		case res.named && !(v.named && sameNames(res.params, v.params)):
			res.named = false
		}
	}
	if res.arity == -2 {
		res.arity = -1
	}
	if p.pvars[key] == nil {
		p.pvars[key] = make(map[string]pvar, len(binds[key]))
	}
	p.pvars[key][name] = res
	return res
}

// bindingOf classifies the value of a Let or Set, tokens j up to end.
func (p *parser) bindingOf(j, end int) binding {
	if j >= end {
		return binding{}
	}
	t := p.toks[j]
	if t.Kind != lexer.Word {
		return binding{}
	}
	w := t.Text(p.src)
	if w == "Async" && j+1 < end && p.toks[j+1].Kind == lexer.Word && p.toks[j+1].Text(p.src) == "Lambda" {
		j++
		w = "Lambda"
	}
	switch {
	case w == "Lambda":
		// Its parameters: the words before the ':', joined by `and` or ','.
		var params []string
		for k := j + 1; k < end; k++ {
			tk := p.toks[k]
			if tk.Kind == lexer.Colon {
				return binding{pv: true, arity: len(params), params: params, named: true}
			}
			if tk.Kind == lexer.Word && tk.Text(p.src) != "and" && (k == j+1 || p.toks[k-1].Kind == lexer.Comma || p.toks[k-1].Text(p.src) == "and") {
				params = append(params, tk.Text(p.src))
			}
		}
		return binding{pv: true, arity: -1}
	case (w == "compose" || w == "pipe" || w == "curry") && j+1 < end:
		return binding{pv: true, arity: 1}
	case (w == "partial" || w == "Partial") && j+1 < end:
		return binding{pv: true, arity: -1}
	case j+1 == end && isName(w):
		return binding{ref: w}
	}
	return binding{}
}

// scopeVar returns the variable name as seen from the current scope.
func (p *parser) scopeVar(name string) (pvar, bool) {
	if v, ok := p.pvars[p.scope][name]; ok {
		return v, true
	}
	v, ok := p.pvars[globalScope][name]
	return v, ok
}

// fieldsOf returns the field names of a record declaration whose header
// line ends at token end: the first word of each line of its block.
func (p *parser) fieldsOf(end int) []string {
	toks := p.toks
	if end+1 >= len(toks) || toks[end].Kind != lexer.Newline || toks[end+1].Kind != lexer.Indent {
		return nil
	}
	var fields []string
	depth, start := 1, true
	for k := end + 2; k < len(toks) && depth > 0; k++ {
		switch toks[k].Kind {
		case lexer.Indent:
			depth++
		case lexer.Dedent:
			depth--
		case lexer.Newline:
			start = true
			continue
		case lexer.EOF:
			return fields
		case lexer.Word:
			if start && depth == 1 {
				fields = append(fields, toks[k].Text(p.src))
			}
		}
		start = false
	}
	return fields
}

func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
