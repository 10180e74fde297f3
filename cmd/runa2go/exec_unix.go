//go:build unix

package main

import (
	"fmt"
	"os"
	"syscall"
)

// runProgram replaces runa2go with the built program (execve): the program
// inherits standard input, output and error, receives signals sent to this
// process (Ctrl-C included) directly, and its exit status — 130 after
// SIGINT — becomes the status of `runa2go run`. name is its argv[0].
// It returns only when the exec fails.
func runProgram(e *env, binary, name string, args []string) error {
	argv := append([]string{name}, args...)
	if e.stdin != os.Stdin || e.stdout != os.Stdout || e.stderr != os.Stderr {
		// Called with redirected streams (in-process use): run as a
		// child instead, which exec cannot do.
		return runChild(e, binary, name, args)
	}
	if err := syscall.Exec(binary, argv, os.Environ()); err != nil {
		return fmt.Errorf("running %s: %w", binary, err)
	}
	return nil
}
