package lsp

import "github.com/runa2go/runa2go/frontend/check"

// builtinParams are the built-in processes (spec §9) with their
// parameter names, in order, from the checker's builtin table.
var builtinParams = map[string][]string{}

func init() {
	for _, b := range check.Builtins() {
		builtinParams[b.Name] = b.Params
	}
}

// reservedWords are never a variable, parameter or process name (spec §1).
var reservedWords = map[string]bool{}

func init() {
	for _, w := range []string{
		"Let", "Set", "If", "Otherwise", "While", "For", "Break", "Continue", "Return", "Display",
		"Add", "Remove", "Match", "When", "Try", "Catch", "Finally", "Throw", "With", "Yield",
		"Type", "Process", "Async", "Generator", "Context", "Manager", "Resolve", "Reject", "Import",
		"be", "to", "as", "with", "and", "or", "not", "is", "in", "each", "called", "that", "takes",
		"returns", "containing", "plus", "minus", "multiplied", "divided", "by", "modulo",
		"followed", "from", "true", "false", "None", "await", "parallel_await", "race_await", "new",
		// Level 2 (level2.md §1).
		"Lambda", "Map", "Filter", "Reduce", "Sort", "Then", "Memoized", "Noop", "OR",
	} {
		reservedWords[w] = true
	}
}

func isBuiltin(name string) bool {
	_, ok := builtinParams[name]
	return ok
}
