package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The build cache lives in CacheRoot()/build: one directory per build key
// (see Build), holding the generated module, the binary, its checksum and a
// last-use stamp. Entries unused for CacheMaxAge are evicted, and so are the
// least recently used ones while the cache is larger than its size bound
// (DefaultCacheMaxBytes, or CacheMaxEnv); eviction runs at most once per
// evictInterval. Deleting the whole directory (Clean) is always safe.
const (
	// CacheMaxAge is how long an unused build stays in the cache.
	CacheMaxAge = 30 * 24 * time.Hour
	// DefaultCacheMaxBytes bounds the total size of the build cache.
	DefaultCacheMaxBytes = 2 << 30
	// CacheMaxEnv names the environment variable that overrides
	// DefaultCacheMaxBytes: a size in bytes, optionally with a unit (KB,
	// MB, GB, TB for powers of 1000; KiB, MiB, GiB, TiB for powers of 1024).
	CacheMaxEnv = "RUNA2GO_CACHE_MAX"
	// evictInterval is the least time between two evictions.
	evictInterval = 24 * time.Hour

	// sumSuffix names, after the binary's name, the file holding its
	// SHA-256 in `sha256sum` format ("HEX  prog\n").
	sumSuffix = ".sha256"
	// usedStamp is touched in an entry each time a build uses it.
	usedStamp = "used"
	// evictStamp, in the build directory, records the last eviction.
	evictStamp = ".evicted"
	// trashPrefix names entries being removed.
	trashPrefix = ".trash-"
)

// CacheRoot returns the runa2go cache root: dir if set, else
// os.UserCacheDir()/runa2go.
func CacheRoot(dir string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("finding the user cache directory for builds: %w", err)
	}
	return filepath.Join(base, "runa2go"), nil
}

// CacheMaxBytes returns the size bound of the build cache: the value of
// CacheMaxEnv when set, else DefaultCacheMaxBytes. An invalid value is an
// error naming the variable.
func CacheMaxBytes() (int64, error) {
	v, ok := os.LookupEnv(CacheMaxEnv)
	if !ok || strings.TrimSpace(v) == "" {
		return DefaultCacheMaxBytes, nil
	}
	n, err := parseSize(v)
	if err != nil {
		return 0, fmt.Errorf("%s=%q: %v (want a size such as 2GiB, 500MB or 1000000)", CacheMaxEnv, v, err)
	}
	return n, nil
}

// parseSize parses a non-negative size: digits, then optionally one of
// B, KB, MB, GB, TB, KiB, MiB, GiB, TiB (case-insensitive).
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, errors.New("not a size")
	}
	n, err := strconv.ParseInt(s[:i], 10, 64)
	if err != nil {
		return 0, errors.New("too large")
	}
	units := map[string]int64{"": 1, "b": 1,
		"kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12,
		"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30, "tib": 1 << 40}
	mult, ok := units[strings.ToLower(strings.TrimSpace(s[i:]))]
	if !ok {
		return 0, fmt.Errorf("unknown unit %q", strings.TrimSpace(s[i:]))
	}
	if n > (1<<63-1)/mult {
		return 0, errors.New("too large")
	}
	return n * mult, nil
}

// sumFile returns the checksum file of the cached binary.
func sumFile(binary string) string { return binary + sumSuffix }

// writeSum records the SHA-256 of the file built (a temporary name) as the
// checksum of the cache entry's binary.
func writeSum(built, binary string) error {
	data, err := os.ReadFile(built)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	line := hex.EncodeToString(sum[:]) + "  " + filepath.Base(binary) + "\n"
	return WriteFileAtomic(sumFile(binary), []byte(line), 0o644)
}

// readEntry returns the contents of the cached binary when it exists and
// matches its recorded checksum. A missing binary, a missing or garbled
// checksum file or a mismatch (a truncated or damaged binary) gives ok
// false: the entry must be rebuilt.
func readEntry(binary string) (data []byte, ok bool) {
	line, err := os.ReadFile(sumFile(binary))
	if err != nil {
		return nil, false
	}
	fields := strings.Fields(string(line))
	if len(fields) != 2 || fields[1] != filepath.Base(binary) {
		return nil, false
	}
	want, err := hex.DecodeString(fields[0])
	if err != nil || len(want) != sha256.Size {
		return nil, false
	}
	data, err = os.ReadFile(binary)
	if err != nil {
		return nil, false
	}
	got := sha256.Sum256(data)
	if !bytes.Equal(got[:], want) {
		return nil, false
	}
	return data, true
}

// touch sets the modification time of name to now, creating it when
// missing.
func touch(name string, now time.Time) error {
	if err := os.Chtimes(name, now, now); err == nil {
		return nil
	}
	if err := os.WriteFile(name, nil, 0o644); err != nil {
		return err
	}
	return os.Chtimes(name, now, now)
}

// cacheEntry is one build directory, as eviction sees it.
type cacheEntry struct {
	name string    // the key
	used time.Time // last use: the used stamp, else the directory's mtime
	size int64     // bytes of its regular files
}

// listEntries returns the entries of the build cache directory buildDir,
// least recently used first.
func listEntries(buildDir string) ([]cacheEntry, error) {
	des, err := os.ReadDir(buildDir)
	if err != nil {
		return nil, err
	}
	var entries []cacheEntry
	for _, de := range des {
		if !de.IsDir() || strings.HasPrefix(de.Name(), ".") {
			continue
		}
		dir := filepath.Join(buildDir, de.Name())
		e := cacheEntry{name: de.Name()}
		if fi, err := os.Stat(filepath.Join(dir, usedStamp)); err == nil {
			e.used = fi.ModTime()
		} else if fi, err := de.Info(); err == nil {
			e.used = fi.ModTime()
		}
		e.size = dirSize(dir)
		entries = append(entries, e)
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].used.Before(entries[j].used) })
	return entries, nil
}

// dirSize returns the total size of the regular files below dir.
func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// evict removes from the build cache directory buildDir every entry last
// used more than maxAge before now, then the least recently used entries
// while the total size exceeds maxBytes. The entry named keep (the one in
// use) is never removed. It returns the keys removed.
func evict(buildDir, keep string, now time.Time, maxAge time.Duration, maxBytes int64) ([]string, error) {
	entries, err := listEntries(buildDir)
	if err != nil {
		return nil, err
	}
	var total int64
	for _, e := range entries {
		total += e.size
	}
	var removed []string
	for _, e := range entries { // least recently used first
		if e.name == keep {
			continue
		}
		if now.Sub(e.used) <= maxAge && total <= maxBytes {
			continue
		}
		if removeEntry(buildDir, e.name) == nil {
			total -= e.size
			removed = append(removed, e.name)
		}
	}
	// Leftovers of removals that were interrupted.
	des, _ := os.ReadDir(buildDir)
	for _, de := range des {
		if strings.HasPrefix(de.Name(), trashPrefix) {
			os.RemoveAll(filepath.Join(buildDir, de.Name()))
		}
	}
	return removed, nil
}

// removeEntry removes the entry name of buildDir: it is first renamed away,
// so no build ever sees it half removed.
func removeEntry(buildDir, name string) error {
	trash := filepath.Join(buildDir, trashPrefix+name)
	if err := os.Rename(filepath.Join(buildDir, name), trash); err != nil {
		return err
	}
	return os.RemoveAll(trash)
}

// maybeEvict runs evict on buildDir unless it ran less than evictInterval
// before now (as recorded by the evictStamp file). Eviction is cache
// maintenance: its failures are not the build's, and are ignored.
func maybeEvict(buildDir, keep string, now time.Time, maxBytes int64) {
	stamp := filepath.Join(buildDir, evictStamp)
	if fi, err := os.Stat(stamp); err == nil && now.Sub(fi.ModTime()) < evictInterval && !fi.ModTime().After(now) {
		return
	}
	if touch(stamp, now) != nil {
		return
	}
	evict(buildDir, keep, now, CacheMaxAge, maxBytes)
}

// CleanResult describes what Clean removed.
type CleanResult struct {
	// Dir is the build cache directory.
	Dir string
	// Existed reports that there was a build cache to remove.
	Existed bool
	// Entries and Bytes count the builds removed and their size.
	Entries int
	Bytes   int64
}

// Clean removes the build cache below the cache root (CacheRoot(dir)):
// every build, whatever its age. It is safe when there is no cache.
func Clean(dir string) (*CleanResult, error) {
	root, err := CacheRoot(dir)
	if err != nil {
		return nil, err
	}
	res := &CleanResult{Dir: filepath.Join(root, "build")}
	if _, err := os.Lstat(res.Dir); errors.Is(err, fs.ErrNotExist) {
		return res, nil
	}
	res.Existed = true
	if entries, err := listEntries(res.Dir); err == nil {
		res.Entries = len(entries)
		for _, e := range entries {
			res.Bytes += e.size
		}
	}
	if err := os.RemoveAll(res.Dir); err != nil {
		return res, fmt.Errorf("removing the build cache %s: %w", res.Dir, err)
	}
	return res, nil
}

// FormatSize returns n bytes in a short human form ("12.3 MB").
func FormatSize(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	f, i := float64(n), 0
	for f >= unit && i < 4 {
		f /= unit
		i++
	}
	return fmt.Sprintf("%.1f %cB", f, " kMGT"[i])
}
