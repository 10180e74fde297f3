//go:build unix

package main

import (
	"os"
	"syscall"
)

// forwardedSignals are passed on to a child program by runChild.
var forwardedSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}
