package rt

import (
	"os"
	"strconv"
)

// depth counts the active calls of recursive processes. Only the task
// holding the loop token runs Runa code, and sync recursion never suspends,
// so a plain counter is exact for it (DESIGN §4).
var depth int

// maxDepth is the recursion limit: 100,000 calls, or RUNA_MAX_DEPTH.
var maxDepth = func() int {
	if s := os.Getenv("RUNA_MAX_DEPTH"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
	}
	return 100000
}()

// EnterRecursive is called on entry to a recursive process; it faults with kind
// "recursion" past the limit. Pair it with `defer rt.LeaveRecursive()`.
func EnterRecursive() {
	depth++
	if depth > maxDepth {
		depth--
		FaultAt(2, KindRecursion, "maximum recursion depth of "+strconv.Itoa(maxDepth)+" calls exceeded")
	}
}

// LeaveRecursive is called when a recursive process returns (also by unwinding).
func LeaveRecursive() { depth-- }
