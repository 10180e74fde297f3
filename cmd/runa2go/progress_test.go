package main

import (
	"bytes"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
)

func TestProgressShownAfterDelay(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, "app", -1) // the test plays the timer
	p.report(driver.StepGenerate)
	p.report(driver.StepStdlib)
	if b.Len() != 0 {
		t.Fatalf("printed before the delay: %q", b.String())
	}
	p.show()
	p.report(driver.StepRuntime)
	p.report(driver.StepProgram)
	p.done(nil)
	p.report(driver.StepProgram) // late: ignored
	want := "runa2go: compiling the Go standard library for the first build…\n" +
		"runa2go: compiling the Runa runtime…\n" +
		"runa2go: compiling and linking app…\n"
	got := b.String()
	if !strings.HasPrefix(got, want) {
		t.Fatalf("got %q, want it to start with %q", got, want)
	}
	if rest := got[len(want):]; !regexp.MustCompile(`^runa2go: built app in \d+\.\ds\n$`).MatchString(rest) {
		t.Errorf("last line %q", rest)
	}
}

func TestProgressSilentWhenFast(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, "app", -1)
	p.report(driver.StepGenerate)
	p.report(driver.StepProgram)
	p.done(nil)
	p.show() // the timer fires after the build ended
	if b.Len() != 0 {
		t.Errorf("a build that ended before the delay printed %q", b.String())
	}
}

func TestProgressFailedBuildSaysNoBuilt(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, "app", -1)
	p.show()
	p.report(driver.StepGenerate)
	p.done(errors.New("boom"))
	if got := b.String(); got != "runa2go: translating the Runa program into Go…\n" {
		t.Errorf("got %q", got)
	}
}

func TestIsTerminal(t *testing.T) {
	if isTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a regular file is a terminal")
	}
}
