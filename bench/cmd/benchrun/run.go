// Command benchrun measures the quality bars of DESIGN §6.
//
// It builds runa2go from this repository, compiles every Runa benchmark with it, builds the
// hand-written Go baselines, then runs all variants (Runa, Go, CPython, Node) interleaved
// -n times, checks that every run prints the expected checksum, and prints a markdown table
// of the medians and ratios against the bars. Run it from anywhere inside the repository:
//
//	go run ./bench/cmd/benchrun [-n 10] [-only fib,lock]
package main

import (
	"bytes"
	"context"
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

// bar is one row of the DESIGN §6 table: the largest allowed generated÷Go ratio and the
// smallest required CPython÷generated and Node÷generated ratios (0: none).
type bar struct {
	maxGenGo, minPy, minNode float64
}

type benchmark struct {
	name     string
	checksum string  // expected standard output, trimmed
	bar      bar     // zero for report-only rows
	ideal    float64 // ideal wall time in seconds, for report-only rows
	about    string
}

var benchmarks = []benchmark{
	{name: "fib", checksum: "2178309", bar: bar{1.25, 10, 3}, about: "fib(32), recursion guard included"},
	{name: "awaits", checksum: "29999994", bar: bar{1.1, 30, 10}, about: "10M sequential awaits of a direct call"},
	{name: "parallel_sleep", checksum: "100000 450000", bar: bar{3.0, 10, 3}, about: "parallel_await for each over 100k tasks doing `await sleep 0`"},
	{name: "generator", checksum: "49999995000000", bar: bar{1.2, 30, 30}, about: "async generator of 10M values summed by For each"},
	{name: "lock", checksum: "1000 100000", bar: bar{1.2, 5, 3}, about: "1k tasks × 100 increments under async_lock"},
	{name: "race_timeout", checksum: "777 5005000", ideal: 1.005, about: "race over 1000 tasks; 10k timeouts, half expiring"},
}

// Variants, in table order.
const (
	vRuna = iota
	vGo
	vPy
	vNode
	nVariants
)

var variantNames = [nVariants]string{"Runa", "Go", "CPython", "Node"}

type sample struct{ wall, cpu time.Duration }

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

	// One unmeasured warm-up round (page cache, CPU frequency, build caches), then n
	// measured rounds. Within a round every benchmark runs every variant once, the variant
	// order rotating from round to round so that no variant always follows the same one.
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
	printReport(selected, cells, n, time.Since(start), revision(root))
	return nil
}

// measure runs argv once and gives its wall time and CPU time (user + system).
func measure(argv []string, timeout time.Duration) (sample, []byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	t0 := time.Now()
	err := cmd.Run()
	wall := time.Since(t0)
	if err != nil {
		return sample{}, append(stdout.Bytes(), stderr.Bytes()...), err
	}
	ps := cmd.ProcessState
	return sample{wall: wall, cpu: ps.UserTime() + ps.SystemTime()}, stdout.Bytes(), nil
}

func median(ss []sample, f func(sample) time.Duration) time.Duration {
	ds := make([]time.Duration, len(ss))
	for i, s := range ss {
		ds[i] = f(s)
	}
	slices.Sort(ds)
	m := len(ds) / 2
	if len(ds)%2 == 1 {
		return ds[m]
	}
	return (ds[m-1] + ds[m]) / 2
}

func wallOf(s sample) time.Duration { return s.wall }
func cpuOf(s sample) time.Duration  { return s.cpu }

// usable reports whether c has measurements (of correct runs).
func (c *cell) usable() bool { return c.argv != nil && len(c.samples) > 0 }

func (c *cell) text(f func(sample) time.Duration) string {
	switch {
	case c.argv == nil:
		return "n/a"
	case len(c.samples) == 0:
		return "✗"
	case c.nBad > 0:
		return seconds(median(c.samples, f)) + " ✗"
	}
	return seconds(median(c.samples, f))
}

func seconds(d time.Duration) string {
	s := d.Seconds()
	switch {
	case s < 0.1:
		return fmt.Sprintf("%.1f ms", s*1000)
	case s < 10:
		return fmt.Sprintf("%.3f s", s)
	}
	return fmt.Sprintf("%.1f s", s)
}

// ratio is a/b of the medians of f; ok is false when either cell is unusable.
func ratio(a, b *cell, f func(sample) time.Duration) (float64, bool) {
	if !a.usable() || !b.usable() {
		return 0, false
	}
	return median(a.samples, f).Seconds() / median(b.samples, f).Seconds(), true
}

func ratioText(r float64, ok bool) string {
	if !ok {
		return "–"
	}
	if r >= 10 {
		return fmt.Sprintf("%.0f×", r)
	}
	return fmt.Sprintf("%.2f×", r)
}

// verdict checks the bar of b on the medians of f: "yes", or "no (…)" naming the misses.
func verdict(b benchmark, c [nVariants]*cell, f func(sample) time.Duration) string {
	var misses []string
	check := func(what string, r float64, ok, good bool) {
		switch {
		case !ok:
			misses = append(misses, what+" not measured")
		case !good:
			misses = append(misses, what)
		}
	}
	gg, ok := ratio(c[vRuna], c[vGo], f)
	check("gen÷Go", gg, ok, gg <= b.bar.maxGenGo)
	pg, ok := ratio(c[vPy], c[vRuna], f)
	check("CPython÷gen", pg, ok, pg >= b.bar.minPy)
	ng, ok := ratio(c[vNode], c[vRuna], f)
	check("Node÷gen", ng, ok, ng >= b.bar.minNode)
	if c[vRuna].nBad > 0 {
		misses = append(misses, "wrong Runa checksum")
	}
	if len(misses) == 0 {
		return "yes"
	}
	return "no (" + strings.Join(misses, ", ") + ")"
}

func printReport(bs []benchmark, cells [][nVariants]*cell, n int, took time.Duration, rev string) {
	w := os.Stdout
	fmt.Fprintf(w, "runa2go built from %s.\n\n", rev)
	fmt.Fprintf(w, "Measured %s on %s, %d CPU cores (%s/%s, %s; %s; %s); %d interleaved runs after one warm-up, medians of wall time; the whole run took %s; load average at the end %s.\n\n",
		time.Now().Format("2006-01-02"), cpuModel(), runtime.NumCPU(), runtime.GOOS, runtime.GOARCH,
		goVersion(), toolVersion("python3", "--version"), "node "+toolVersion("node", "--version"), n, took.Round(time.Second), loadAverage())

	fmt.Fprintln(w, "| benchmark | Runa median | Go median | CPython median | Node median | generated÷Go | CPython÷generated | Node÷generated | bar from DESIGN §6 | met? |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|")
	var notes []string
	for i, b := range bs {
		c := cells[i]
		row := []string{b.name}
		for v := range nVariants {
			row = append(row, c[v].text(wallOf))
			if c[v].missing != "" {
				notes = append(notes, fmt.Sprintf("%s / %s: %s", b.name, variantNames[v], c[v].missing))
			}
			if c[v].bad != "" {
				notes = append(notes, fmt.Sprintf("%s / %s: %d of %d runs (warm-up included) failed or printed a wrong checksum, the first: %s; ✗ medians are over the correct runs only",
					b.name, variantNames[v], c[v].nBad, c[v].nRuns, c[v].bad))
			}
		}
		if c[vRuna].nBad > 0 {
			notes = append(notes, b.name+": the Runa program is wrong on some run, see BUGS.md")
		}
		gg, okGG := ratio(c[vRuna], c[vGo], wallOf)
		pg, okPG := ratio(c[vPy], c[vRuna], wallOf)
		ng, okNG := ratio(c[vNode], c[vRuna], wallOf)
		row = append(row, ratioText(gg, okGG), ratioText(pg, okPG), ratioText(ng, okNG))
		if b.ideal > 0 {
			row = append(row, "report CPU time and overhead above the ideal wall time", "reported below")
		} else {
			row = append(row, fmt.Sprintf("≤ %g · ≥ %g · ≥ %g", b.bar.maxGenGo, b.bar.minPy, b.bar.minNode))
			row = append(row, "wall: "+verdict(b, c, wallOf)+"; CPU: "+verdict(b, c, cpuOf))
		}
		fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, "CPU time (user + system), medians, and for report-only rows the wall-time overhead above the ideal:")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| benchmark | Runa CPU | Go CPU | CPython CPU | Node CPU | generated÷Go (CPU) | CPython÷generated (CPU) | Node÷generated (CPU) | ideal wall | overhead above ideal: Runa · Go · CPython · Node |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|")
	for i, b := range bs {
		c := cells[i]
		row := []string{b.name}
		for v := range nVariants {
			row = append(row, c[v].text(cpuOf))
		}
		row = append(row, ratioText(ratio(c[vRuna], c[vGo], cpuOf)), ratioText(ratio(c[vPy], c[vRuna], cpuOf)), ratioText(ratio(c[vNode], c[vRuna], cpuOf)))
		if b.ideal > 0 {
			ideal := time.Duration(b.ideal * float64(time.Second))
			var over []string
			for v := range nVariants {
				if !c[v].usable() {
					over = append(over, "–")
					continue
				}
				over = append(over, seconds(median(c[v].samples, wallOf)-ideal))
			}
			row = append(row, seconds(ideal), strings.Join(over, " · "))
		} else {
			row = append(row, "", "")
		}
		fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
	}
	if len(notes) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Notes:")
		for _, s := range notes {
			fmt.Fprintln(w, "- "+s)
		}
	}
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
