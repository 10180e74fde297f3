package main

import (
	"fmt"
	"runtime"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
)

// versionCmd is `runa2go version` (also `runa2go --version`).
type versionCmd struct{}

func (versionCmd) Run(e *env) error {
	_, err := fmt.Fprintln(e.stdout, versionLine(driver.CurrentVersion()))
	return err
}

// versionLine is what `runa2go version` prints, e.g.
// "runa2go version v1.2.3 (built with go1.26.0 for linux/amd64)" or
// "runa2go version (devel) revision 0123456789ab, modified (built with …)".
func versionLine(v driver.VersionInfo) string {
	return fmt.Sprintf("runa2go version %s (built with %s for %s/%s)", v, v.GoVersion, runtime.GOOS, runtime.GOARCH)
}
