package check

// Diagnostic codes of the Level 2 types (level2.md §10, §15.1).
const (
	// CodeNotMember: a value whose type is not a member of the union slot
	// it flows into.
	CodeNotMember = "E310"
	// CodeNotLiteral: a constant outside the literal union it flows into.
	CodeNotLiteral = "E311"
	// CodeMixedLiterals: a literal union mixing String and Integer literals.
	CodeMixedLiterals = "E312"
	// CodeUnnarrowed: a union value used by an operation only its members
	// support.
	CodeUnnarrowed = "E313"
	// CodeTypeParamOp: an operation a type parameter does not support.
	CodeTypeParamOp = "E314"
	// CodeTypeArgCount: a generic type given the wrong number of arguments.
	CodeTypeArgCount = "E315"
	// CodeImpossibleAs: an `as` conversion no value can pass.
	CodeImpossibleAs = "E316"
	// CodeTypeTestArgs: `is of type` with type arguments.
	CodeTypeTestArgs = "E317"
	// CodeTypeTest: `is of type` naming something that is not a type
	// name (a literal, a function type).
	CodeTypeTest = "E318"
)
