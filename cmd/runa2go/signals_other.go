//go:build !unix

package main

import "os"

// forwardedSignals are passed on to a child program by runChild.
var forwardedSignals = []os.Signal{os.Interrupt}
