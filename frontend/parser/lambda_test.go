package parser

import "testing"

func TestLambda(t *testing.T) {
	runParseCases(t, []parseCase{
		{"one param", `Let triple be Lambda n: n multiplied by 3`, `(let triple (lambda (params n) ("multiplied by" n (int 3))))`},
		{"two params and", `Let c be Lambda left and right: left plus right`, `(let c (lambda (params left right) ("plus" left right)))`},
		{"two params comma", `Let c be Lambda a, b: a plus b`, `(let c (lambda (params a b) ("plus" a b)))`},
		{"no params", `Let k be Lambda: 42`, `(let k (lambda (params) (int 42)))`},
		{"typed as", `Let h be Lambda v as Float: v divided by 2`, `(let h (lambda (params v:Float) ("divided by" v (int 2))))`},
		{"typed paren", `Let h be Lambda v (Integer) and w: v`, `(let h (lambda (params v:Integer w) v))`},
		{"async", `Let g be Async Lambda n: await f with n as n`, `(let g (async-lambda (params n) (await (call named f (arg n n)))))`},
		{"named arg value stops at and NAME as", "Process called \"apply\" that takes f and value:\n    Return value\nDisplay apply with f as Lambda s: s followed by \"!\" and value as \"hey\"", "(process \"Process\" apply (params f value) (block (return value)))\n(display (call named apply (arg f (lambda (params s) (\"followed by\" s (string \"!\")))) (arg value (string \"hey\"))))"},
		{"in list", `Let fs be list containing Lambda x: x plus 1, Lambda x: x minus 1`, `(let fs (list (lambda (params x) ("plus" x (int 1))) (lambda (params x) ("minus" x (int 1)))))`},
		{"in parens", `Add (Lambda: n multiplied by 100) to makers`, `(add (paren (lambda (params) ("multiplied by" n (int 100)))) makers)`},
		{"body with call", `Let g be Lambda n: f with x as n plus 1`, `(let g (lambda (params n) (call named f (arg x ("plus" n (int 1))))))`},
		{"block body", `
Let describe be Lambda n:
    If n is less than 0:
        Return "negative"
    Return "positive"
Display describe with n as 1`, `
(let describe (lambda (params n) (block (if (clause ("is less than" n (int 0)) (block (return (string "negative"))))) (return (string "positive")))))
(display (call named describe (arg n (int 1))))`},
		{"block body as argument", `
apply with f as Lambda s:
    Return s plus 1
Display 1`, `
(expr (call named apply (arg f (lambda (params s) (block (return ("plus" s (int 1))))))))
(display (int 1))`},
		{"returned", `
Process called "make" that takes start:
    Let count be start
    Return Lambda step:
        Set count to count plus step
        Return count`, `(process "Process" make (params start) (block (let count start) (return (lambda (params step) (block (set count ("plus" count step)) (return count))))))`},
		{"header lambda", `
If check with f as Lambda x: x is greater than 2:
    Display 1`, `(if (clause (call named check (arg f (lambda (params x) ("is greater than" x (int 2))))) (block (display (int 1)))))`},
	})
}

func TestLambdaErrors(t *testing.T) {
	runDiagCases(t, []diagCase{
		{"trailing comma", `Let f be Lambda x, : x`, []string{"1:20 E106"}},
		{"trailing and", `Let f be Lambda x and: x`, []string{"1:22 E106"}},
		{"missing colon", `Let f be Lambda x x`, []string{"1:20 E106"}},
		{"reserved param", `Let f be Lambda Lambda: 1`, []string{"1:17 E106"}},
		{"block in header", "If Lambda x:\n    Display 1", []string{"1:12 E112"}},
		{"no block", "Let f be Lambda x:\nDisplay 1", []string{"1:18 E112"}},
		{"break leaves lambda", "For each i in xs:\n    Let f be Lambda:\n        Break\n", []string{"3:9 E108"}},
		{"continue leaves lambda", "While true:\n    Let f be Lambda:\n        Continue\n", []string{"3:9 E108"}},
		{"yield in lambda", "Let g be Lambda x:\n    For each i in x:\n        Yield i\n", []string{"3:9 E109"}},
		{"return in main kept", "Let g be Lambda x:\n    Return x\nReturn 1\n", []string{"3:1 E111"}},
	})
}

func TestFunctionTypes(t *testing.T) {
	runParseCases(t, []parseCase{
		{"arrow param", `
Process called "keep" that takes test as (Integer) -> Boolean and x:
    Return test(x)`, `(process "Process" keep (params test:Function[Integer, Boolean] x) (block (return (call positional test x))))`},
		{"arrow in parens", `
Process called "keep" that takes test ((Integer, String) -> Boolean):
    Return 1`, `(process "Process" keep (params test:Function[Integer, String, Boolean]) (block (return (int 1))))`},
		{"no params", `Let f as () -> Integer be Lambda: 1`, `(let f Function[Integer] (lambda (params) (int 1)))`},
		{"Function form", `Let f as Function[Integer, Integer] be Lambda x: x`, `(let f Function[Integer, Integer] (lambda (params x) x))`},
		{"alias and nesting", `Type Maker is (Integer) -> (String) -> Boolean`, `(type Maker alias Function[Integer, Function[String, Boolean]])`},
		{"parenthesised type", `Let xs as (List[Integer]) be list containing`, `(let xs List[Integer] (list))`},
	})
}
