package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
)

// runChild runs binary as a child process named name with args, passing
// the env's streams through. Interrupt and termination signals received by
// runa2go are forwarded to the child rather than ending runa2go, so the
// child's cleanups run and its exit status is the one returned (as an
// exitStatus; a child killed by signal N gives 128+N, like a shell).
func runChild(e *env, binary, name string, args []string) error {
	cmd := exec.Command(binary, args...)
	cmd.Args[0] = name
	cmd.Stdin, cmd.Stdout, cmd.Stderr = e.stdin, e.stdout, e.stderr
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, forwardedSignals...)
	defer signal.Stop(sigs)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("running %s: %w", binary, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for {
		select {
		case sig := <-sigs:
			cmd.Process.Signal(sig)
		case err := <-done:
			if err == nil {
				return nil
			}
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				return fmt.Errorf("running %s: %w", binary, err)
			}
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				return exitStatus(128 + int(ws.Signal()))
			}
			return exitStatus(ee.ExitCode())
		}
	}
}
