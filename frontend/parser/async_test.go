package parser

import "testing"

func TestAsyncForms(t *testing.T) {
	runParseCases(t, []parseCase{
		{"parallel each", `
Let results be parallel_await for each url in urls:
    http_get with url as url

Display results`, `
(let results (parallel-each url urls (call named http_get (arg url url))))
(display results)`},
		{"race each over list", `
Let w be race_await for each n in list containing 1, 2:
    f with n as n
Display w`, `
(let w (race-each n (list (int 1) (int 2)) (call named f (arg n n))))
(display w)`},
		{"new awaitable", `
Let once be new awaitable that resolves when:
    Resolve with "first"
Display await once`, `
(let once (new-awaitable (block (resolve (string "first")))))
(display (await once))`},
		{"callback literal", `
Process called "mk" that takes cb and params:
    Return new awaitable that resolves when:
        cb with params as params and callback as (result, error):
            If error is not None:
                Reject with error
            Otherwise:
                Resolve with result
Display 1`, `
(process "Process" mk (params cb params) (block (return (new-awaitable (block (expr (call named cb (arg params params) (arg callback (callback (params result error) (block (if (clause (is-not-none error) (block (reject error))) (clause else (block (resolve result))))))))))))))
(display (int 1))`},
		{"convert", `Let a be convert_to_awaitable with promise as api_function(params)`, `(let a (call named convert_to_awaitable (arg promise (call positional api_function params))))`},
		{"display await chain", "Process called \"p\" that takes e:\n    Return e\nDisplay \"handled\" with message await p with e as events",
			`(process "Process" p (params e) (block (return e)))
(display (string "handled") (await (call named p (arg e events))))`},
		{"display await variable", `Display "handled" with message await p with e as events`, `(display (string "handled") (await p) (label e events))`},
	})
}
