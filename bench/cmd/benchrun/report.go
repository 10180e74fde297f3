package main

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"
)

// report is everything printReport prints.
type report struct {
	benchmarks         []benchmark
	cells              [][nVariants]*cell
	n                  int
	took               time.Duration
	rev                string
	loadStart, loadEnd string
	pending            []pendingMetric // nil: not measured (parallel_sleep not selected)
}

// printReport writes the markdown report: the time table with the bars judged on CPU time,
// the peak RSS table, the pending-task memory table, and notes.
func printReport(w io.Writer, r report) {
	fmt.Fprintf(w, "runa2go built from %s.\n\n", r.rev)
	fmt.Fprintf(w, "Measured %s on %s, %d CPU cores (%s/%s, %s; %s; %s); %d interleaved run(s) after one warm-up; the whole run took %s; load average at the start %s, at the end %s.\n\n",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), cpuModel(), runtime.NumCPU(), runtime.GOOS, runtime.GOARCH,
		goVersion(), toolVersion("python3", "--version"), "node "+toolVersion("node", "--version"), r.n, r.took.Round(time.Second), r.loadStart, r.loadEnd)

	fmt.Fprintln(w, "Medians of CPU time (user + system, from the child's rusage) · wall time, whole processes, start-up included; ratios of medians, CPU · wall. The bars of DESIGN §6 are judged on CPU time.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| benchmark | Runa | Go | CPython | Node | generated÷Go | CPython÷generated | Node÷generated | bar (DESIGN §6, CPU) | met? |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|")
	var notes []string
	for i, b := range r.benchmarks {
		c := r.cells[i]
		row := []string{b.name}
		for v := range nVariants {
			row = append(row, c[v].timeText())
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
		row = append(row, ratioPair(c[vRuna], c[vGo]), ratioPair(c[vPy], c[vRuna]), ratioPair(c[vNode], c[vRuna]))
		row = append(row, b.bar.text(), verdict(b, c))
		fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
	}
	for i, b := range r.benchmarks {
		if b.ideal <= 0 {
			continue
		}
		ideal := time.Duration(b.ideal * float64(time.Second))
		var over []string
		for v := range nVariants {
			o := "–"
			if c := r.cells[i][v]; c.usable() {
				o = seconds(median(c.samples, wallOf) - ideal)
			}
			over = append(over, variantNames[v]+" "+o)
		}
		fmt.Fprintf(w, "\n%s: ideal wall time %s; wall-time median above it: %s.\n", b.name, seconds(ideal), strings.Join(over, " · "))
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, "Peak resident set size (rusage maxrss), medians:")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| benchmark | Runa | Go | CPython | Node |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for i, b := range r.benchmarks {
		row := []string{b.name}
		for v := range nVariants {
			row = append(row, r.cells[i][v].rssText())
		}
		fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
	}

	if r.pending != nil {
		fmt.Fprintln(w)
		fmt.Fprintf(w, "Pending tasks (DESIGN §6: 100k pending tasks ≤ %d bytes each, ≤ %s peak RSS for the fan-out). `BenchmarkPendingTask` (rt/bench_test.go, run as `%s`) counts heap and goroutine stacks in use while 100k tasks wait, divided by 100k; the peak RSS of the %s run divided by 100k is an upper bound (the whole process: runtime, the lists, the results).\n\n",
			maxPendingBytes, mib(maxFanOutRSS), strings.Join(pendingCommand, " "), fanOut)
		fmt.Fprintln(w, "| measure | value | bar | met? |")
		fmt.Fprintln(w, "|---|---|---|---|")
		for _, m := range r.pending {
			if m.err != "" {
				fmt.Fprintf(w, "| `%s` | ✗ | ≤ %d B per task | not measured |\n", m.name, maxPendingBytes)
				notes = append(notes, m.name+": "+m.err)
				continue
			}
			fmt.Fprintf(w, "| `%s`, bytes per pending task | %.0f B (stack %.0f B) | ≤ %d B | %s |\n",
				m.name, m.bytes, m.stackBytes, maxPendingBytes, yesNo(m.bytes <= maxPendingBytes))
		}
		for i, b := range r.benchmarks {
			if b.name != fanOut {
				continue
			}
			for _, v := range []int{vRuna, vGo} {
				if c := r.cells[i][v]; c.usable() {
					fmt.Fprintf(w, "| %s peak RSS ÷ %dk, %s | %.0f B | – | – |\n", fanOut, fanOutTasks/1000, variantNames[v], float64(median(c.samples, rssOf))/fanOutTasks)
				}
			}
			if c := r.cells[i][vRuna]; c.usable() {
				rss := median(c.samples, rssOf)
				fmt.Fprintf(w, "| %s peak RSS, %s | %s | ≤ %s | %s |\n", fanOut, variantNames[vRuna], mib(rss), mib(maxFanOutRSS), yesNo(rss <= maxFanOutRSS))
			}
		}
	}

	if len(notes) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Notes:")
		for _, s := range notes {
			fmt.Fprintln(w, "- "+s)
		}
	}
}

// usable reports whether c has measurements (of correct runs).
func (c *cell) usable() bool { return c.argv != nil && len(c.samples) > 0 }

// flagged is what a cell shows instead of, or after, its medians.
func (c *cell) flagged() (text string, ok bool) {
	switch {
	case c.argv == nil:
		return "n/a", false
	case len(c.samples) == 0:
		return "✗", false
	case c.nBad > 0:
		return " ✗", true
	}
	return "", true
}

// timeText is "CPU · wall" of the medians.
func (c *cell) timeText() string {
	flag, ok := c.flagged()
	if !ok {
		return flag
	}
	return seconds(median(c.samples, cpuOf)) + " · " + seconds(median(c.samples, wallOf)) + flag
}

func (c *cell) rssText() string {
	flag, ok := c.flagged()
	if !ok {
		return flag
	}
	return mib(median(c.samples, rssOf)) + flag
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

// mib is b in MiB, with one decimal unless it is whole.
func mib(b int64) string {
	if b%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", b>>20)
	}
	return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20))
}

func yesNo(ok bool) string {
	if ok {
		return "yes"
	}
	return "no"
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

// ratioPair is "CPU ratio · wall ratio" of a/b.
func ratioPair(a, b *cell) string {
	rc, ok := ratio(a, b, cpuOf)
	if !ok {
		return "–"
	}
	return ratioText(rc, true) + " · " + ratioText(ratio(a, b, wallOf))
}

// text is the bar as DESIGN §6 writes it.
func (b bar) text() string {
	if b.minPy == 0 && b.minNode == 0 {
		return fmt.Sprintf("CPU ≤ %g× Go", b.maxGenGo)
	}
	return fmt.Sprintf("≤ %g · ≥ %g · ≥ %g", b.maxGenGo, b.minPy, b.minNode)
}

// verdict checks the bar of b on the CPU-time medians: "yes", or "no: …" naming each miss
// with its measured ratio.
func verdict(b benchmark, c [nVariants]*cell) string {
	var misses []string
	check := func(what string, a, d *cell, limit float64, atMost bool) {
		if limit == 0 {
			return
		}
		r, ok := ratio(a, d, cpuOf)
		switch {
		case !ok:
			misses = append(misses, what+" not measured")
		case atMost && r > limit:
			misses = append(misses, fmt.Sprintf("%s %s > %g", what, ratioText(r, true), limit))
		case !atMost && r < limit:
			misses = append(misses, fmt.Sprintf("%s %s < %g", what, ratioText(r, true), limit))
		}
	}
	check("gen÷Go", c[vRuna], c[vGo], b.bar.maxGenGo, true)
	check("CPython÷gen", c[vPy], c[vRuna], b.bar.minPy, false)
	check("Node÷gen", c[vNode], c[vRuna], b.bar.minNode, false)
	if c[vRuna].nBad > 0 {
		misses = append(misses, "wrong Runa checksum")
	}
	if len(misses) == 0 {
		return "yes"
	}
	return "no: " + strings.Join(misses, "; ")
}
