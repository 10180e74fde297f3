package driver

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseSize(t *testing.T) {
	good := map[string]int64{"0": 0, "1000000": 1e6, "2GiB": 2 << 30, "500MB": 500e6, "1kib": 1024, " 3 MiB ": 3 << 20, "7B": 7}
	for in, want := range good {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "lots", "-1", "1.5GB", "2XB", "99999999999999999999", "9000000TiB"} {
		if got, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) = %d, want an error", in, got)
		}
	}
	t.Setenv(CacheMaxEnv, "abc")
	if _, err := CacheMaxBytes(); err == nil || !strings.Contains(err.Error(), CacheMaxEnv) {
		t.Errorf("CacheMaxBytes with an invalid %s: %v", CacheMaxEnv, err)
	}
	t.Setenv(CacheMaxEnv, "")
	if n, err := CacheMaxBytes(); err != nil || n != DefaultCacheMaxBytes {
		t.Errorf("CacheMaxBytes = %d, %v", n, err)
	}
}

func TestReadEntryVerifiesTheChecksum(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "prog")
	tmp := filepath.Join(dir, ".prog.tmp")
	content := []byte("\x7fELF a binary")
	os.WriteFile(tmp, content, 0o755)
	if err := writeSum(tmp, bin); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, bin); err != nil {
		t.Fatal(err)
	}
	if data, ok := readEntry(bin); !ok || string(data) != string(content) {
		t.Fatalf("a sound entry: %q, %v", data, ok)
	}
	sum, _ := os.ReadFile(sumFile(bin))
	damage := map[string]func(){
		"truncated":        func() { os.WriteFile(bin, content[:4], 0o755) },
		"changed":          func() { os.WriteFile(bin, []byte("\x7fELF a binarY"), 0o755) },
		"garbled sum":      func() { os.WriteFile(sumFile(bin), []byte("garbage\n"), 0o644) },
		"short sum":        func() { os.WriteFile(sumFile(bin), sum[:20], 0o644) },
		"sum of other":     func() { os.WriteFile(sumFile(bin), []byte(strings.Replace(string(sum), "prog", "gorp", 1)), 0o644) },
		"missing sum":      func() { os.Remove(sumFile(bin)) },
		"missing binary":   func() { os.Remove(bin) },
		"empty sum file":   func() { os.WriteFile(sumFile(bin), nil, 0o644) },
		"binary is a dir":  func() { os.Remove(bin); os.Mkdir(bin, 0o755) },
		"sum has no name":  func() { os.WriteFile(sumFile(bin), []byte(strings.Fields(string(sum))[0]+"\n"), 0o644) },
		"sum names a path": func() { os.WriteFile(sumFile(bin), []byte(strings.Fields(string(sum))[0]+"  ../prog\n"), 0o644) },
	}
	for name, f := range damage {
		os.RemoveAll(bin)
		os.WriteFile(bin, content, 0o755)
		os.WriteFile(sumFile(bin), sum, 0o644)
		if _, ok := readEntry(bin); !ok {
			t.Fatalf("%s: the restored entry is not sound", name)
		}
		f()
		if _, ok := readEntry(bin); ok {
			t.Errorf("%s: served as a hit", name)
		}
	}
}

// makeEntry creates the cache entry key in buildDir with a file of size
// bytes, last used at used.
func makeEntry(t *testing.T, buildDir, key string, size int, used time.Time) {
	t.Helper()
	dir := filepath.Join(buildDir, key)
	if err := os.MkdirAll(filepath.Join(dir, "rtmod"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "rtmod", "prog"), make([]byte, size), 0o755)
	if err := touch(filepath.Join(dir, usedStamp), used); err != nil {
		t.Fatal(err)
	}
}

func entryNames(t *testing.T, buildDir string) []string {
	t.Helper()
	des, err := os.ReadDir(buildDir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, de := range des {
		names = append(names, de.Name())
	}
	return names
}

func TestEvictByAgeThenLRU(t *testing.T) {
	buildDir := t.TempDir()
	now := time.Now()
	day := 24 * time.Hour
	makeEntry(t, buildDir, "old", 10, now.Add(-40*day))
	makeEntry(t, buildDir, "inuse", 10, now.Add(-50*day)) // the oldest, but in use
	makeEntry(t, buildDir, "a", 100, now.Add(-3*day))
	makeEntry(t, buildDir, "b", 100, now.Add(-2*day))
	makeEntry(t, buildDir, "c", 100, now.Add(-1*day))
	os.MkdirAll(filepath.Join(buildDir, trashPrefix+"x", "sub"), 0o755)

	removed, err := evict(buildDir, "inuse", now, CacheMaxAge, 1<<30)
	if err != nil || !slices.Equal(removed, []string{"old"}) {
		t.Fatalf("by age: removed %q, %v; want [old]", removed, err)
	}
	if got := entryNames(t, buildDir); !slices.Equal(got, []string{"a", "b", "c", "inuse"}) {
		t.Errorf("left %q (the trash of an interrupted removal must go too)", got)
	}
	// 310 bytes over a bound of 250: the least recently used go first.
	removed, err = evict(buildDir, "inuse", now, CacheMaxAge, 250)
	if err != nil || !slices.Equal(removed, []string{"a"}) {
		t.Fatalf("by size: removed %q, %v; want [a]", removed, err)
	}
	// A bound below the entry in use leaves only it.
	removed, _ = evict(buildDir, "inuse", now, CacheMaxAge, 0)
	if !slices.Equal(removed, []string{"b", "c"}) {
		t.Errorf("bound 0: removed %q; want [b c]", removed)
	}
	if got := entryNames(t, buildDir); !slices.Equal(got, []string{"inuse"}) {
		t.Errorf("left %q; want [inuse]", got)
	}
}

func TestEvictFallsBackToDirectoryTime(t *testing.T) {
	buildDir := t.TempDir()
	now := time.Now()
	dir := filepath.Join(buildDir, "nostamp")
	os.MkdirAll(dir, 0o755)
	old := now.Add(-60 * 24 * time.Hour)
	os.Chtimes(dir, old, old)
	if removed, _ := evict(buildDir, "", now, CacheMaxAge, 1<<30); !slices.Equal(removed, []string{"nostamp"}) {
		t.Errorf("an old entry without a used stamp: removed %q", removed)
	}
}

func TestMaybeEvictOncePerDay(t *testing.T) {
	buildDir := t.TempDir()
	now := time.Now()
	makeEntry(t, buildDir, "old", 10, now.Add(-40*24*time.Hour))
	touch(filepath.Join(buildDir, evictStamp), now.Add(-time.Hour))
	maybeEvict(buildDir, "", now, 1<<30)
	if _, err := os.Stat(filepath.Join(buildDir, "old")); err != nil {
		t.Fatal("evicted again within a day")
	}
	touch(filepath.Join(buildDir, evictStamp), now.Add(-25*time.Hour))
	maybeEvict(buildDir, "", now, 1<<30)
	if _, err := os.Stat(filepath.Join(buildDir, "old")); err == nil {
		t.Fatal("not evicted after a day")
	}
	if fi, err := os.Stat(filepath.Join(buildDir, evictStamp)); err != nil || !fi.ModTime().Equal(now) {
		t.Errorf("the eviction stamp was not renewed: %v", err)
	}
}

func TestClean(t *testing.T) {
	root := t.TempDir()
	res, err := Clean(root)
	if err != nil || res.Existed || res.Dir != filepath.Join(root, "build") {
		t.Fatalf("Clean of no cache: %+v, %v", res, err)
	}
	makeEntry(t, filepath.Join(root, "build"), "k1", 1000, time.Now())
	makeEntry(t, filepath.Join(root, "build"), "k2", 500, time.Now())
	res, err = Clean(root)
	if err != nil || !res.Existed || res.Entries != 2 || res.Bytes != 1500 {
		t.Fatalf("Clean: %+v, %v", res, err)
	}
	if _, err := os.Stat(res.Dir); !os.IsNotExist(err) {
		t.Errorf("the build cache is still there: %v", err)
	}
	if got := FormatSize(1500); got != "1.5 kB" {
		t.Errorf("FormatSize(1500) = %q", got)
	}
}
