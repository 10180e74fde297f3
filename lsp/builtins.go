package lsp

// builtinParams are the Level 1 built-in processes (spec §9) with their
// parameter names, in order. The checker's table is not exported;
// TestBuiltinParams checks this one against it.
var builtinParams = map[string][]string{
	"sleep": {"seconds"}, "http_get": {"url"}, "http_post": {"url", "body"},
	"read_file": {"path"}, "write_file": {"path", "content"}, "file_exists": {"path"},
	"current_datetime": nil, "log_event": {"message"}, "to_string": {"value"},
	"to_integer": {"value"}, "to_float": {"value"}, "json_stringify": {"value"},
	"json_parse": {"text"}, "new_cancel_token": nil, "cancel": {"token"},
	"is_cancelled": {"token"}, "args": nil, "env": {"name"},
	"parallel_await": {"tasks"}, "race_await": {"tasks"},
	"await_with_timeout": {"operation", "timeout_seconds"},
	"await_cancellable":  {"operation", "token"}, "async_lock": {"name"},
	"convert_to_awaitable": {"promise"},
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
	} {
		reservedWords[w] = true
	}
}

func isBuiltin(name string) bool {
	_, ok := builtinParams[name]
	return ok
}
