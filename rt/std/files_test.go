package std

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/runa2go/runa2go/rt"
)

// collect reads every line ReadLines gives, and the error it ends with.
func collect(g *rt.Generator[string]) ([]string, error) {
	var out []string
	for v, err := range g.All() {
		if err != nil {
			return out, err
		}
		out = append(out, v)
	}
	return out, nil
}

func TestReadLines(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		content string
		want    []string
	}{
		{"", nil},
		{"one", []string{"one"}},
		{"one\n", []string{"one"}},
		{"a\r\nb\n\nc", []string{"a", "b", "", "c"}},
		{"\n\n", []string{"", ""}},
	} {
		p := filepath.Join(dir, "f.txt")
		if err := os.WriteFile(p, []byte(c.content), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := collect(ReadLines(context.Background(), p))
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("%q: lines %q, err %v; want %q", c.content, got, err, c.want)
		}
	}
}

func TestReadLinesLarge(t *testing.T) {
	// Lines that straddle chunk boundaries, and one longer than a chunk.
	var b strings.Builder
	var want []string
	for i := 0; i < 20000; i++ {
		l := strings.Repeat("x", i%97) + "|" + string(rune('a'+i%26))
		want = append(want, l)
		b.WriteString(l + "\n")
	}
	long := strings.Repeat("y", 3*linesChunk+5)
	want = append(want, long)
	b.WriteString(long)
	p := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := rt.Enter(context.Background(), func(ctx context.Context) ([]string, error) {
		return collect(ReadLines(ctx, p))
	})
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("%d lines, err %v; want %d", len(got), err, len(want))
	}
}

func TestReadLinesStopEarly(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.txt")
	os.WriteFile(p, []byte("a\nb\nc\n"), 0o644)
	var got []string
	for v, err := range ReadLines(context.Background(), p).All() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, v)
		if v == "b" {
			break
		}
	}
	if !slices.Equal(got, []string{"a", "b"}) {
		t.Fatalf("lines %q", got)
	}
}

func TestReadLinesMissing(t *testing.T) {
	line := thisLine() + 1
	_, err := collect(ReadLines(context.Background(), filepath.Join(t.TempDir(), "nope.txt")))
	e := rt.AsError(err)
	if err == nil || e.Kind != rt.KindIO || !strings.Contains(e.Message, "cannot read") || !strings.HasSuffix(e.Message, "no such file or directory") {
		t.Fatalf("error %v", err)
	}
	if e.Line != line {
		t.Errorf("error at line %d; want %d", e.Line, line)
	}
}

func TestListFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.txt", "a.txt", "C.txt"} {
		os.WriteFile(filepath.Join(dir, n), nil, 0o644)
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	l, err := ListFiles(context.Background(), dir)
	if err != nil || !slices.Equal(l.Items(), []string{"C.txt", "a.txt", "b.txt", "sub"}) {
		t.Fatalf("entries %v, err %v", l, err)
	}
	empty, err := ListFiles(context.Background(), filepath.Join(dir, "sub"))
	if err != nil || empty.Len() != 0 {
		t.Fatalf("empty directory: %v %v", empty, err)
	}
	line := thisLine() + 1
	_, err = ListFiles(context.Background(), filepath.Join(dir, "a.txt"))
	e := rt.AsError(err)
	if err == nil || e.Kind != rt.KindIO || !strings.HasPrefix(e.Message, "cannot list ") || e.Line != line {
		t.Fatalf("listing a file: %v (line %d, want %d)", err, e.Line, line)
	}
}

func TestSleepUntil(t *testing.T) {
	start := time.Now()
	if err := SleepUntil(context.Background(), rt.DateTime{T: start.Add(50 * time.Millisecond)}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 50*time.Millisecond {
		t.Errorf("woke after %v", d)
	}
	start = time.Now()
	if err := SleepUntil(context.Background(), rt.DateTime{T: start.Add(-time.Hour)}); err != nil || time.Since(start) > 50*time.Millisecond {
		t.Errorf("a past moment: %v after %v", err, time.Since(start))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := SleepUntil(ctx, rt.DateTime{T: time.Now().Add(time.Hour)}); rt.ErrorKind(err) != rt.KindCancelled {
		t.Errorf("cancelled: %v", err)
	}
}
