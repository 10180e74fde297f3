package lsp

import (
	"encoding/json"
	"regexp"
	"sort"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

var (
	// memberPrefix is `NAME.partial` just before the cursor.
	memberPrefix = regexp.MustCompile(`([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z0-9_]*)$`)
	// callHead finds `NAME with` heads of calls on a line.
	callHead = regexp.MustCompile(`\b([A-Za-z_][A-Za-z0-9_]*) with\b`)
	// argSlot is the end of a line where an argument name is expected:
	// right after `with` or `and` (of a call).
	argSlot = regexp.MustCompile(`(?:^|\s)(?:with|and)\s+([A-Za-z_][A-Za-z0-9_]*)?$`)
	// givenArg finds the `NAME as` arguments already written.
	givenArg = regexp.MustCompile(`(?:with|and)\s+([A-Za-z_][A-Za-z0-9_]*)\s+as\b`)
	// blockSlot is an indented line holding at most a partial word: the
	// place of an argument or field name in a `NAME with:` block.
	blockSlot = regexp.MustCompile(`^\s+[A-Za-z0-9_]*$`)
	// blockOpener is a line ending in `NAME with:`.
	blockOpener = regexp.MustCompile(`\b([A-Za-z_][A-Za-z0-9_]*) with:\s*(?:#.*)?$`)
	// blockArg is a `name as …` line of such a block.
	blockArg = regexp.MustCompile(`^\s*([A-Za-z_][A-Za-z0-9_]*)\s+as\b`)
	// wordPrefix is the partial word before the cursor.
	wordPrefix = regexp.MustCompile(`[A-Za-z0-9_]*$`)
)

// completion offers, by what precedes the cursor on its line: the fields
// of a record after `x.`; the parameters not yet given of the call being
// written after `f with` / `and`; otherwise the names in scope (variables,
// processes, record types, builtins).
func (s *Server) completion(raw json.RawMessage) (any, error) {
	var p textDocumentPositionParams
	if err := unmarshalParams(raw, &p); err != nil {
		return nil, err
	}
	d, a, err := s.view(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	cur := d.text.pos(p.Position, s.enc)
	line := []rune(d.text.line(cur.Line))
	if cur.Col-1 > len(line) {
		cur.Col = len(line) + 1
	}
	before := string(line[:cur.Col-1])
	if i := strings.IndexByte(before, '#'); i >= 0 && !strings.Contains(before[:i], `"`) {
		return completionList{Items: []completionItem{}}, nil
	}
	var items []completionItem
	var at ast.Pos
	var ok bool
	if a != nil {
		at, ok = toOld(cur, d.since(a))
		if !ok {
			// The cursor is in text typed since the last check: use the
			// start of its line there.
			at, ok = toOld(ast.Pos{Line: cur.Line, Col: 1}, d.since(a))
		}
	}
	switch m := memberPrefix.FindStringSubmatch(before); {
	case m != nil:
		if a != nil && ok {
			items = fieldItems(s.lookupVar(a, at, m[1]))
		}
	case blockSlot.MatchString(before) && blockHead(d.text, cur.Line) != "":
		items = s.blockItems(a, d.text, cur.Line)
		if len(items) == 0 {
			items = s.scopeItems(a, at)
		}
	case argSlot.MatchString(before) && len(callHead.FindAllStringSubmatchIndex(before, -1)) > 0:
		items = s.argItems(a, before)
		if len(items) == 0 {
			items = s.scopeItems(a, at)
		}
	default:
		items = s.scopeItems(a, at)
	}
	prefix := wordPrefix.FindString(before)
	out := items[:0]
	for _, it := range items {
		if strings.HasPrefix(it.Label, prefix) {
			out = append(out, it)
		}
	}
	return completionList{IsIncomplete: prefix == "", Items: out}, nil
}

// fieldItems are the fields of v's record type.
func fieldItems(v *check.Var) []completionItem {
	items := []completionItem{}
	if v == nil {
		return items
	}
	r := recordOf(v.Type())
	if r == nil {
		return items
	}
	for _, f := range r.Fields {
		items = append(items, completionItem{Label: f.Name, Kind: completionField, Detail: f.Type.String()})
	}
	return items
}

// argItems are the parameters of the innermost call head on the line that
// has some not yet given, as `name as `.
func (s *Server) argItems(a *analysis, before string) []completionItem {
	heads := callHead.FindAllStringSubmatchIndex(before, -1)
	for i := len(heads) - 1; i >= 0; i-- {
		h := heads[i]
		name := before[h[2]:h[3]]
		params, types := paramsOf(a, name)
		if params == nil {
			continue
		}
		given := map[string]bool{}
		for _, g := range givenArg.FindAllStringSubmatch(before[h[3]:], -1) {
			given[g[1]] = true
		}
		items := []completionItem{}
		for j, prm := range params {
			if given[prm] {
				continue
			}
			detail := "parameter of " + name
			if types != nil && types[j] != "" {
				detail = types[j] + " · " + detail
			}
			items = append(items, completionItem{Label: prm, Kind: completionProperty, Detail: detail, InsertText: prm + " as ", SortText: string(rune('a' + j))})
		}
		if len(items) > 0 {
			return items
		}
	}
	return []completionItem{}
}

// paramsOf returns the parameter names (and types, when checked) of the
// process, builtin or record called name; nil when name is none of them.
func paramsOf(a *analysis, name string) ([]string, []string) {
	if a != nil {
		for _, p := range a.prog.Procs {
			if p.Name == name {
				names, types := []string{}, []string{}
				for _, v := range p.Params {
					names = append(names, v.Name)
					types = append(types, v.Type().String())
				}
				return names, types
			}
		}
		if r := a.prog.RecordOf[name]; r != nil {
			names, types := []string{}, []string{}
			for _, f := range r.Fields {
				names = append(names, f.Name)
				types = append(types, f.Type.String())
			}
			return names, types
		}
	}
	if ps, ok := builtinParams[name]; ok && ps != nil {
		return ps, nil
	}
	return nil, nil
}

// procAt returns the declared process whose body contains pos (nil: the
// main program).
func procAt(a *analysis, pos ast.Pos) *check.Proc {
	for _, p := range a.prog.Procs {
		if ext := extent(p.Decl); leq(ext.Start, pos) && leq(pos, ext.End) {
			return p
		}
	}
	return nil
}

// lookupVar finds the variable called name visible at pos.
func (s *Server) lookupVar(a *analysis, pos ast.Pos, name string) *check.Var {
	if p := procAt(a, pos); p != nil {
		for _, v := range append(append([]*check.Var(nil), p.Params...), p.Locals...) {
			if v.Name == name {
				return v
			}
		}
	} else if a.prog.Main != nil {
		for _, v := range a.prog.Main.Locals {
			if v.Name == name {
				return v
			}
		}
	}
	for _, v := range a.prog.Globals {
		if v.Name == name {
			return v
		}
	}
	return nil
}

// scopeItems are the names visible at pos: the variables of the enclosing
// process declared before it, the top-level variables, processes, record
// types and builtins.
func (s *Server) scopeItems(a *analysis, pos ast.Pos) []completionItem {
	items := []completionItem{}
	seen := map[string]bool{}
	addVar := func(v *check.Var, detail string) {
		if seen[v.Name] {
			return
		}
		seen[v.Name] = true
		items = append(items, completionItem{Label: v.Name, Kind: completionVariable, Detail: v.Type().String() + " · " + detail, SortText: "0" + v.Name})
	}
	if a != nil {
		if p := procAt(a, pos); p != nil {
			for _, v := range p.Params {
				addVar(v, "parameter")
			}
			for _, v := range p.Locals {
				if v.Decl.Start.Before(pos) {
					addVar(v, "local")
				}
			}
		} else if a.prog.Main != nil {
			for _, v := range a.prog.Main.Locals {
				if v.Decl.Start.Before(pos) {
					addVar(v, "local")
				}
			}
		}
		for _, v := range a.prog.Globals {
			addVar(v, "top-level")
		}
		for _, p := range a.prog.Procs {
			if !seen[p.Name] {
				seen[p.Name] = true
				items = append(items, completionItem{Label: p.Name, Kind: completionFunction, Detail: procSignature(p), SortText: "1" + p.Name})
			}
		}
		for _, r := range a.prog.Records {
			if !seen[r.Name] {
				seen[r.Name] = true
				items = append(items, completionItem{Label: r.Name, Kind: completionStruct, Detail: "record type", SortText: "2" + r.Name})
			}
		}
	}
	var names []string
	for name := range builtinParams {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if !seen[name] {
			items = append(items, completionItem{Label: name, Kind: completionFunction, Detail: "built-in process", SortText: "3" + name})
		}
	}
	return items
}

// indentOf is the width of a line's leading blanks (a tab counts 4); -1
// for a blank line.
func indentOf(line string) int {
	n := width(line)
	if strings.TrimSpace(line) == "" {
		return -1
	}
	return n
}

// width is the width of the leading blanks of s.
func width(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// blockOpenerLine returns the line number of the nearest line above l
// that is indented less than l, and that line's text.
func blockOpenerLine(t *text, l int) (int, string) {
	ind := width(t.line(l))
	for n := l - 1; n >= 1 && n >= l-200; n-- {
		line := t.line(n)
		if i := indentOf(line); i >= 0 && i < ind {
			return n, line
		}
	}
	return 0, ""
}

// blockHead returns NAME when line l sits in the block of a line ending
// in `NAME with:` (a call with one argument per line, or a record value).
func blockHead(t *text, l int) string {
	_, line := blockOpenerLine(t, l)
	if m := blockOpener.FindStringSubmatch(line); m != nil {
		return m[1]
	}
	return ""
}

// blockItems are the parameters (or fields) of the block's NAME that the
// block's lines do not give yet.
func (s *Server) blockItems(a *analysis, t *text, l int) []completionItem {
	name := blockHead(t, l)
	params, types := paramsOf(a, name)
	open, _ := blockOpenerLine(t, l)
	given := map[string]bool{}
	ind := width(t.line(l))
	for n := open + 1; n <= len(t.lines); n++ {
		line := t.line(n)
		i := indentOf(line)
		if n != l && i >= 0 && i < ind {
			break
		}
		if m := blockArg.FindStringSubmatch(line); m != nil && n != l && i == ind {
			given[m[1]] = true
		}
	}
	items := []completionItem{}
	for j, prm := range params {
		if given[prm] {
			continue
		}
		detail := name
		if types != nil && types[j] != "" {
			detail = types[j] + " · " + name
		}
		items = append(items, completionItem{Label: prm, Kind: completionProperty, Detail: detail, InsertText: prm + " as ", SortText: string(rune('a' + j))})
	}
	return items
}
