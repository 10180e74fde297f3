package parser

import (
	"strconv"
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/diag"
	"github.com/runa2go/runa2go/frontend/lexer"
)

// Multi-word names (level2.md §2.1, §2.2). Before parsing, a pass over
// the tokens collects the names that declarations spell with several
// words — `Let unit price be`, `For each guest name in`, `Catch lookup
// failure:`, `With E as NAME:`, parameters after `that takes` and
// `Lambda`, and the words of a `called "Compute Garden Area"` literal —
// and then merges every run of tokens that spells one of them, longest
// first, into a single Word token whose text is the canonical form (the
// words joined by "_"). The parser, the checker and the code generator
// then see one name, as if it had been written `unit_price`.
//
// The candidates are the names declared anywhere in the file, not only
// in the scope of the use: a run of name words cannot otherwise continue
// an expression, so a name declared in another process only changes the
// reading of text that would not parse.

// operatorWords act as operators after an operand and may not appear in a
// multi-word name (level2.md §1).
var operatorWords = map[string]bool{
	"at": true, "of": true, "using": true, "over": true, "added": true, "without": true,
	"starts": true, "ends": true, "trimmed": true, "converted": true, "split": true,
	"substring": true, "contains": true,
}

// nameWord reports whether w may be a word of a multi-word name.
func nameWord(w string) bool {
	return isIdentifier(w) && !reserved[w] && !operatorWords[w]
}

// mergeNames merges each multi-word name of toks (read from src) into
// one token, reusing toks's storage. It returns the text the merged
// tokens are read from — src followed by the canonical form of every
// declared name ("unit_price" for `unit price`), where a merged token's
// offsets point — and the declared names by first word.
func mergeNames(src string, toks []lexer.Token) (string, []lexer.Token, map[string][][]string) {
	names := collectNames(src, toks)
	if len(names) == 0 {
		return src, toks, names
	}
	var text strings.Builder
	extra := 0
	for _, cands := range names {
		for _, c := range cands {
			for _, w := range c {
				extra += len(w) + 1
			}
		}
	}
	text.Grow(len(src) + extra)
	text.WriteString(src)
	trie := newNameTrie(names, &text)
	// Merge in place: the output is never longer than the input, and
	// token i is read before anything is written at or after it. Until
	// the first merge, every token is already where it belongs.
	w := 0
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind == lexer.Word && trie.mayStart(src, &toks[i]) {
			if n, at := trie.match(src, toks, i); n > 1 {
				t := toks[i]
				last := toks[i+n-1]
				t.EndCol = last.EndCol
				t.Off, t.EndOff = at.off, at.end
				toks[w] = t
				w++
				i += n - 1
				continue
			}
		}
		if w != i {
			toks[w] = toks[i]
		}
		w++
	}
	return text.String(), toks[:w], names
}

// nameTrie holds the declared multi-word names word by word, so that the
// longest name at a token is found in time linear in its length however
// many names share its first words.
type nameTrie struct {
	next map[string]*nameTrie
	// canon is, where a declared name ends, where its canonical form is
	// in the parser's text (end is 0 elsewhere).
	canon span
	// firsts (at the root only) is a filter of the first words: a bit for
	// each wordClass of one, so most words are rejected without a map
	// look-up.
	firsts *[firstBits / 64]uint64
}

// span is the byte range [off, end) of a text.
type span struct{ off, end int32 }

// firstBits is the size of nameTrie.firsts.
const firstBits = 4096

// wordClass hashes a word by its length and first and last bytes.
func wordClass(w string) uint {
	return (uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) % firstBits
}

// mayStart reports whether the Word token t may be the first word of a
// declared name (false means it is not).
func (root *nameTrie) mayStart(src string, t *lexer.Token) bool {
	w := t.Text(src)
	if w == "" {
		return false
	}
	c := wordClass(w)
	return root.firsts[c/64]&(1<<(c%64)) != 0
}

// newNameTrie builds the trie of names, appending each canonical form to
// text.
func newNameTrie(names map[string][][]string, text *strings.Builder) *nameTrie {
	root := &nameTrie{firsts: new([firstBits / 64]uint64)}
	for first, cands := range names {
		if first != "" {
			c := wordClass(first)
			root.firsts[c/64] |= 1 << (c % 64)
		}
		for _, c := range cands {
			n := root
			for _, w := range c {
				if n.next == nil {
					n.next = map[string]*nameTrie{}
				}
				child := n.next[w]
				if child == nil {
					child = &nameTrie{}
					n.next[w] = child
				}
				n = child
			}
			if n.canon.end == 0 {
				off := text.Len()
				for k, w := range c {
					if k > 0 {
						text.WriteByte('_')
					}
					text.WriteString(w)
				}
				n.canon = span{int32(off), int32(text.Len())}
			}
		}
	}
	return root
}

// match returns the length in words of the longest declared name that
// the Word tokens from i spell on one line and where its canonical form
// is, or 0.
func (root *nameTrie) match(src string, toks []lexer.Token, i int) (int, span) {
	best, at, n := 0, span{}, root
	for k := i; k < len(toks); k++ {
		t := &toks[k]
		if t.Kind != lexer.Word || t.Line != toks[i].Line || n.next == nil {
			break
		}
		if n = n.next[t.Text(src)]; n == nil {
			break
		}
		if n.canon.end != 0 {
			best, at = k-i+1, n.canon
		}
	}
	return best, at
}

// collectNames returns the multi-word names declared in toks, by first
// word, in the order they are declared (nameTrie finds the longest match).
func collectNames(src string, toks []lexer.Token) map[string][][]string {
	seen := map[string]bool{}
	names := map[string][][]string{}
	// add records a name; a spaced process name (§2.2) may have reserved
	// words inside, as the whole sequence must match.
	addName := func(words []string, process bool) {
		if len(words) < 2 || words[0] == "empty" && words[1] == "list" {
			return
		}
		for k, w := range words {
			if process && !(isIdentifier(w) && (k > 0 || !reserved[w])) || !process && !nameWord(w) {
				return
			}
		}
		key := strings.Join(words, " ")
		if seen[key] {
			return
		}
		seen[key] = true
		names[words[0]] = append(names[words[0]], words)
	}
	add := func(words []string) { addName(words, false) }
	text := func(i int) string {
		if i < 0 || i >= len(toks) || toks[i].Kind != lexer.Word {
			return ""
		}
		return toks[i].Text(src)
	}
	// run returns the words from i up to (not including) the first token
	// that is not a name word or is one of stops.
	// Only name words can be part of a name, so the run also ends at any
	// other word: each run is short, and the pass stays linear.
	// A run of one word is not a multi-word name: words is only built
	// from the second word on, so most runs allocate nothing.
	var one [1]string
	run := func(i int, stops ...string) []string {
		var words []string
		n := 0
		for ; i < len(toks) && toks[i].Kind == lexer.Word && nameWord(toks[i].Text(src)); i++ {
			w := toks[i].Text(src)
			for _, s := range stops {
				if w == s {
					return words
				}
			}
			switch n++; n {
			case 1:
				one[0] = w
				words = one[:]
			case 2:
				words = []string{one[0], w}
			default:
				words = append(words, w)
			}
		}
		return words
	}
	// params collects the parameter names after `takes` or `Lambda` at i.
	params := func(i int) {
		for i < len(toks) {
			words := run(i, "and", "as", "returns")
			add(words)
			i += len(words)
			// Skip to the next `and` or `,` (past a type), or stop.
			for i < len(toks) {
				k := toks[i].Kind
				if k == lexer.Colon || k == lexer.Newline || k == lexer.EOF || text(i) == "returns" {
					return
				}
				if k == lexer.Comma || text(i) == "and" {
					i++
					break
				}
				i++
			}
		}
	}
	for i, t := range toks {
		switch t.Kind {
		case lexer.String:
			if text(i-1) == "called" {
				if lit, err := strconv.Unquote(t.Text(src)); err == nil {
					addName(strings.Fields(lit), true)
				}
			}
			continue
		case lexer.Word:
		default:
			continue
		}
		switch t.Text(src) {
		case "Let":
			add(run(i+1, "be", "as"))
		case "each":
			if text(i-1) == "For" || text(i-1) == "for" {
				add(run(i+1, "in"))
			}
		case "Catch":
			words := run(i + 1)
			if i+1+len(words) < len(toks) && toks[i+1+len(words)].Kind == lexer.Colon {
				add(words)
			}
		case "as":
			// `With E as NAME:`: the words after the last `as` of the line
			// up to its final ':'.
			words := run(i + 1)
			j := i + 1 + len(words)
			if j+1 < len(toks) && toks[j].Kind == lexer.Colon && (toks[j+1].Kind == lexer.Newline || toks[j+1].Kind == lexer.EOF) {
				add(words)
			}
		case "takes", "Lambda":
			params(i + 1)
		case "When":
			whenBindings(src, toks, i+1, run, add)
		}
	}
	return names
}

// unknownName reports, for an unexpected name word at token i that
// follows another name word on its line, `unknown name "unit prise"` over
// the whole run of name words (level2.md §2.1), with a hint naming the
// declared multi-word name of as many words that differs in the fewest.
func (p *parser) unknownName(i int) bool {
	at := p.pos + i
	if at < 1 || !p.isNameWordTok(at) || !p.isNameWordTok(at-1) || p.toks[at-1].Line != p.toks[at].Line {
		return false
	}
	start, end := at-1, at
	for start > 0 && p.isNameWordTok(start-1) && p.toks[start-1].Line == p.toks[at].Line {
		start--
	}
	for end+1 < len(p.toks) && p.isNameWordTok(end+1) && p.toks[end+1].Line == p.toks[at].Line {
		end++
	}
	var words []string
	for k := start; k <= end; k++ {
		words = append(words, strings.ReplaceAll(p.toks[k].Text(p.src), "_", " "))
	}
	run := strings.Fields(strings.Join(words, " "))
	hint, best := "", len(run)
	for _, cands := range p.multi {
		for _, c := range cands {
			if len(c) != len(run) {
				continue
			}
			diff := 0
			for k := range c {
				if c[k] != run[k] {
					diff++
				}
			}
			if h := "did you mean \"" + strings.Join(c, " ") + "\"?"; diff < best || diff == best && hint != "" && h < hint {
				best, hint = diff, h
			}
		}
	}
	sp := ast.Span{Start: p.toks[start].Pos(), End: p.toks[end].End()}
	p.errorf(sp, diag.CodeUnknownMultiName, hint, "unknown name %q", strings.Join(run, " "))
	return true
}

// isNameWordTok reports whether token k is a Word that may be part of a
// multi-word name (a merged name counts).
func (p *parser) isNameWordTok(k int) bool {
	if k < 0 || k >= len(p.toks) || p.toks[k].Kind != lexer.Word {
		return false
	}
	t := p.toks[k]
	if p.merged(t) {
		return true
	}
	return nameWord(t.Text(p.src))
}
