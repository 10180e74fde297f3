package rt

import (
	"context"
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
//
// For generated code only.
var MaxDepth, maxDepthErr = parseMaxDepth(os.Getenv("RUNA_MAX_DEPTH"))

// defaultMaxDepth is the recursion limit without RUNA_MAX_DEPTH.
const defaultMaxDepth = 100000

// parseMaxDepth reads RUNA_MAX_DEPTH: empty gives the default; anything
// but a positive integer gives the default and the message Main reports
// (exit status 2) before running the program.
func parseMaxDepth(s string) (int, string) {
	if s == "" {
		return defaultMaxDepth, ""
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return defaultMaxDepth, "runa: invalid RUNA_MAX_DEPTH=" + strconv.Quote(s) +
			": want a positive whole number of calls (default " + strconv.Itoa(defaultMaxDepth) + ")\n"
	}
	return n, ""
}

// Descend is the recursion guard of a recursive process that takes a
// context (async processes, generators, context managers, callbacks and
// processes that call process values): it counts one more nested call in
// the task running under ctx and faults with kind "recursion", positioned
// at its caller, past MaxDepth. Generated code calls it as
//
//	defer rt.Ascend(rt.Descend(ctx))
//
// so the count is per task and is undone on every exit, faults included.
// Counting in the task, rather than in a depth parameter, covers every
// recursive path: direct calls, calls through process values and the
// nested iteration of generators, which all run on the task's stack.
//
// For generated code only.
func Descend(ctx context.Context) *task {
	t := taskOf(ctx)
	if t == nil {
		return nil // outside any loop: nothing to count in
	}
	if t.depth >= MaxDepth {
		FaultAt(0, KindRecursion, "maximum recursion depth of "+strconv.Itoa(MaxDepth)+" calls exceeded")
	}
	t.depth++
	return t
}

// Ascend undoes the Descend that returned t.
//
// For generated code only.
func Ascend(t *task) {
	if t != nil {
		t.depth--
	}
}

// RecursionLimit faults with kind "recursion", positioned at its caller.
//
// For generated code only.
func RecursionLimit() {
	FaultAt(0, KindRecursion, "maximum recursion depth of "+strconv.Itoa(MaxDepth)+" calls exceeded")
}
