package check

// builtins are the Level 1 built-in processes of spec §9 with their
// declared parameter names.
var builtins = map[string]*Builtin{}

func init() {
	for _, b := range []*Builtin{
		{Name: "sleep", Params: []string{"seconds"}, Async: true},
		{Name: "http_get", Params: []string{"url"}, Async: true},
		{Name: "http_post", Params: []string{"url", "body"}, Async: true},
		{Name: "read_file", Params: []string{"path"}, Async: true},
		{Name: "write_file", Params: []string{"path", "content"}, Async: true},
		{Name: "file_exists", Params: []string{"path"}},
		{Name: "current_datetime"},
		{Name: "log_event", Params: []string{"message"}, VarArgs: true},
		{Name: "to_string", Params: []string{"value"}},
		{Name: "to_integer", Params: []string{"value"}},
		{Name: "to_float", Params: []string{"value"}},
		{Name: "json_stringify", Params: []string{"value"}},
		{Name: "json_parse", Params: []string{"text"}},
		{Name: "new_cancel_token"},
		{Name: "cancel", Params: []string{"token"}},
		{Name: "is_cancelled", Params: []string{"token"}},
		{Name: "args"},
		{Name: "env", Params: []string{"name"}},
		{Name: "parallel_await", Params: []string{"tasks"}, Async: true},
		{Name: "race_await", Params: []string{"tasks"}, Async: true},
		{Name: "await_with_timeout", Params: []string{"operation", "timeout_seconds"}, Async: true},
		{Name: "await_cancellable", Params: []string{"operation", "token"}, Async: true},
		{Name: "async_lock", Params: []string{"name"}},
		{Name: "convert_to_awaitable", Params: []string{"promise"}},
	} {
		builtins[b.Name] = b
	}
}

// httpResponse is the built-in record returned by http_get and http_post.
var httpResponse = &Record{
	Name:    "HttpResponse",
	Builtin: true,
	Fields: []*Field{
		{Name: "status_code", Type: Integer},
		{Name: "body", Type: String},
		{Name: "headers", Type: &Dict{Key: &TVar{t: String}, Val: &TVar{t: String}}},
	},
}
