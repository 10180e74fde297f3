//go:build !unix

package main

// runProgram runs the built program as a child process with the standard
// streams passed through and returns its exit status as an exitStatus.
// Console interrupts reach the child directly; runa2go ignores them while
// it waits, so the child decides how to exit. name is its argv[0].
func runProgram(e *env, binary, name string, args []string) error {
	return runChild(e, binary, name, args)
}
