package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/codegen/lower"
	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// builtinCall is one call of a builtin as its lowering sees it.
type builtinCall struct {
	e    *ast.CallExpr
	info *check.Call
	t    check.Type // the call's checked type
}

// has reports whether argument i was passed (an optional one may not be).
func (c *builtinCall) has(i int) bool { return i < len(c.info.Args) && c.info.Args[i] != nil }

// builtinLowering lowers one call of a builtin to Go.
type builtinLowering func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall

// lowerings holds the Go lowering of every entry of check.Builtins(),
// keyed by name (TestBuiltinLowerings checks that none is missing).
var lowerings = map[string]builtinLowering{}

// builtin lowers a call of a built-in process (spec §9) with its entry in
// lowerings.
func (f *fnGen) builtin(b *[]jen.Code, e *ast.CallExpr, info *check.Call) loweredCall {
	lower, ok := lowerings[info.Builtin.Name]
	if !ok {
		panic("codegen: builtin " + info.Builtin.Name + " has no lowering")
	}
	return lower(f, b, &builtinCall{e: e, info: info, t: f.typ(e)})
}

// arg lowers argument i converted to t (t's None when it was left out).
func (f *fnGen) arg(b *[]jen.Code, c *builtinCall, i int, t check.Type) *jen.Statement {
	if !c.has(i) {
		return f.none(t)
	}
	return f.convert(b, c.info.Args[i], t)
}

// argType is the checked type of argument i (Any when it was left out).
func (f *fnGen) argType(c *builtinCall, i int) check.Type {
	if !c.has(i) {
		return check.AnyType
	}
	return f.typ(c.info.Args[i])
}

func rtq(fn string, args ...jen.Code) *jen.Statement  { return jen.Qual(rtPath, fn).Call(args...) }
func stdq(fn string, args ...jen.Code) *jen.Statement { return jen.Qual(stdPath, fn).Call(args...) }

// webq calls an HTTP builtin of rt/std/web (apart from rt/std, so that a
// program that does no HTTP does not link net/http).
func webq(fn string, args ...jen.Code) *jen.Statement { return jen.Qual(webPath, fn).Call(args...) }

// ctxRef returns a reference to the function's context and records the use,
// so a region can tell whether the code lowered inside it uses ctx (see
// fnGen.ctxRefs) without reading what was printed.
func (f *fnGen) ctxRef() *jen.Statement {
	f.ctxRefs++
	return jen.Id("ctx")
}

// httpCall lowers http_get, http_post and http_request. Without headers
// or a timeout, http_get and http_post keep their short forms; otherwise
// the call is web.HttpRequest(ctx, method, url, headers, body, timeout).
func (f *fnGen) httpCall(b *[]jen.Code, c *builtinCall, method string, url, headers, body, timeout int) loweredCall {
	t := c.t
	resp := func(code *jen.Statement) loweredCall {
		return loweredCall{call: true, code: code, value: t, fallible: true, hint: "response"}
	}
	if !c.has(headers) && !c.has(timeout) {
		switch method {
		case "GET":
			return resp(webq("HttpGet", f.ctxRef(), f.arg(b, c, url, check.String)))
		case "POST":
			return resp(webq("HttpPost", f.ctxRef(), f.arg(b, c, url, check.String), f.arg(b, c, body, check.String)))
		}
	}
	// The arguments are lowered in parameter order (the order their
	// effects run in), then placed as HttpRequest takes them.
	code := map[int]*jen.Statement{}
	for i := range c.info.Args {
		if c.has(i) {
			code[i] = f.arg(b, c, i, c.info.Builtin.Types[i])
		}
	}
	or := func(i int, none *jen.Statement) *jen.Statement {
		if x, ok := code[i]; ok && i >= 0 {
			return x
		}
		return none
	}
	m := jen.Lit(method)
	if method == "" {
		m = code[0]
	}
	args := []jen.Code{f.ctxRef(), m, code[url], or(headers, jen.Nil()), or(body, jen.Lit("")), or(timeout, jen.Lit(0.0))}
	return resp(webq("HttpRequest", args...))
}

func init() {
	for name, lower := range map[string]builtinLowering{
		"sleep": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: rtq("Sleep", f.ctxRef(), f.arg(b, c, 0, check.Float)), fallible: true, hint: "sleep"}
		},
		"sleep_until": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: stdq("SleepUntil", f.ctxRef(), f.arg(b, c, 0, check.DateTime)), fallible: true, hint: "sleep"}
		},
		"http_get": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return f.httpCall(b, c, "GET", 0, 1, -1, 2)
		},
		"http_post": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return f.httpCall(b, c, "POST", 0, 2, 1, 3)
		},
		"http_request": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return f.httpCall(b, c, "", 1, 2, 3, 4)
		},
		"read_file": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: stdq("ReadFile", f.ctxRef(), f.arg(b, c, 0, check.String)), value: check.String, fallible: true, hint: "content"}
		},
		"read_lines": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: stdq("ReadLines", f.ctxRef(), f.arg(b, c, 0, check.String)), value: c.t, hint: "lines"}
		},
		"write_file": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: stdq("WriteFile", f.ctxRef(), f.arg(b, c, 0, check.String), f.arg(b, c, 1, check.String)), fallible: true, hint: "write"}
		},
		"list_files": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: stdq("ListFiles", f.ctxRef(), f.arg(b, c, 0, check.String)), value: c.t, fallible: true, hint: "files"}
		},
		"file_exists": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: stdq("FileExists", f.arg(b, c, 0, check.String)), value: check.Boolean}
		},
		"current_datetime": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: rtq("Now"), value: check.DateTime}
		},
		"random_integer": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: stdq("RandomInteger", f.arg(b, c, 0, check.Integer), f.arg(b, c, 1, check.Integer)), value: check.Integer}
		},
		"log_event": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			args := []jen.Code{f.arg(b, c, 0, check.String)}
			for _, x := range c.info.Extra {
				args = append(args, jen.Qual(stdPath, "Field").Values(jen.Dict{
					jen.Id("Name"):  jen.Lit(x.Name.Name),
					jen.Id("Value"): f.boxed(b, x.Value),
				}))
			}
			return loweredCall{call: true, code: stdq("LogEvent", args...)}
		},
		"to_string": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			at := f.argType(c, 0)
			return loweredCall{code: f.textOf(f.arg(b, c, 0, at), at), value: check.String}
		},
		"to_integer": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			if f.argType(c, 0) == check.String {
				return loweredCall{call: true, code: rtq("ToInteger", f.arg(b, c, 0, check.String)), value: check.Integer}
			}
			return loweredCall{call: true, code: rtq("ToIntegerAny", f.arg(b, c, 0, check.AnyType)), value: check.Integer}
		},
		"to_float": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			if f.argType(c, 0) == check.String {
				return loweredCall{call: true, code: rtq("ToFloat", f.arg(b, c, 0, check.String)), value: check.Float}
			}
			return loweredCall{call: true, code: rtq("ToFloatAny", f.arg(b, c, 0, check.AnyType)), value: check.Float}
		},
		"input": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			prompt := jen.Lit("")
			if c.has(0) {
				prompt = f.arg(b, c, 0, check.String)
			}
			return loweredCall{call: true, code: stdq("Input", prompt), value: check.String}
		},
		"join": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			if _, ok := unwrap(f.argType(c, 0)).(*check.List); ok {
				items := f.nonNone(b, c.info.Args[0])
				return loweredCall{call: true, code: rtq("Join", items, f.arg(b, c, 1, check.String)), value: check.String}
			}
			return loweredCall{call: true, code: rtq("AnyJoin", f.arg(b, c, 0, check.AnyType), f.arg(b, c, 1, check.String)), value: check.String}
		},
		"json_stringify": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: rtq("JSONStringify", f.arg(b, c, 0, check.AnyType)), value: check.String}
		},
		"json_parse": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: rtq("JSONParse", f.arg(b, c, 0, check.String)), value: check.AnyType}
		},
		"new_cancel_token": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: rtq("NewCancelToken"), value: check.CancelToken}
		},
		"cancel": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: f.arg(b, c, 0, check.CancelToken).Dot("Cancel").Call()}
		},
		"is_cancelled": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: f.arg(b, c, 0, check.CancelToken).Dot("IsCancelled").Call(), value: check.Boolean}
		},
		"args": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: stdq("Args"), value: c.t}
		},
		"env": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			return loweredCall{call: true, code: stdq("Env", f.arg(b, c, 0, check.String)), value: c.t}
		},
		"convert_to_awaitable": (*fnGen).convertToAwaitable,
		"parallel_await":       (*fnGen).awaitAll,
		"race_await":           (*fnGen).awaitAll,
		"await_with_timeout":   (*fnGen).awaitOne,
		"await_cancellable":    (*fnGen).awaitOne,
		"async_lock": func(f *fnGen, b *[]jen.Code, c *builtinCall) loweredCall {
			// The With statement lowers the lock itself (see try.go).
			return loweredCall{code: noneValue()}
		},
	} {
		lowerings[name] = lower
	}
}

// convertToAwaitable lowers convert_to_awaitable (spec §8.9): an
// awaitable as it is, any other value as an awaitable resolved to it.
func (f *fnGen) convertToAwaitable(b *[]jen.Code, c *builtinCall) loweredCall {
	at := f.argType(c, 0)
	if a, ok := at.(*check.Awaitable); ok {
		return loweredCall{code: f.arg(b, c, 0, a), value: a}
	}
	a, _ := c.t.(*check.Awaitable)
	var elem check.Type = check.AnyType
	if a != nil {
		elem = lower.ValueType(a.Elem.Type())
	}
	return loweredCall{call: true, code: jen.Qual(rtPath, "Resolved").Types(f.g.goType(elem)).Call(f.arg(b, c, 0, elem)), value: c.t}
}

// awaitAll lowers parallel_await and race_await (spec §8.2, §8.3).
func (f *fnGen) awaitAll(b *[]jen.Code, c *builtinCall) loweredCall {
	name, t, ctx := c.info.Builtin.Name, c.t, f.ctxRef()
	lt, _ := unwrap(f.argType(c, 0)).(*check.List)
	var res check.Type = check.AnyType
	if name == "race_await" {
		res = lower.ValueType(t)
	} else if l, ok := t.(*check.List); ok {
		res = lower.ValueType(l.Elem.Type())
	}
	x := f.arg(b, c, 0, f.argType(c, 0))
	if lt == nil {
		return loweredCall{code: noneValue(), value: check.AnyType}
	}
	items := f.names.name("tasks")
	idx := f.names.name("i")
	*b = append(*b, jen.Id(items).Op(":=").Add(x).Dot("Items").Call())
	// Each task's result: await a future, await an Any (which may hold
	// one), or take a plain value as it is (spec §8.1).
	var elem jen.Code = jen.Id(items).Index(jen.Id(idx))
	var body []jen.Code
	switch et := lt.Elem.Type(); {
	case isAwaitable(et):
		if name == "parallel_await" {
			r := f.finishCall(b, rtq("All", ctx, jen.Id(items)), res, true, "results")
			return loweredCall{call: true, code: jen.Qual(rtPath, "ListOf").Call(r), value: t}
		}
		body = []jen.Code{jen.Return(jen.Qual(rtPath, "Await").Call(ctx, elem))}
	case et == check.AnyType || et == check.Unknown:
		body = []jen.Code{jen.Return(f.conv(jen.Qual(rtPath, "AwaitAny").Call(ctx, elem), check.AnyType, res), jen.Nil())}
		if res == check.AnyType {
			body = []jen.Code{jen.Return(jen.Qual(rtPath, "AwaitAny").Call(ctx, elem))}
		}
	default:
		body = []jen.Code{jen.Return(f.conv(jen.Id(items).Index(jen.Id(idx)), et, res), jen.Nil())}
	}
	fn := taskFunc(f.g, res, body, jen.Id(idx).Int())
	if name == "race_await" {
		return loweredCall{call: true, code: rtq("Race", ctx, jen.Len(jen.Id(items)), fn), value: res, fallible: true, hint: "winner"}
	}
	r := f.finishCall(b, rtq("Parallel", ctx, jen.Len(jen.Id(items)), fn), res, true, "results")
	return loweredCall{call: true, code: jen.Qual(rtPath, "ListOf").Call(r), value: t}
}

// awaitOne lowers await_with_timeout and await_cancellable (spec §8.4,
// §8.5): the operation runs as a task bounded by the timeout or token.
func (f *fnGen) awaitOne(b *[]jen.Code, c *builtinCall) loweredCall {
	res := lower.ValueType(c.t)
	var op ast.Expr
	if len(c.info.Args) > 0 {
		op = c.info.Args[0]
	}
	var second *jen.Statement
	fn := "WithTimeout"
	if c.info.Builtin.Name == "await_with_timeout" {
		second = f.arg(b, c, 1, check.Float)
	} else {
		second = f.arg(b, c, 1, check.CancelToken)
		fn = "WithToken"
	}
	var body []jen.Code
	if op == nil {
		body = []jen.Code{jen.Return(f.g.zero(res), jen.Nil())}
	} else {
		body = f.taskBody(op, res, nil)
	}
	return loweredCall{call: true, code: rtq(fn, f.ctxRef(), second, taskFunc(f.g, res, body)), value: res, fallible: true, hint: "result"}
}

func isAwaitable(t check.Type) bool {
	_, ok := t.(*check.Awaitable)
	return ok
}
