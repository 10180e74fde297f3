package check

import "github.com/runa2go/runa2go/frontend/ast"

// patternFits reports a literal pattern that can never match a value of the
// subject's static type st (level2.md §9.3, §16): a scalar literal of one
// kind against a scalar subject of another kind (Integer and Float match
// each other by value). It returns false, after the error, for such a
// pattern, and true otherwise, so the caller's Level 1 checks still run
// for the patterns that fit. Subjects of other types (Any, Optional,
// unions, not yet known) are left to run time.
func (c *checker) patternFits(p *ast.LiteralPattern, st, lt Type) bool {
	scalar := func(t Type) bool {
		return t == Integer || t == Float || t == Number || t == String || t == Boolean
	}
	if !scalar(st) || !scalar(lt) || st == lt || (isNumeric(st) && isNumeric(lt)) {
		return true
	}
	c.errorf(p.Value.Sp, CodePatternType, "", "pattern %s (%s) can never match a value of type %s", p.Value.Raw, lt, st)
	return false
}
