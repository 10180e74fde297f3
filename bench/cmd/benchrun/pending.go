package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// pendingMetric is one sub-benchmark of rt's BenchmarkPendingTask: the heap and goroutine
// stack memory in use per task while 100k tasks wait, in bytes, and the stack part of it.
type pendingMetric struct {
	name              string // e.g. "BenchmarkPendingTask/sleep0"
	bytes, stackBytes float64
	err               string // the benchmark could not be run or parsed
}

// pendingCommand is how benchrun runs BenchmarkPendingTask (rt/bench_test.go), with the Go
// version's default stack settings.
var pendingCommand = []string{"go", "test", "-run", "XXX", "-bench", "PendingTask", "-benchtime", "3x", "-count", "1", "./rt"}

// measurePending runs BenchmarkPendingTask in the repository at root.
func measurePending(root string, timeout time.Duration) ([]pendingMetric, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, pendingCommand[0], pendingCommand[1:]...)
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("%s: %v: %s", strings.Join(pendingCommand, " "), err, firstLine(out, err))
	}
	ms := parsePending(out)
	if len(ms) == 0 {
		return nil, fmt.Errorf("%s printed no bytes/task metric", strings.Join(pendingCommand, " "))
	}
	return ms, nil
}

// gomaxprocsSuffix is the "-N" that go test appends to a benchmark's name.
var gomaxprocsSuffix = regexp.MustCompile(`-\d+$`)

// parsePending reads the bytes/task and stack-bytes/task metrics of the benchmark lines in
// the output of go test -bench (`NAME-N  ITERATIONS  VALUE UNIT  VALUE UNIT …`). Lines
// without a bytes/task metric are skipped.
func parsePending(out []byte) []pendingMetric {
	var ms []pendingMetric
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		m := pendingMetric{name: gomaxprocsSuffix.ReplaceAllString(f[0], "")}
		found := false
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "bytes/task":
				m.bytes, found = v, true
			case "stack-bytes/task":
				m.stackBytes = v
			}
		}
		if found {
			ms = append(ms, m)
		}
	}
	return ms
}
