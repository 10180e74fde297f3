package parser

import (
	"fmt"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// Calls with positional items after `with` (Level 2 §3.1).
//
// After `f with`, an item is named when it reads `NAME as E`; every other
// item is positional: an expression that never contains a top-level
// `and`. Positional items fill the parameters in declaration order (the
// checker matches them). A nested call of known arity takes positional
// items until it has that many; the next `and E` belongs to the
// enclosing call, and the outermost call takes every further one (the
// checker then reports the surplus). All decisions look at most at the
// next few tokens and at the prescan's tables: parsing stays linear.

// processValued reports whether name is process-valued while parsing
// (Level 2 §2.3): a variable of the scope whose every binding gives a
// process, else a process of the program or a builtin.
func (p *parser) processValued(name string) bool {
	if v, ok := p.scopeVar(name); ok {
		return v.pv
	}
	return p.callable(name)
}

// arity is the number of parameters of the process-valued name, or -1
// when it is not known (a variable, or a builtin taking any further
// named argument).
func (p *parser) arity(name string) int {
	if v, ok := p.scopeVar(name); ok {
		if v.pv {
			return v.arity
		}
		return -1
	}
	if params, ok := p.procs[name]; ok {
		return len(params)
	}
	if params, ok := p.builtinParams(name); ok {
		for _, q := range params {
			if q == anyParams {
				return -1
			}
		}
		return len(params)
	}
	return -1
}

// positionalAt reports whether token i can start a positional item.
func (p *parser) positionalAt(i int) bool {
	switch p.kind(i) {
	case lexer.Int, lexer.Float, lexer.String, lexer.LParen, lexer.Minus:
	case lexer.Word:
		w := p.text(i)
		switch {
		case w == "message" && p.inDisplay():
			return false // `Display f with message E`: a part
		case isName(w) || isLiteralWord(w):
		case w == "not" || w == "await" || w == "new" || w == "parallel_await" || w == "race_await" || w == "If":
		default:
			return false
		}
	default:
		return false
	}
	// `L with V added` is the Level 2 list operation, not a call: the one
	// rule of level2.md §5.2, withAddedAt.
	return !(i > 0 && p.word(i-1, "with") && p.withAddedAt(i-1))
}

// withCall parses the items after `f with`: `f with 4 and 3`,
// `f with 4 and factor as 5`, `f with a as X with b as Y`. Each value
// extends as far right as it can (Level 2 §12.2); a following `and NAME
// as` or `with NAME as` continues this call only when this call is the
// innermost open call whose callee declares NAME, a following `and E`
// only while this call takes more positional items.
func (p *parser) withCall(id *ast.Ident) ast.Expr {
	return p.withItems(id, &openCall{name: id.Name, arity: p.arity(id.Name)})
}

// withItems parses the items after `NAME with` for the open call oc.
func (p *parser) withItems(id *ast.Ident, oc *openCall) *ast.CallExpr {
	call := &ast.CallExpr{Fun: id, Style: ast.NamedCall}
	p.ctx.calls = append(p.ctx.calls, oc)
	n := len(p.ctx.calls)
	p.next() // with
	for {
		if p.namedArgAt(0) && !p.conversionAt(0) {
			call.Args = append(call.Args, p.namedArg())
		} else {
			call.Args = append(call.Args, p.positionalArg())
			oc.given++
		}
		if p.lineEnded {
			break
		}
		if (p.word(0, "and") || p.word(0, "with")) && p.namedArgAt(1) && !(p.word(0, "and") && p.conversionAt(1)) {
			if p.owner(p.text(1), p.word(0, "with")) != oc {
				break
			}
			p.next()
			continue
		}
		if p.word(0, "and") && p.takesPositional(n-1) && p.positionalAt(1) {
			p.next()
			continue
		}
		break
	}
	p.ctx.calls = p.ctx.calls[:n-1]
	call.Sp = sp(id.Sp.Start, p.prevEnd())
	return call
}

// takesPositional reports whether the open call at index k of the call
// stack takes a further positional item: while it has fewer than its
// arity, or always when its arity is unknown or no call encloses it.
func (p *parser) takesPositional(k int) bool {
	oc := p.ctx.calls[k]
	if oc.arity < 0 || oc.given < oc.arity {
		return true
	}
	// Only a Display's parts (always first) may enclose the outermost call.
	return k == 0 || k == 1 && p.ctx.calls[0].display
}

// positionalArg parses one positional item: an argument value that ends
// at a top-level `and`.
func (p *parser) positionalArg() *ast.Arg {
	saved := p.ctx.positional
	p.ctx.argDepth++
	p.ctx.positional = true
	v := p.expr()
	p.ctx.argDepth--
	p.ctx.positional = saved
	return &ast.Arg{Value: v}
}

// inlineRecord parses `Point with x as 1 and y as 2` (Level 2 §3.2): a
// record literal with inline named fields. Positional fields are an error.
func (p *parser) inlineRecord(id *ast.Ident) ast.Expr {
	call := p.withItems(id, &openCall{name: id.Name, record: true, arity: -1})
	r := &ast.RecordLit{Sp: call.Sp, Type: id, Inline: true}
	for _, a := range call.Args {
		if a.Name == nil {
			p.fail(call.Sp, diag.CodeSyntax, p.recordHint(id.Name, call.Args), "a record is built with named fields")
		}
		r.Fields = append(r.Fields, &ast.FieldInit{Name: a.Name, Value: a.Value})
	}
	return r
}

// recordHint shows the named form of a record literal written with
// positional fields: `write "Point with x as 1 and y as 2"`.
func (p *parser) recordHint(typ string, args []*ast.Arg) string {
	fields := p.fieldNames[typ]
	var b strings.Builder
	fmt.Fprintf(&b, "write \"%s with", typ)
	for i, a := range args {
		if i > 0 {
			b.WriteString(" and")
		}
		name := "…"
		switch {
		case a.Name != nil:
			name = a.Name.Name
		case i < len(fields):
			name = fields[i]
		}
		value := "…"
		switch v := a.Value.(type) {
		case *ast.BasicLit:
			if len(v.Raw) <= 20 {
				value = v.Raw
			}
		case *ast.Ident:
			value = v.Name
		}
		fmt.Fprintf(&b, " %s as %s", name, value)
	}
	b.WriteString("\"")
	return b.String()
}

// typeNames are the built-in type names (spec §5).
var typeNames = map[string]bool{
	"Integer": true, "Float": true, "Number": true, "String": true, "Boolean": true, "None": true,
	"List": true, "Dictionary": true, "Optional": true, "Any": true, "DateTime": true, "Error": true,
	"Awaitable": true, "Generator": true, "CancelToken": true,
}

// conversionAt reports whether the `NAME as TYPE` at token i is a
// positional item, the conversion `NAME as TYPE` (Level 2 §10.7), rather
// than a named one: no open call declares NAME, all of them having known
// parameter names, and a type name follows `as` (Level 2 §3.1).
func (p *parser) conversionAt(i int) bool {
	if !p.namedArgAt(i) || p.kind(i+2) != lexer.Word {
		return false
	}
	if t := p.text(i + 2); !typeNames[t] && !p.records[t] {
		return false
	}
	for _, c := range p.ctx.calls {
		if !c.display && p.accepts(c, p.text(i), false) {
			return false
		}
	}
	return true
}
