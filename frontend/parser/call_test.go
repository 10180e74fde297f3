package parser

import "testing"

// Named-argument calls, spec §4.3.
func TestNamedCalls(t *testing.T) {
	runParseCases(t, []parseCase{
		{"and", `f with a as 1 and b as 2`, `(expr (call named f (arg a (int 1)) (arg b (int 2))))`},
		{"with with", `f with a as 1 with b as 2`, `(expr (call named f (arg a (int 1)) (arg b (int 2))))`},
		{"no args", `Let x be f with`, `(let x (call named f))`},
		{"value extends right", `f with a as x plus 1 multiplied by 2`, `(expr (call named f (arg a ("plus" x ("multiplied by" (int 1) (int 2))))))`},
		{"operand of operator", "Let g be to_string\nDisplay n multiplied by g with n as n minus 1", `(let g to_string)
(display ("multiplied by" n (call named g (arg n ("minus" n (int 1))))))`},
		{"operand of operator, variable", `Display n multiplied by g with n as n minus 1`, `(display ("multiplied by" n g) (label n ("minus" n (int 1))))`},
		{"parens reset", `f with x as (g with y as 1) and z as 2`, `(expr (call named f (arg x (paren (call named g (arg y (int 1))))) (arg z (int 2))))`},
		{"builtin nests", `await_with_timeout with operation as http_get with url as u and timeout_seconds as 3`,
			`(expr (call named await_with_timeout (arg operation (call named http_get (arg url u))) (arg timeout_seconds (int 3))))`},
		{"non callable does not nest", `log_event with message as "m" with trace_id as id with error as e`,
			`(expr (call named log_event (arg message (string "m")) (arg trace_id id) (arg error e)))`},
		{"unknown variable continues outer", `f with a as v with b as 2`, `(expr (call named f (arg a v) (arg b (int 2))))`},
		{"innermost declaring callee", `
Process called "g" that takes y:
    Return y
Process called "h" that takes y and z:
    Return y
h with y as g with y as 1 and z as 2`, `
(process "Process" g (params y) (block (return y)))
(process "Process" h (params y z) (block (return y)))
(expr (call named h (arg y (call named g (arg y (int 1)))) (arg z (int 2))))`},
		{"inner declares", `
Process called "g" that takes y and z:
    Return y
f with y as g with y as 1 and z as 2`, `
(process "Process" g (params y z) (block (return y)))
(expr (call named f (arg y (call named g (arg y (int 1)) (arg z (int 2))))))`},
		{"unknown outer takes undeclared", `
Process called "g" that takes y:
    Return y
f with a as g with y as 1 and z as 2`, `
(process "Process" g (params y) (block (return y)))
(expr (call named f (arg a (call named g (arg y (int 1)))) (arg z (int 2))))`},
		{"nobody declares: innermost", `
Process called "g" that takes y:
    Return y
Process called "h" that takes a:
    Return a
h with a as g with y as 1 and q as 2`, `
(process "Process" g (params y) (block (return y)))
(process "Process" h (params a) (block (return a)))
(expr (call named h (arg a (call named g (arg y (int 1)) (arg q (int 2))))))`},
		{"block form", `
Let r be await_with_timeout with:
    operation as http_get with url as url
    timeout_seconds as seconds
Display r`, `
(let r (call named await_with_timeout (arg operation (call named http_get (arg url url))) (arg timeout_seconds seconds)))
(display r)`},
		{"block form nested continuation", `
Process called "slow" that takes url and delay:
    Return url
Let r be await_with_timeout with:
    operation as slow with url as u and delay as d
    timeout_seconds as 1`, `
(process "Process" slow (params url delay) (block (return url)))
(let r (call named await_with_timeout (arg operation (call named slow (arg url u) (arg delay d))) (arg timeout_seconds (int 1))))`},
		{"string never a head", `Display "x" with message y`, `(display (string "x") y)`},
		{"display after call", "Let f be to_string\nDisplay f with a as 1 with message \"m\"", `(let f to_string)
(display (call named f (arg a (int 1))) (string "m"))`},
		{"display parts after variable", `Display f with a as 1 with message "m"`, `(display f (label a (int 1)) (string "m"))`},
		{"list in argument", `f with xs as list containing 1, 2 and n as 3`, `(expr (call named f (arg xs (list (int 1) (int 2))) (arg n (int 3))))`},
		{"process variable at statement", `update_function with data as d`, `(expr (call named update_function (arg data d)))`},
		{"parallel_await join", `Let r be await parallel_await with tasks as tasks`, `(let r (await (call named parallel_await (arg tasks tasks))))`},
	})
}
