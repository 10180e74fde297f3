package check

import (
	"sort"
	"strconv"

	"github.com/runa2go/runa2go/frontend/diag"
)

func itoa(i int) string { return strconv.Itoa(i) }

// suggestName proposes a visible name close to name ("did you mean").
func (c *checker) suggestName(name string) string {
	if !c.final {
		return ""
	}
	if c.suggested == nil {
		c.suggested = map[string]string{}
	}
	if s, ok := c.suggested[name]; ok {
		return s
	}
	if len(c.suggested) >= maxSuggestions {
		return ""
	}
	s := c.suggestNameSlow(name)
	c.suggested[name] = s
	return s
}

// maxSuggestions bounds the "did you mean" searches of one run, so a file
// full of unknown names is still checked in linear time.
const maxSuggestions = 100

func (c *checker) suggestNameSlow(name string) string {
	var cands []string
	for i := range c.overlay {
		for n := range c.overlay[i] {
			cands = append(cands, n)
		}
	}
	for p := c.proc; p != nil; p = p.Parent {
		for n := range p.scope {
			cands = append(cands, n)
		}
	}
	for n := range c.globals {
		cands = append(cands, n)
	}
	for n := range c.procs {
		cands = append(cands, n)
	}
	for n := range builtins {
		cands = append(cands, n)
	}
	return suggestAmong(name, cands)
}

func (c *checker) suggestProc(name string) string {
	var cands []string
	for n := range c.procs {
		cands = append(cands, n)
	}
	return suggestAmong(name, cands)
}

func suggestField(r *Record, name string) string {
	var cands []string
	for _, f := range r.AllFields() {
		cands = append(cands, f.Name)
	}
	return suggestAmong(name, cands)
}

// suggestAmong returns `did you mean "x"?` for the closest candidate within
// a small edit distance, or "".
func suggestAmong(name string, cands []string) string {
	// Allow about one edit per three characters (none for 1–2 letters).
	best, bestD := "", len([]rune(name))/3+1
	if bestD > 3 {
		bestD = 3
	}
	n := len([]rune(name))
	for _, cand := range cands {
		if cand == name {
			continue
		}
		if d := len([]rune(cand)) - n; d >= bestD || -d >= bestD {
			continue // the length difference alone is too many edits
		}
		if d := editDistance(name, cand); d < bestD || (d == bestD && best != "" && cand < best) {
			best, bestD = cand, d
		}
	}
	if best == "" {
		return ""
	}
	return `did you mean "` + best + `"?`
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// sortDiags orders diagnostics by position (stable for equal positions).
func sortDiags(l diag.List) {
	sort.SliceStable(l, func(i, j int) bool {
		return l[i].Span.Start.Before(l[j].Span.Start)
	})
}
