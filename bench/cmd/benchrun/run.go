// Command benchrun measures the quality bars of DESIGN §6.
//
// It builds runa2go from this repository, compiles every Runa benchmark with it, builds the
// hand-written Go baselines, then runs all variants (Runa, Go, CPython, Node) interleaved
// -n times, checks that every run prints the expected checksum, and prints markdown tables
// of the medians of CPU and wall time and their ratios against the bars (judged on CPU time),
// the peak RSS of every variant, and the memory of a pending task (rt's BenchmarkPendingTask,
// when parallel_sleep is selected). Run it from anywhere inside the repository:
//
//	go run ./bench/cmd/benchrun [-n 10] [-only fib,lock]
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

// bar is one row of the DESIGN §6 table, judged on CPU time: the largest allowed
// generated÷Go ratio and the smallest required CPython÷generated and Node÷generated ratios
// (0: no bar on that ratio).
type bar struct {
	maxGenGo, minPy, minNode float64
}

type benchmark struct {
	name     string
	checksum string // expected standard output, trimmed
	bar      bar
	ideal    float64 // ideal wall time in seconds, when the row reports the overhead above it
	about    string
}

// benchmarks are the rows of DESIGN §6, with its bars.
var benchmarks = []benchmark{
	{name: "fib", checksum: "2178309", bar: bar{1.25, 10, 3}, about: "fib(32), recursion guard included"},
	{name: "awaits", checksum: "29999994", bar: bar{1.0, 30, 10}, about: "10M sequential awaits of a direct call"},
	{name: "parallel_sleep", checksum: "100000 450000", bar: bar{0.5, 30, 10}, about: "parallel_await for each over 100k tasks doing `await sleep 0`"},
	{name: "generator", checksum: "49999995000000", bar: bar{1.2, 30, 30}, about: "async generator of 10M values summed by For each"},
	{name: "lock", checksum: "1000 100000", bar: bar{1.2, 5, 3}, about: "1k tasks × 100 increments under async_lock"},
	{name: "race_timeout", checksum: "777 5005000", bar: bar{maxGenGo: 1.2}, ideal: 1.005, about: "race over 1000 tasks; 10k timeouts, half expiring"},
}

// The fan-out bars of DESIGN §6 ("100k pending tasks ≤ 256 bytes each and ≤ 64 MB peak RSS
// for the fan-out"), checked on the parallel_sleep row.
const (
	fanOut          = "parallel_sleep"
	fanOutTasks     = 100_000
	maxPendingBytes = 256
	maxFanOutRSS    = 64 << 20
)

// Variants, in table order.
const (
	vRuna = iota
	vGo
	vPy
	vNode
	nVariants
)

var variantNames = [nVariants]string{"Runa", "Go", "CPython", "Node"}

// sample is one correct run: wall time, CPU time (user + system) and peak resident set size.
type sample struct {
	wall, cpu time.Duration
	rss       int64 // bytes
}

type cell struct {
	argv    []string // nil: not available
	missing string   // why argv is nil
	samples []sample
	bad     string // first wrong checksum or failure, if any
	nBad    int    // runs that failed or printed a wrong checksum
	nRuns   int
}

func main() {
	n := flag.Int("n", 10, "interleaved runs of every variant (medians are taken over them)")
	only := flag.String("only", "", "comma-separated benchmark names to run (default: all)")
	timeout := flag.Duration("timeout", 2*time.Minute, "limit for one run of one variant")
	flag.Parse()
	if err := run(*n, *only, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "benchrun:", err)
		os.Exit(1)
	}
}

func run(n int, only string, timeout time.Duration) error {
	if n < 1 {
		return errors.New("-n must be at least 1")
	}
	root, err := repoRoot()
	if err != nil {
		return err
	}
	selected := benchmarks
	if only != "" {
		selected = nil
		for _, name := range strings.Split(only, ",") {
			i := slices.IndexFunc(benchmarks, func(b benchmark) bool { return b.name == strings.TrimSpace(name) })
			if i < 0 {
				return fmt.Errorf("unknown benchmark %q", name)
			}
			selected = append(selected, benchmarks[i])
		}
	}
	tmp, err := os.MkdirTemp("", "benchrun")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	logf("building runa2go")
	compiler := filepath.Join(tmp, "runa2go")
	if out, err := command(root, "go", "build", "-o", compiler, "./cmd/runa2go").CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./cmd/runa2go: %v\n%s", err, out)
	}
	python, pyErr := exec.LookPath("python3")
	node, nodeErr := exec.LookPath("node")

	cells := make([][nVariants]*cell, len(selected))
	for i, b := range selected {
		dir := filepath.Join(root, "bench", b.name)
		for v := range nVariants {
			cells[i][v] = &cell{}
		}
		logf("building %s", b.name)
		runaBin := filepath.Join(tmp, b.name+"_runa")
		if out, err := command(dir, compiler, "build", b.name+".runa", "-o", runaBin).CombinedOutput(); err != nil {
			cells[i][vRuna].missing = "runa2go build failed: " + firstLine(out, err)
		} else {
			cells[i][vRuna].argv = []string{runaBin}
		}
		goBin := filepath.Join(tmp, b.name+"_go")
		if out, err := command(root, "go", "build", "-o", goBin, "./bench/"+b.name+"/go").CombinedOutput(); err != nil {
			cells[i][vGo].missing = "go build failed: " + firstLine(out, err)
		} else {
			cells[i][vGo].argv = []string{goBin}
		}
		if pyErr != nil {
			cells[i][vPy].missing = "python3 not found"
		} else {
			cells[i][vPy].argv = []string{python, filepath.Join(dir, b.name+".py")}
		}
		if nodeErr != nil {
			cells[i][vNode].missing = "node not found"
		} else {
			cells[i][vNode].argv = []string{node, filepath.Join(dir, b.name+".js")}
		}
	}

	// The memory of a pending task, measured before the rounds (go test compiles rt).
	var pending []pendingMetric
	if slices.ContainsFunc(selected, func(b benchmark) bool { return b.name == fanOut }) {
		logf("measuring pending tasks: go test -run XXX -bench PendingTask ./rt")
		pending, err = measurePending(root, timeout)
		if err != nil {
			logf("%v", err)
			pending = []pendingMetric{{name: "BenchmarkPendingTask", err: err.Error()}}
		}
	}

	// One unmeasured warm-up round (page cache, CPU frequency, build caches), then n
	// measured rounds. Within a round every benchmark runs every variant once, the variant
	// order rotating from round to round so that no variant always follows the same one.
	loadStart := loadAverage()
	start := time.Now()
	for round := 0; round <= n; round++ {
		if round == 0 {
			logf("warm-up round")
		} else {
			logf("round %d/%d (%s elapsed)", round, n, time.Since(start).Round(time.Second))
		}
		for i, b := range selected {
			for k := range nVariants {
				c := cells[i][(k+round)%nVariants]
				if c.argv == nil {
					continue
				}
				s, out, err := measure(c.argv, timeout)
				c.nRuns++
				switch {
				case err != nil:
					c.nBad++
					if c.bad == "" {
						c.bad = "run failed: " + firstLine(out, err)
					}
				case strings.TrimSpace(string(out)) != b.checksum:
					c.nBad++
					if c.bad == "" {
						c.bad = fmt.Sprintf("wrong checksum: got %q, want %q", strings.TrimSpace(string(out)), b.checksum)
					}
				case round > 0:
					c.samples = append(c.samples, s)
				}
			}
		}
	}
	printReport(os.Stdout, report{
		benchmarks: selected, cells: cells, n: n, took: time.Since(start),
		rev: revision(root), loadStart: loadStart, loadEnd: loadAverage(), pending: pending,
	})
	return nil
}

// repoRoot finds the directory of the runa2go go.mod, from the working directory upwards.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.Contains(data, []byte("module github.com/runa2go/runa2go\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("run benchrun inside the runa2go repository")
		}
		dir = parent
	}
}

func command(dir, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	return cmd
}

func firstLine(out []byte, err error) string {
	s := strings.TrimSpace(string(out))
	if s == "" {
		return err.Error()
	}
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

// revision names the commit the compiler was built from, and whether the working tree had
// uncommitted changes (go build uses the working tree).
func revision(root string) string {
	out, err := command(root, "git", "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "an unknown revision"
	}
	rev := "commit " + strings.TrimSpace(string(out))
	if st, err := command(root, "git", "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(bytes.TrimSpace(st)) > 0 {
		rev += " with uncommitted changes in the working tree"
	}
	return rev
}

// loadAverage is the 1, 5 and 15 minute load averages: other work on the machine shows here.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func goVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return runtime.Version()
	}
	return strings.TrimSpace(string(out))
}

func toolVersion(name string, args ...string) string {
	cmd := exec.Command(name, args...)
	cmd.Stderr = io.Discard
	out, err := cmd.Output()
	if err != nil {
		return name + " missing"
	}
	return strings.TrimSpace(string(out))
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "benchrun: "+format+"\n", args...)
}
