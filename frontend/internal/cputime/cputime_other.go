//go:build !unix

package cputime

import "time"

// Used reports that CPU time cannot be read on this system.
func Used() (time.Duration, bool) { return 0, false }
