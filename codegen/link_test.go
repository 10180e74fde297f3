package codegen_test

import (
	"context"
	"debug/elf"
	"runtime"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
)

// netHTTPSymbols builds src with the driver and returns how many symbols
// of package net/http its binary has.
func netHTTPSymbols(t *testing.T, name, src string) int {
	t.Helper()
	res, err := driver.Build(context.Background(), &driver.Source{Name: name, Data: []byte(src)},
		driver.BuildOptions{CacheDir: t.TempDir()})
	if err != nil {
		t.Fatalf("building %s: %v", name, err)
	}
	f, err := elf.Open(res.Binary)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil {
		t.Fatalf("%s: symbol table: %v", name, err)
	}
	n := 0
	for _, s := range syms {
		if strings.HasPrefix(s.Name, "net/http.") {
			n++
		}
	}
	return n
}

// TestNoHTTPLinked checks that a program without HTTP does not link
// net/http, while one calling http_get does (so the check can fail).
func TestNoHTTPLinked(t *testing.T) {
	if testing.Short() || runtime.GOOS != "linux" {
		t.Skip("builds programs with the go toolchain; reads ELF symbol tables")
	}
	if n := netHTTPSymbols(t, "hello.runa", "Display \"Hello, World!\"\n"); n != 0 {
		t.Errorf("hello world links %d net/http symbols", n)
	}
	// Other I/O builtins (rt/std) do not bring HTTP in (rt/std/web).
	files := "Async Process called \"look\":\n    Display file_exists with path as \"x\"\n    await write_file with path as \"/dev/null\" and content as \"x\"\nawait look()\n"
	if n := netHTTPSymbols(t, "files.runa", files); n != 0 {
		t.Errorf("a program using file builtins links %d net/http symbols", n)
	}
	web := "Async Process called \"get\":\n    Let r be await http_get with url as \"http://127.0.0.1:1/\"\n    Display r.status_code\nawait get()\n"
	if n := netHTTPSymbols(t, "web.runa", web); n == 0 {
		t.Error("a program calling http_get links no net/http symbol: the check finds nothing")
	}
}
