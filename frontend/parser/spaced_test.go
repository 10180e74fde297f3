package parser

import "testing"

func TestSpacedNames(t *testing.T) {
	runParseCases(t, []parseCase{
		{"call by words", `
Process called "make counter" that takes start:
    Return start
Display make counter with start as 1`, `
(process "Process" make_counter (params start) (block (return start)))
(display (call named make_counter (arg start (int 1))))`},
		{"level 1 name still works", `
Process called "make counter" that takes start:
    Return start
Display make_counter with start as 1`, `
(process "Process" make_counter (params start) (block (return start)))
(display (call named make_counter (arg start (int 1))))`},
		{"reserved inner word, longest match", `
Process called "convert to km" that takes m:
    Return m
Process called "convert to km now" that takes m:
    Return m
Let f be convert to km now
Display convert to km with m as 2`, `
(process "Process" convert_to_km (params m) (block (return m)))
(process "Process" convert_to_km_now (params m) (block (return m)))
(let f convert_to_km_now)
(display (call named convert_to_km (arg m (int 2))))`},
		{"reserved first word is not spaced", `
Process called "to km" that takes m:
    Return m
Display to_km with m as 2`, `
(process "Process" to_km (params m) (block (return m)))
(display (call named to_km (arg m (int 2))))`},
		{"passed as a value", `
Process called "repeat on" that takes f and value:
    Return value
Display repeat on with f as repeat on and value as 1`, `
(process "Process" repeat_on (params f value) (block (return value)))
(display (call named repeat_on (arg f repeat_on) (arg value (int 1))))`},
		{"first word alone is a name", `
Process called "repeat on" that takes f:
    Return f
Let repeat be 1
Display repeat`, `
(process "Process" repeat_on (params f) (block (return f)))
(let repeat (int 1))
(display repeat)`},
	})
}
