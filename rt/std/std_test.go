package std

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/rt"
)

func thisLine() int {
	_, _, line, _ := runtime.Caller(1)
	return line
}

func TestFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	p := filepath.Join(dir, "note.txt")
	if FileExists(p) {
		t.Fatal("FileExists before write")
	}
	if err := WriteFile(ctx, p, "héllo\n"); err != nil {
		t.Fatal(err)
	}
	if !FileExists(p) || !FileExists(dir) {
		t.Fatal("FileExists after write")
	}
	got, err := ReadFile(ctx, p)
	if err != nil || got != "héllo\n" {
		t.Fatalf("ReadFile = %q, %v", got, err)
	}
	if err := WriteFile(ctx, p, "x"); err != nil {
		t.Fatal(err)
	}
	if got, _ := ReadFile(ctx, p); got != "x" {
		t.Fatalf("WriteFile must truncate: %q", got)
	}

	missing := filepath.Join(dir, "missing.txt")
	line := thisLine() + 1
	_, err = ReadFile(ctx, missing)
	var e *rt.Error
	if !errors.As(err, &e) || e.Kind != rt.KindIO || e.Message != `cannot read "`+missing+`": no such file or directory` {
		t.Fatalf("ReadFile missing: %v", err)
	}
	if e.Line != line {
		t.Errorf("error at line %d; want %d", e.Line, line)
	}
	err = WriteFile(ctx, filepath.Join(dir, "no", "such", "dir.txt"), "x")
	if rt.ErrorKind(err) != rt.KindIO || !strings.Contains(rt.ErrorMessage(err), "no such file or directory") {
		t.Fatalf("WriteFile into a missing directory: %v", err)
	}
}

func TestLogEvent(t *testing.T) {
	var buf bytes.Buffer
	logMu.Lock()
	logOut = &buf
	logMu.Unlock()
	defer func() {
		logMu.Lock()
		logOut = os.Stderr
		logMu.Unlock()
	}()
	LogEvent("started", Field{"user", int64(5)}, Field{"tags", rt.NewList("a")}, Field{"token", rt.NewCancelToken()})
	LogEvent("plain")
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("lines %q", lines)
	}
	v := rt.JSONParse(lines[0]).(*rt.Dict[string, any])
	keys := v.Keys()
	if strings.Join(keys, ",") != "time,message,user,tags,token" {
		t.Fatalf("keys %v", keys)
	}
	if v.Get("message") != "started" || v.Get("user") != any(int64(5)) || rt.Text(v.Get("tags")) != `["a"]` || v.Get("token") != "<cancel token>" {
		t.Fatalf("line %s", lines[0])
	}
	ts := v.Get("time").(string)
	if len(ts) != len("2026-11-26T10:00:00.123Z") || !strings.HasSuffix(ts, "Z") {
		t.Fatalf("time %q", ts)
	}
	if !strings.HasPrefix(lines[1], `{"time": "`) || !strings.HasSuffix(lines[1], `", "message": "plain"}`) {
		t.Fatalf("line %s", lines[1])
	}
}

func TestArgsEnv(t *testing.T) {
	saved := os.Args
	os.Args = []string{"prog", "a", "b c"}
	defer func() { os.Args = saved }()
	if got := rt.Text(Args()); got != `["a", "b c"]` {
		t.Errorf("Args = %s", got)
	}
	t.Setenv("RUNA_STD_TEST", "")
	if o := Env("RUNA_STD_TEST"); !o.Ok || o.V != "" {
		t.Error("set but empty variable is Some(\"\")")
	}
	t.Setenv("RUNA_STD_TEST", "v")
	if Env("RUNA_STD_TEST").Get() != "v" {
		t.Error("Env")
	}
	if Env("RUNA_STD_TEST_SURELY_UNSET").Ok {
		t.Error("unset variable is None")
	}
}
