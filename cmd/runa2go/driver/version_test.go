package driver

import (
	"runtime/debug"
	"testing"
)

func TestReadVersion(t *testing.T) {
	rev := "0123456789abcdef0123456789abcdef01234567"
	tests := []struct {
		info *debug.BuildInfo
		want string
	}{
		{nil, "(devel)"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3"},
		{&debug.BuildInfo{Main: debug.Module{Version: ""}}, "(devel)"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "true"}}},
			"(devel) revision 0123456789ab, modified"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "false"}}},
			"(devel) revision 0123456789ab"},
		// go build stamps a pseudo-version that already names the revision.
		{&debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20260102150405-0123456789ab+dirty"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "true"}}},
			"v0.0.0-20260102150405-0123456789ab+dirty"},
	}
	for _, tt := range tests {
		if got := readVersion(tt.info).String(); got != tt.want {
			t.Errorf("readVersion(%+v) = %q, want %q", tt.info, got, tt.want)
		}
	}
	if v := readVersion(&debug.BuildInfo{GoVersion: "go1.99"}); v.GoVersion != "go1.99" {
		t.Errorf("GoVersion %q", v.GoVersion)
	}
	if Version != CurrentVersion().Version || Version == "" {
		t.Errorf("Version %q, CurrentVersion %+v", Version, CurrentVersion())
	}
}
