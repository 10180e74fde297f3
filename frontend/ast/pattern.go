package ast

// The Level 2 patterns of `When PATTERN [GUARD]:` (level2.md §9). Level 1
// patterns (LiteralPattern, WildcardPattern, BindPattern) are in stmt.go.

// ListPattern is `list containing ITEMS [and REST]`, `empty list` or the
// bracket form `[ITEMS, ...NAME]`. Without Rest it matches a list of
// exactly len(Items) elements, with it one of at least that many.
type ListPattern struct {
	Sp      Span
	Items   []Pattern
	Rest    *RestPattern // nil without a REST
	Bracket bool         // written `[…]`
	Empty   bool         // written `empty list`
}

// RestPattern is the REST of a list pattern: `rest` (binding the variable
// rest), `rest as NAME`, or `...NAME` in the bracket form. Name is the
// variable it binds.
type RestPattern struct {
	Sp   Span
	Name *Ident
	As   bool // written `rest as NAME`
}

// DictPattern is `{KEY: ITEM, …}`: a dictionary with every listed key
// whose value matches its item (other keys are ignored), or a record
// whose listed fields match.
type DictPattern struct {
	Sp      Span
	Entries []*DictPatternEntry
}

// DictPatternEntry is one `KEY: ITEM` of a dictionary pattern; Key is a
// String or Integer literal.
type DictPatternEntry struct {
	Key   *BasicLit
	Value Pattern
}

// RecordPattern is `TYPE with FIELD as ITEM { and FIELD as ITEM }`: a
// record of type TYPE (or the variant TYPE) whose listed fields match.
// Sum is set for the qualified spelling `Reply.Accepted with …`.
type RecordPattern struct {
	Sp     Span
	Sum    *Ident // nil unless written `SUM.VARIANT`
	Type   *Ident
	Fields []*FieldPattern
}

// FieldPattern is one `FIELD as ITEM` of a record pattern.
type FieldPattern struct {
	Name  *Ident
	Value Pattern
}

// TypePattern is a type name (`Integer`, `Point`, a variant `Pending`),
// `NAME of type T`, which also binds the value to NAME, or `_ of type T`.
type TypePattern struct {
	Sp   Span
	Bind *Ident // nil for a bare type name and for `_ of type T`
	Wild bool   // written `_ of type T`
	Type *TypeExpr
}

// OrPattern is `A OR B …` (also `or`): the first alternative that
// matches gives the bindings. Every alternative binds the same names.
type OrPattern struct {
	Sp   Span
	Alts []Pattern
}

// ParenPattern is `( PATTERN )`.
type ParenPattern struct {
	Sp Span
	X  Pattern
}

func (p *ListPattern) Span() Span   { return p.Sp }
func (p *RestPattern) Span() Span   { return p.Sp }
func (p *DictPattern) Span() Span   { return p.Sp }
func (p *RecordPattern) Span() Span { return p.Sp }
func (p *TypePattern) Span() Span   { return p.Sp }
func (p *OrPattern) Span() Span     { return p.Sp }
func (p *ParenPattern) Span() Span  { return p.Sp }

func (*ListPattern) patternNode()   {}
func (*DictPattern) patternNode()   {}
func (*RecordPattern) patternNode() {}
func (*TypePattern) patternNode()   {}
func (*OrPattern) patternNode()     {}
func (*ParenPattern) patternNode()  {}

// UnparenPattern returns p without its enclosing parentheses.
func UnparenPattern(p Pattern) Pattern {
	for {
		pp, ok := p.(*ParenPattern)
		if !ok {
			return p
		}
		p = pp.X
	}
}

// PatternBindings returns the identifiers that p binds, in source order:
// binding names, `NAME of type T` names and rests. For an OrPattern they
// are the first alternative's (every alternative binds the same names).
func PatternBindings(p Pattern) []*Ident {
	if o, ok := UnparenPattern(p).(*OrPattern); ok {
		return PatternBindings(o.Alts[0])
	}
	var out []*Ident
	for _, id := range AllPatternBindings(p) {
		out = append(out, id)
	}
	return out
}

// AllPatternBindings is PatternBindings including the names bound by
// every alternative of an OrPattern (each alternative declares its own
// identifiers for the same variables).
func AllPatternBindings(p Pattern) []*Ident {
	var out []*Ident
	var walk func(Pattern)
	walk = func(p Pattern) {
		switch p := p.(type) {
		case *BindPattern:
			out = append(out, p.Name)
		case *TypePattern:
			if p.Bind != nil {
				out = append(out, p.Bind)
			}
		case *ListPattern:
			for _, it := range p.Items {
				walk(it)
			}
			if p.Rest != nil {
				out = append(out, p.Rest.Name)
			}
		case *DictPattern:
			for _, e := range p.Entries {
				walk(e.Value)
			}
		case *RecordPattern:
			for _, f := range p.Fields {
				walk(f.Value)
			}
		case *OrPattern:
			for _, a := range p.Alts {
				walk(a)
			}
		case *ParenPattern:
			walk(p.X)
		}
	}
	walk(p)
	return out
}

// PatternLiterals returns the literals a pattern compares with (literal
// patterns and dictionary keys are expressions the checker types).
func PatternLiterals(p Pattern) []*BasicLit {
	var out []*BasicLit
	var walk func(Pattern)
	walk = func(p Pattern) {
		switch p := p.(type) {
		case *LiteralPattern:
			out = append(out, p.Value)
		case *ListPattern:
			for _, it := range p.Items {
				walk(it)
			}
		case *DictPattern:
			for _, e := range p.Entries {
				out = append(out, e.Key)
				walk(e.Value)
			}
		case *RecordPattern:
			for _, f := range p.Fields {
				walk(f.Value)
			}
		case *OrPattern:
			for _, a := range p.Alts {
				walk(a)
			}
		case *ParenPattern:
			walk(p.X)
		}
	}
	walk(p)
	return out
}
