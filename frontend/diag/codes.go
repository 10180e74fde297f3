package diag

// Diagnostic codes of the syntax front end (lexer, parser and the parser's
// structural pass). Codes are stable: tests and users may match on them.
// E1xx are syntax errors; E2xx and above belong to the checker.
const (
	// CodeBadChar: a character that cannot start any token.
	CodeBadChar = "E101"
	// CodeBadString: an unterminated string literal or an invalid escape.
	CodeBadString = "E102"
	// CodeBadNumber: an integer literal out of the 64-bit range or a malformed number.
	CodeBadNumber = "E103"
	// CodeIndent: mixed tabs and spaces in one indentation, a dedent to a
	// width no enclosing block uses, or an indented line that no header opened.
	CodeIndent = "E104"
	// CodeMissingColon: a block header line (If, While, Process, …) without its ':'.
	CodeMissingColon = "E105"
	// CodeSyntax: an unexpected token or a malformed statement or expression.
	CodeSyntax = "E106"
	// CodeDialect: syntax of the later "RunaLang" dialect (End Process,
	// Note:, `of type`), which runa2go does not accept.
	CodeDialect = "E107"
	// CodeBreakOutside: Break or Continue outside a loop.
	CodeBreakOutside = "E108"
	// CodeYieldOutside: Yield outside a generator or context-manager process,
	// or not exactly one top-level Yield in a context-manager process.
	CodeYieldOutside = "E109"
	// CodeSettleOutside: Resolve or Reject outside `new awaitable that resolves when`.
	CodeSettleOutside = "E110"
	// CodeReturnMain: Return with a value in the main program.
	CodeReturnMain = "E111"
	// CodeBlock: a missing or misplaced indented block (a header with no
	// body, a body on the header's line, a one-expression block with more).
	CodeBlock = "E112"
	// CodeTooDeep: blocks, brackets or prefix operators nested deeper than
	// the limit of spec §1, or a statement whose syntax tree is too deep.
	CodeTooDeep = "E113"
	// CodeEncoding: the source is not UTF-8 text (a binary, or invalid
	// UTF-8 anywhere, string literals included); reported once, at the
	// first bad byte.
	CodeEncoding = "E114"
	// CodeUnknownMultiName: a run of name words that spells no declared
	// name (level2.md §2.1).
	CodeUnknownMultiName = "E115"
	// CodePatternKey: a dictionary pattern key that is not a literal
	// (level2.md §9.1).
	CodePatternKey = "E116"
	// CodeRestNotLast: `rest` or `...NAME` before the last item of a list
	// pattern (level2.md §9.1).
	CodeRestNotLast = "E117"
)
