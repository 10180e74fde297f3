package driver

import (
	"runtime"
	"runtime/debug"
	"strings"
)

// DevelVersion is the version of a runa2go built from a checkout without a
// module version (go build, go install ./cmd/runa2go in a working tree).
const DevelVersion = "(devel)"

// VersionInfo describes the running runa2go executable, as recorded by the
// Go toolchain that built it (debug.ReadBuildInfo).
type VersionInfo struct {
	// Version is the module version ("v1.2.3", or a pseudo-version such
	// as "v0.0.0-20260102150405-abcdef123456+dirty" when go build stamped
	// one from the checkout), or DevelVersion when none is known.
	Version string
	// Revision is the VCS revision of the checkout it was built from; ""
	// when the build recorded none (go install module@version, go test).
	Revision string
	// Modified reports that the checkout had uncommitted changes.
	Modified bool
	// GoVersion is the Go toolchain that built runa2go.
	GoVersion string
}

// readVersion returns the VersionInfo of info (nil when the executable
// carries no build information).
func readVersion(info *debug.BuildInfo) VersionInfo {
	v := VersionInfo{Version: DevelVersion, GoVersion: runtime.Version()}
	if info == nil {
		return v
	}
	if mv := info.Main.Version; mv != "" && mv != DevelVersion {
		v.Version = mv
	}
	if info.GoVersion != "" {
		v.GoVersion = info.GoVersion
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	return v
}

// CurrentVersion returns the VersionInfo of the running executable.
func CurrentVersion() VersionInfo {
	info, _ := debug.ReadBuildInfo()
	return readVersion(info)
}

// Version is the version of runa2go (VersionInfo.Version of the running
// executable): what `runa2go version` prints first and what the header of
// generated Go files names.
var Version = CurrentVersion().Version

// String returns the version with the revision it was built from, when
// known: "v1.2.3", "(devel)", "(devel) revision 0123456789ab, modified".
// It is part of every build cache key (with SelfID).
func (v VersionInfo) String() string {
	if v.Revision == "" {
		return v.Version
	}
	rev := shortRevision(v.Revision)
	if strings.Contains(v.Version, rev) {
		// A pseudo-version names the revision (and +dirty the changes).
		return v.Version
	}
	s := v.Version + " revision " + rev
	if v.Modified {
		s += ", modified"
	}
	return s
}

// shortRevision returns the first 12 characters of a revision, as Go
// pseudo-versions abbreviate it.
func shortRevision(rev string) string {
	if len(rev) > 12 {
		return rev[:12]
	}
	return rev
}
