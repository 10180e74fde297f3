package parser

import "github.com/runa2go/runa2go/frontend/lexer"

// whenBindings adds the multi-word binding names of the `When` pattern
// whose first token is at i (level2.md §9.1: a binding's name follows
// §2.1): every run of two or more name words before the guard (`If`,
// `if`) or the header's ':'. run and add are collectNames' helpers.
func whenBindings(src string, toks []lexer.Token, i int, run func(int, ...string) []string, add func([]string)) {
	for k := i; k < len(toks); k++ {
		t := toks[k]
		if t.Kind == lexer.Colon || t.Kind == lexer.Newline || t.Kind == lexer.EOF {
			return
		}
		if t.Kind != lexer.Word {
			continue
		}
		if w := t.Text(src); w == "if" || w == "If" {
			return
		}
		if k > 0 && toks[k-1].Kind == lexer.Word && toks[k-1].Text(src) == "of" {
			continue // the type of `NAME of type T`
		}
		if words := run(k, "if"); len(words) > 1 {
			add(words)
			k += len(words) - 1
		}
	}
}

// prescanSums is part of the first pass: it finds every sum type, `Type
// NAME is` (or `Type NAME[T] is`) followed by deeper lines starting with
// `|` (level2.md §10.5), and records its variants by name. A variant is a
// record type, so `Card with digits as "4242"` is a variant literal and a
// `Card with …` pattern a variant pattern; its field names decide which
// open call a further argument belongs to, as for records.
func (p *parser) prescanSums() {
	p.sums = map[string][]string{}
	toks := p.toks
	word := func(j int, w string) bool {
		return j < len(toks) && toks[j].Kind == lexer.Word && toks[j].Text(p.src) == w
	}
	for i := 0; i+1 < len(toks); i++ {
		if !word(i, "Type") || toks[i+1].Kind != lexer.Word || i > 0 && toks[i-1].Kind != lexer.Newline && toks[i-1].Kind != lexer.Indent && toks[i-1].Kind != lexer.Dedent {
			continue
		}
		name := toks[i+1].Text(p.src)
		j := i + 2
		if j < len(toks) && toks[j].Kind == lexer.LBrack {
			for j < len(toks) && toks[j].Kind != lexer.RBrack && toks[j].Kind != lexer.Newline {
				j++
			}
			j++
		}
		if !word(j, "is") || j+2 >= len(toks) || toks[j+1].Kind != lexer.Newline || toks[j+2].Kind != lexer.Indent {
			continue
		}
		var variants []string
		for k := j + 3; k+1 < len(toks) && toks[k].Kind == lexer.Bar && toks[k+1].Kind == lexer.Word; {
			v := toks[k+1].Text(p.src)
			variants = append(variants, v)
			p.records[v] = true
			var fields []string
			m := k + 2
			if word(m, "with") {
				m++
				expect := true
				for m < len(toks) && toks[m].Kind != lexer.Newline && toks[m].Kind != lexer.EOF {
					switch {
					case toks[m].Kind == lexer.Comma || word(m, "and"):
						expect = true
					case expect && toks[m].Kind == lexer.Word:
						fields = append(fields, toks[m].Text(p.src))
						expect = false
					}
					m++
				}
			}
			if _, ok := p.fieldNames[v]; !ok {
				p.fieldNames[v] = fields
			}
			for m < len(toks) && toks[m].Kind != lexer.Newline && toks[m].Kind != lexer.EOF {
				m++
			}
			k = m + 1
		}
		if len(variants) > 0 {
			p.sums[name] = variants
			for _, v := range variants {
				// The qualified spelling `S.V` names the same variant.
				p.records[name+"."+v] = true
				if _, ok := p.fieldNames[name+"."+v]; !ok {
					p.fieldNames[name+"."+v] = p.fieldNames[v]
				}
			}
		}
	}
}

// isVariant reports whether v is a variant of the sum type sum.
func (p *parser) isVariant(sum, v string) bool {
	for _, x := range p.sums[sum] {
		if x == v {
			return true
		}
	}
	return false
}
