package check

import (
	"slices"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Builtin is a built-in process (spec §9). Its entry in the builtin table
// is the one description of it that the checker, the code generator and
// the language server share: a Runa signature, nothing about Go.
type Builtin struct {
	Name string
	// Params are the declared parameter names, in order.
	Params []string
	// Types are the declared Runa types of Params (same index); nil where
	// any value is accepted or the typing rule decides.
	Types []Type
	// Optional is how many trailing Params may be left out.
	Optional int
	// Async builtins must be awaited (they suspend).
	Async bool
	// VarArgs accepts further named arguments (log_event).
	VarArgs bool
	// Raises reports whether a call may raise an error even when its
	// arguments are well typed (a transport, I/O or conversion failure).
	Raises bool
	// Result is the result type as the reference spells it.
	Result string
	// combinator builtins take awaitables or processes (spec §8); an
	// unawaited call of one is not W301.
	combinator bool
	// task builtins run in or against the calling task: the process
	// calling one needs its task (every Async and combinator builtin).
	task bool
	// typing types a call whose arguments have been matched and checked
	// against Types; it returns the call's type.
	typing func(c *checker, a *builtinArgs) Type
}

func (b *Builtin) objectName() string { return b.Name }

// Required is how many leading Params a call must pass.
func (b *Builtin) Required() int { return len(b.Params) - b.Optional }

// builtinArgs is one call of a builtin as its typing rule sees it.
type builtinArgs struct {
	e     *ast.CallExpr
	b     *Builtin
	info  *Call
	types []Type // the argument types, by parameter; Any for a missing one
}

// has reports whether argument i was passed.
func (a *builtinArgs) has(i int) bool { return a.info.Args[i] != nil }

// builtinTable lists every builtin, sorted by name (see Builtins).
var builtinTable []*Builtin

// builtins indexes builtinTable by name.
var builtins = map[string]*Builtin{}

// Builtins returns the builtin table, sorted by name. The entries are
// shared: callers must not modify them.
func Builtins() []*Builtin { return builtinTable }

// LookupBuiltin returns the builtin called name, or nil.
func LookupBuiltin(name string) *Builtin { return builtins[name] }

// returns is the typing rule of a builtin whose result type is fixed.
func returns(t Type) func(*checker, *builtinArgs) Type {
	return func(*checker, *builtinArgs) Type { return t }
}

// stringDict is Dictionary[String, String].
func stringDict() *Dict {
	return &Dict{Key: &TVar{t: String, fixed: true}, Val: &TVar{t: String, fixed: true}}
}

func init() {
	secs := []Type{Float}
	str := []Type{String}
	http := func(c *checker, a *builtinArgs) Type { return httpResponse }
	for _, b := range []*Builtin{
		{Name: "sleep", Params: []string{"seconds"}, Types: secs, Async: true, Raises: true, Result: "None",
			typing: returns(NoneType)},
		{Name: "sleep_until", Params: []string{"time"}, Types: []Type{DateTime}, Async: true, Raises: true, Result: "None",
			typing: returns(NoneType)},
		{Name: "http_get", Params: []string{"url", "headers", "timeout"}, Types: []Type{String, stringDict(), Float},
			Optional: 2, Async: true, Raises: true, Result: "HttpResponse", typing: http},
		{Name: "http_post", Params: []string{"url", "body", "headers", "timeout"}, Types: []Type{String, String, stringDict(), Float},
			Optional: 2, Async: true, Raises: true, Result: "HttpResponse", typing: http},
		{Name: "http_request", Params: []string{"method", "url", "headers", "body", "timeout"},
			Types: []Type{String, String, stringDict(), String, Float}, Optional: 3, Async: true, Raises: true,
			Result: "HttpResponse", typing: http},
		{Name: "read_file", Params: []string{"path"}, Types: str, Async: true, Raises: true, Result: "String",
			typing: returns(String)},
		{Name: "read_lines", Params: []string{"path"}, Types: str, Raises: true, Result: "Generator[String]",
			task: true, typing: func(*checker, *builtinArgs) Type { return &Generator{Elem: &TVar{t: String, fixed: true}} }},
		{Name: "write_file", Params: []string{"path", "content"}, Types: []Type{String, nil}, Async: true, Raises: true,
			Result: "None", typing: returns(NoneType)},
		{Name: "list_files", Params: []string{"path"}, Types: str, Async: true, Raises: true, Result: "List[String]",
			typing: func(*checker, *builtinArgs) Type { return &List{Elem: &TVar{t: String, fixed: true}} }},
		{Name: "file_exists", Params: []string{"path"}, Types: str, Result: "Boolean", typing: returns(Boolean)},
		{Name: "current_datetime", Result: "DateTime", typing: returns(DateTime)},
		{Name: "random_integer", Params: []string{"low", "high"}, Types: []Type{Integer, Integer}, Raises: true,
			Result: "Integer", typing: returns(Integer)},
		{Name: "log_event", Params: []string{"message"}, VarArgs: true, Result: "None",
			typing: func(c *checker, a *builtinArgs) Type {
				for _, x := range a.info.Extra {
					c.record(x.Value, c.prog.Types[x.Value])
				}
				return NoneType
			}},
		{Name: "to_string", Params: []string{"value"}, Result: "String", typing: returns(String)},
		{Name: "input", Params: []string{"prompt"}, Types: str, Optional: 1, Raises: true, Result: "String",
			typing: returns(String)},
		{Name: "join", Params: []string{"items", "separator"}, Types: []Type{nil, String}, Result: "String",
			typing: func(c *checker, a *builtinArgs) Type {
				if _, ok := unwrapOpt(a.types[0]).(*List); !ok {
					if t := a.types[0]; t != AnyType && t != Unknown && t != nil {
						c.errorf(a.info.Args[0].Span(), CodeArgType, "", "argument \"items\" of join must be a List, not %s", t)
					}
				}
				return String
			}},
		{Name: "to_integer", Params: []string{"value"}, Raises: true, Result: "Integer", typing: returns(Integer)},
		{Name: "to_float", Params: []string{"value"}, Raises: true, Result: "Float", typing: returns(Float)},
		{Name: "json_stringify", Params: []string{"value"}, Raises: true, Result: "String", typing: returns(String)},
		{Name: "json_parse", Params: []string{"text"}, Types: str, Raises: true, Result: "Any", typing: returns(AnyType)},
		{Name: "new_cancel_token", Result: "CancelToken", typing: returns(CancelToken)},
		{Name: "cancel", Params: []string{"token"}, Types: []Type{CancelToken}, Result: "None", typing: returns(NoneType)},
		{Name: "is_cancelled", Params: []string{"token"}, Types: []Type{CancelToken}, Result: "Boolean", typing: returns(Boolean)},
		{Name: "args", Result: "List[String]",
			typing: func(*checker, *builtinArgs) Type { return &List{Elem: &TVar{t: String, fixed: true}} }},
		{Name: "env", Params: []string{"name"}, Types: str, Result: "Optional[String]",
			typing: func(*checker, *builtinArgs) Type { return &Optional{Elem: String} }},
		{Name: "parallel_await", Params: []string{"tasks"}, Async: true, Raises: true, combinator: true,
			Result: "List[T]", typing: awaitAll},
		{Name: "race_await", Params: []string{"tasks"}, Async: true, Raises: true, combinator: true,
			Result: "T", typing: awaitAll},
		{Name: "await_with_timeout", Params: []string{"operation", "timeout_seconds"}, Types: []Type{nil, Float},
			Async: true, Raises: true, combinator: true, Result: "T", typing: awaitOne},
		{Name: "await_cancellable", Params: []string{"operation", "token"}, Types: []Type{nil, CancelToken},
			Async: true, Raises: true, combinator: true, Result: "T", typing: awaitOne},
		{Name: "async_lock", Params: []string{"name"}, Types: str, Raises: true, Result: "Context Manager",
			typing: func(c *checker, a *builtinArgs) Type {
				if c.withHeader != a.e {
					c.errorf(a.e.Sp, CodeManagerOutsideWith, "write `With async_lock with name as …:` around the code it guards", "async_lock can only be used in a With header")
				}
				return &Manager{Elem: &TVar{t: NoneType}}
			}},
		{Name: "convert_to_awaitable", Params: []string{"promise"}, Raises: true, combinator: true, Result: "Awaitable[T]",
			typing: func(c *checker, a *builtinArgs) Type {
				if aw, ok := a.types[0].(*Awaitable); ok {
					return aw
				}
				res := c.cell(a.e, "awaitable value")
				c.flow(res, a.types[0])
				return &Awaitable{Elem: res}
			}},
	} {
		b.task = b.task || b.Async || b.combinator
		builtins[b.Name] = b
		builtinTable = append(builtinTable, b)
	}
	slices.SortFunc(builtinTable, func(x, y *Builtin) int {
		switch {
		case x.Name < y.Name:
			return -1
		case x.Name > y.Name:
			return 1
		}
		return 0
	})
}

// awaitAll types parallel_await and race_await (spec §8.2, §8.3).
func awaitAll(c *checker, a *builtinArgs) Type {
	res := c.cell(a.e, "result")
	if l, ok := a.types[0].(*List); ok {
		if aw, ok := l.Elem.Type().(*Awaitable); ok {
			c.unify(res, aw.Elem)
		} else {
			c.flow(res, l.Elem.Type())
		}
	} else if t := a.types[0]; t != AnyType && t != Unknown && t != nil {
		c.errorf(a.info.Args[0].Span(), CodeArgType, "", "argument \"tasks\" of %s must be a list of awaitables, not %s", a.b.Name, t)
	}
	if a.b.Name == "race_await" {
		return res.Type()
	}
	return &List{Elem: res}
}

// awaitOne types await_with_timeout and await_cancellable (spec §8.4,
// §8.5): the operation's result.
func awaitOne(c *checker, a *builtinArgs) Type {
	if aw, ok := a.types[0].(*Awaitable); ok {
		return aw.Elem.Type()
	}
	if a.types[0] == nil {
		return AnyType
	}
	return a.types[0]
}

// wants describes what a parameter of type t must be, for E267.
func wants(t Type) string {
	switch t {
	case String:
		return "a String"
	case Float:
		return "a number of seconds"
	case Integer:
		return "an Integer"
	case CancelToken:
		return "a cancel token"
	case DateTime:
		return "a DateTime"
	}
	return an(t)
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
