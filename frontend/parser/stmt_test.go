package parser

import "testing"

func TestLet(t *testing.T) {
	runParseCases(t, []parseCase{
		{"plain", `Let x be 1`, `(let x (int 1))`},
		{"as type", `Let x as Float be 1`, `(let x Float (int 1))`},
		{"paren type", `Let xs (List[Integer]) be list containing`, `(let xs List[Integer] (list))`},
		{"generic args", `Let d as Dictionary[String, Optional[Point]] be dictionary with`, `(let d Dictionary[String, Optional[Point]] (dict))`},
		{"soft word name", `Let by be 2`, `(let by (int 2))`},
	})
}

func TestSet(t *testing.T) {
	runParseCases(t, []parseCase{
		{"name", `Set x to x plus 1`, `(set x ("plus" x (int 1)))`},
		{"index", `Set d["k"] to 2`, `(set (index d (string "k")) (int 2))`},
		{"member", `Set p.x to 3`, `(set (member p x) (int 3))`},
		{"nested", `Set c["q"][0] to c["q"][1]`, `(set (index (index c (string "q")) (int 0)) (index (index c (string "q")) (int 1)))`},
	})
}

func TestIf(t *testing.T) {
	runParseCases(t, []parseCase{
		{"chain", `
If a:
    Display 1
Otherwise if b:
    Display 2
Otherwise If c:
    Display 3
Otherwise:
    Display 4
Display 5`, `
(if (clause a (block (display (int 1)))) (clause b (block (display (int 2)))) (clause c (block (display (int 3)))) (clause else (block (display (int 4)))))
(display (int 5))`},
		{"nested", `
If a:
    If b:
        Display 1
Display 0`, `
(if (clause a (block (if (clause b (block (display (int 1))))))))
(display (int 0))`},
	})
}

func TestLoops(t *testing.T) {
	runParseCases(t, []parseCase{
		{"while", `
While n is less than 5:
    Set n to n plus 1
    Continue`, `(while ("is less than" n (int 5)) (block (set n ("plus" n (int 1))) (continue)))`},
		{"for each list", `
For each w in list containing "a", "b":
    Display w`, `(for w (list (string "a") (string "b")) (block (display w)))`},
		{"for each generator call", `
For each c in stream_data with source as s:
    Display c`, `(for c (call named stream_data (arg source s)) (block (display c)))`},
		{"for each call stops at colon", `
Process called "numbers" that takes limit:
    Return 1
For each x in numbers with limit as 3:
    Display x`, `
(process "Process" numbers (params limit) (block (return (int 1))))
(for x (call named numbers (arg limit (int 3))) (block (display x)))`},
		{"for each no-arg with", `
For each x in gen with:
    Display x`, `(for x (call named gen) (block (display x)))`},
	})
}

func TestSimpleStatements(t *testing.T) {
	runParseCases(t, []parseCase{
		{"return bare", "Process called \"f\":\n    Return", `(process "Process" f (params) (block (return)))`},
		{"display messages", `Display "a" with message b with message c`, `(display (string "a") b c)`},
		{"display word then message", `Display name with message scores[name]`, `(display name (index scores name))`},
		{"add", `Add 5 to items`, `(add (int 5) items)`},
		{"add call", `Add process_chunk with data as chunk to tasks`, `(add (call named process_chunk (arg data chunk)) tasks)`},
		{"remove", `Remove "k" from d`, `(remove (string "k") d)`},
		{"throw", `Throw "bad: " followed by n`, `(throw ("followed by" (string "bad: ") n))`},
		{"expression statement", `boom()`, `(expr (call positional boom))`},
		{"await statement", `await w1`, `(expr (await w1))`},
	})
}

func TestMatch(t *testing.T) {
	runParseCases(t, []parseCase{
		{"patterns", `
Process called "m" that takes k:
  Match k:
      When "circle":
          Return 1
      When -2:
          Return 2
      When true:
          Return 3
      When None:
          Return 4
      When other:
          Return other
      When _:
          Return 0`, `(process "Process" m (params k) (block (match k (when (string "circle") (block (return (int 1)))) (when (int -2) (block (return (int 2)))) (when (bool true) (block (return (int 3)))) (when (none) (block (return (int 4)))) (when (bind other) (block (return other))) (when _ (block (return (int 0)))))))`},
	})
}

func TestTry(t *testing.T) {
	runParseCases(t, []parseCase{
		{"catch finally", `
Try:
    risky()
Catch e:
    Display e
Finally:
    Display "done"`, `(try (block (expr (call positional risky))) (catch e (block (display e))) (finally (block (display (string "done")))))`},
		{"finally only", `
Try:
    risky()
Finally:
    Display "done"`, `(try (block (expr (call positional risky))) (finally (block (display (string "done")))))`},
	})
}

func TestWith(t *testing.T) {
	runParseCases(t, []parseCase{
		{"binding after argument", `
With db with dsn as cfg as conn:
    Display conn`, `(with (call named db (arg dsn cfg)) as conn (block (display conn)))`},
		{"no binding", `
With async_lock with name as lock_name:
    Display 1`, `(with (call named async_lock (arg name lock_name)) (block (display (int 1))))`},
		{"positional manager", `
With guarded() as g:
    Display g`, `(with (call positional guarded) as g (block (display g)))`},
		{"string argument", `
With async_lock with name as "k":
    Display 1`, `(with (call named async_lock (arg name (string "k"))) (block (display (int 1))))`},
	})
}

func TestTypeDecl(t *testing.T) {
	runParseCases(t, []parseCase{
		{"record", `
Type Event is Dictionary with:
    type as String
    data as List[Integer]`, `(type Event record (type String) (data List[Integer]))`},
		{"alias", `Type Names is List[String]`, `(type Names alias List[String])`},
	})
}

func TestProcDecl(t *testing.T) {
	runParseCases(t, []parseCase{
		{"kinds", `
Process called "a":
    Return 1
Async Process called "b" that takes:
    Return 2
Async Generator Process called "c" that takes x:
    Yield x
Async Context Manager Process called "d" that takes x, y:
    Yield x`, `
(process "Process" a (params) (block (return (int 1))))
(process "Async Process" b (params) (block (return (int 2))))
(process "Async Generator Process" c (params x) (block (yield x)))
(process "Async Context Manager Process" d (params x y) (block (yield x)))`},
		{"typed params", `
Process called "area" that takes w as Float and h (Float) returns (Float):
    Return w multiplied by h`, `(process "Process" area (params w:Float h:Float) returns Float (block (return ("multiplied by" w h))))`},
		{"spaced name", `
Process called "fetch data" that takes url returns String:
    Return url
Display fetch_data with url as "u"`, `
(process "Process" fetch_data (params url) returns String (block (return url)))
(display (call named fetch_data (arg url (string "u"))))`},
	})
}
