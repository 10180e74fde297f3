package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/check"
)

// builtin lowers a call of a built-in process (spec §9).
func (f *fnGen) builtin(b *[]jen.Code, e *ast.CallExpr, info *check.Call) loweredCall {
	name := info.Builtin.Name
	arg := func(i int, t check.Type) *jen.Statement {
		if i >= len(info.Args) || info.Args[i] == nil {
			return f.none(t)
		}
		return f.convert(b, info.Args[i], t)
	}
	argType := func(i int) check.Type {
		if i >= len(info.Args) || info.Args[i] == nil {
			return check.AnyType
		}
		return f.typ(info.Args[i])
	}
	ctx := jen.Id("ctx")
	rtq := func(fn string, args ...jen.Code) *jen.Statement { return jen.Qual(rtPath, fn).Call(args...) }
	stdq := func(fn string, args ...jen.Code) *jen.Statement { return jen.Qual(stdPath, fn).Call(args...) }
	t := f.typ(e)
	switch name {
	case "sleep":
		return loweredCall{code: rtq("Sleep", ctx, arg(0, check.Float)), fallible: true, hint: "sleep"}
	case "http_get":
		return loweredCall{code: stdq("HttpGet", ctx, arg(0, check.String)), value: t, fallible: true, hint: "response"}
	case "http_post":
		return loweredCall{code: stdq("HttpPost", ctx, arg(0, check.String), arg(1, check.String)), value: t, fallible: true, hint: "response"}
	case "read_file":
		return loweredCall{code: stdq("ReadFile", ctx, arg(0, check.String)), value: check.String, fallible: true, hint: "content"}
	case "write_file":
		return loweredCall{code: stdq("WriteFile", ctx, arg(0, check.String), arg(1, check.String)), fallible: true, hint: "write"}
	case "file_exists":
		return loweredCall{code: stdq("FileExists", arg(0, check.String)), value: check.Boolean}
	case "current_datetime":
		return loweredCall{code: rtq("Now"), value: check.DateTime}
	case "log_event":
		args := []jen.Code{arg(0, check.String)}
		for _, x := range info.Extra {
			args = append(args, jen.Qual(stdPath, "Field").Values(jen.Dict{
				jen.Id("Name"):  jen.Lit(x.Name.Name),
				jen.Id("Value"): f.boxed(b, x.Value),
			}))
		}
		return loweredCall{code: stdq("LogEvent", args...)}
	case "to_string":
		at := argType(0)
		return loweredCall{code: f.textOf(arg(0, at), at), value: check.String}
	case "to_integer":
		if argType(0) == check.String {
			return loweredCall{code: rtq("ToInteger", arg(0, check.String)), value: check.Integer}
		}
		return loweredCall{code: rtq("ToIntegerAny", arg(0, check.AnyType)), value: check.Integer}
	case "to_float":
		if argType(0) == check.String {
			return loweredCall{code: rtq("ToFloat", arg(0, check.String)), value: check.Float}
		}
		return loweredCall{code: rtq("ToFloatAny", arg(0, check.AnyType)), value: check.Float}
	case "json_stringify":
		return loweredCall{code: rtq("JSONStringify", arg(0, check.AnyType)), value: check.String}
	case "json_parse":
		return loweredCall{code: rtq("JSONParse", arg(0, check.String)), value: check.AnyType}
	case "new_cancel_token":
		return loweredCall{code: rtq("NewCancelToken"), value: check.CancelToken}
	case "cancel":
		return loweredCall{code: arg(0, check.CancelToken).Dot("Cancel").Call()}
	case "is_cancelled":
		return loweredCall{code: arg(0, check.CancelToken).Dot("IsCancelled").Call(), value: check.Boolean}
	case "args":
		return loweredCall{code: stdq("Args"), value: t}
	case "env":
		return loweredCall{code: stdq("Env", arg(0, check.String)), value: t}
	case "convert_to_awaitable":
		at := argType(0)
		if a, ok := at.(*check.Awaitable); ok {
			return loweredCall{code: arg(0, a), value: a}
		}
		a, _ := t.(*check.Awaitable)
		var elem check.Type = check.AnyType
		if a != nil {
			elem = valueType(a.Elem.Type())
		}
		return loweredCall{code: jen.Qual(rtPath, "Resolved").Types(f.g.goType(elem)).Call(arg(0, elem)), value: t}
	case "parallel_await", "race_await":
		lt, _ := unwrap(argType(0)).(*check.List)
		var res check.Type = check.AnyType
		if name == "race_await" {
			res = valueType(t)
		} else if l, ok := t.(*check.List); ok {
			res = valueType(l.Elem.Type())
		}
		x := arg(0, argType(0))
		if lt == nil {
			return loweredCall{code: jen.Nil(), value: check.AnyType}
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
				return loweredCall{code: jen.Qual(rtPath, "ListOf").Call(r), value: t}
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
			return loweredCall{code: rtq("Race", ctx, jen.Len(jen.Id(items)), fn), value: res, fallible: true, hint: "winner"}
		}
		r := f.finishCall(b, rtq("Parallel", ctx, jen.Len(jen.Id(items)), fn), res, true, "results")
		return loweredCall{code: jen.Qual(rtPath, "ListOf").Call(r), value: t}
	case "await_with_timeout", "await_cancellable":
		res := valueType(t)
		var op ast.Expr
		if len(info.Args) > 0 {
			op = info.Args[0]
		}
		var second *jen.Statement
		fn := "WithTimeout"
		if name == "await_with_timeout" {
			second = arg(1, check.Float)
		} else {
			second = arg(1, check.CancelToken)
			fn = "WithToken"
		}
		var body []jen.Code
		if op == nil {
			body = []jen.Code{jen.Return(f.g.zero(res), jen.Nil())}
		} else {
			body = f.taskBody(op, res, nil)
		}
		return loweredCall{code: rtq(fn, ctx, second, taskFunc(f.g, res, body)), value: res, fallible: true, hint: "result"}
	case "async_lock":
		return loweredCall{code: jen.Nil()}
	}
	return loweredCall{code: jen.Nil()}
}

func isAwaitable(t check.Type) bool {
	_, ok := t.(*check.Awaitable)
	return ok
}
