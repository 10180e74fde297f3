package parser

import "github.com/runa2go/runa2go/frontend/lexer"

// tokRange is the tokens [lo, hi) of a written type.
type tokRange struct{ lo, hi int }

// funcTypeArity returns the parameter count of the process type written
// in r — `(A, B) -> R`, `() -> R`, `Function[A, B, R]` (level2.md §4.4),
// or the name of an alias of one — or -1 when r is not a process type.
// A parameter with such a type is process-valued (§2.3). Aliases are
// followed at most len(p.aliases) times, so a cycle of them ends.
func (p *parser) funcTypeArity(r tokRange) int {
	for hops := 0; hops <= len(p.aliases); hops++ {
		toks := p.toks
		if r.lo <= 0 || r.lo >= r.hi || r.hi > len(toks) {
			return -1
		}
		first := toks[r.lo]
		switch {
		case first.Kind == lexer.LParen:
			// The parameter list's closing ')' must be followed by "->".
			depth, params, empty := 0, 1, r.lo+1 < r.hi && toks[r.lo+1].Kind == lexer.RParen
			for k := r.lo; k < r.hi; k++ {
				switch toks[k].Kind {
				case lexer.LParen, lexer.LBrack:
					depth++
				case lexer.RParen, lexer.RBrack:
					depth--
					if depth == 0 {
						if k+1 >= r.hi || toks[k+1].Kind != lexer.Arrow {
							return -1
						}
						if empty {
							return 0
						}
						return params
					}
				case lexer.Comma:
					if depth == 1 {
						params++
					}
				}
			}
			return -1
		case first.Kind == lexer.Word && first.Text(p.src) == "Function" && r.lo+1 < r.hi && toks[r.lo+1].Kind == lexer.LBrack:
			depth, commas := 0, 0
			for k := r.lo + 1; k < r.hi; k++ {
				switch toks[k].Kind {
				case lexer.LParen, lexer.LBrack:
					depth++
				case lexer.RParen, lexer.RBrack:
					depth--
					if depth == 0 {
						return commas
					}
				case lexer.Comma:
					if depth == 1 {
						commas++
					}
				}
			}
			return -1
		case first.Kind == lexer.Word && r.hi == r.lo+1:
			a, ok := p.aliases[first.Text(p.src)]
			if !ok {
				return -1
			}
			r = a
		default:
			return -1
		}
	}
	return -1
}
