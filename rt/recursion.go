package rt

import (
	"os"
	"strconv"
)

// MaxDepth is the recursion limit (spec §6.5): 100,000 nested calls of
// recursive processes, or RUNA_MAX_DEPTH. Generated recursive processes
// take their depth as a last parameter (`depth int`, 1 for the outermost
// call, depth+1 for each recursive call) and check it on entry:
//
//	if depth > rt.MaxDepth {
//		rt.RecursionLimit()
//	}
//
// so the depth is counted per call chain (and so per task) at the cost of
// one comparison, with nothing to undo when a fault unwinds.
var MaxDepth = func() int {
	if s := os.Getenv("RUNA_MAX_DEPTH"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
	}
	return 100000
}()

// RecursionLimit faults with kind "recursion", positioned at its caller.
func RecursionLimit() {
	FaultAt(2, KindRecursion, "maximum recursion depth of "+strconv.Itoa(MaxDepth)+" calls exceeded")
}
