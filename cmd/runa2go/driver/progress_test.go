package driver

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"
)

func TestProgressWriterSplitsPackageLines(t *testing.T) {
	var steps []Step
	w := newProgressWriter(func(s Step) { steps = append(steps, s) }, StepGenerate)
	in := "internal/goarch\nruntime\ngithub.com/runa2go/runa2go/rt\n" +
		"github.com/runa2go/runa2go/rt/std\n# runaprog\n./main.go:3:1: undefined: x\nrunaprog\n\tnote\nlast line without newline"
	// Split the input at every byte boundary a pipe might.
	for i := 0; i < len(in); i += 7 {
		w.Write([]byte(in[i:min(i+7, len(in))]))
	}
	got := string(w.output())
	want := "# runaprog\n./main.go:3:1: undefined: x\n\tnote\nlast line without newline"
	if got != want {
		t.Errorf("output %q, want %q", got, want)
	}
	if !slices.Equal(steps, []Step{StepStdlib, StepRuntime, StepProgram}) {
		t.Errorf("steps %v", steps)
	}
}

func TestBuildReportsProgress(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	// A program no earlier build compiled, so go build compiles it.
	src := &Source{Name: "fresh.runa", Data: fmt.Appendf(nil, "Display %q\n", fmt.Sprint(time.Now().UnixNano()))}
	var steps []Step
	cache := t.TempDir()
	if _, err := Build(context.Background(), src, BuildOptions{CacheDir: cache, Progress: func(s Step) { steps = append(steps, s) }}); err != nil {
		t.Fatal(err)
	}
	if len(steps) < 3 || steps[0] != StepGenerate || steps[1] != StepGoBuild || steps[len(steps)-1] != StepProgram || !slices.IsSorted(steps) {
		t.Errorf("steps %v, want generate, go build ... program, in order", steps)
	}
	steps = nil
	res, err := Build(context.Background(), src, BuildOptions{CacheDir: cache, Progress: func(s Step) { steps = append(steps, s) }})
	if err != nil || !res.CacheHit || steps != nil {
		t.Errorf("cache hit: %v, %v, steps %v; want a hit with no steps", res, err, steps)
	}
}
