package rules

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"go.uber.org/goleak"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
	"github.com/runa2go/runa2go/rt"
)

// TestGeneratedIsFresh fails when rules_gen.go is not what `go generate`
// makes of rules.runa today.
func TestGeneratedIsFresh(t *testing.T) {
	data, err := os.ReadFile("rules.runa")
	if err != nil {
		t.Fatal(err)
	}
	want, _, err := driver.Generate(&driver.Source{Name: "rules.runa", Data: data}, driver.GenOptions{Package: "rules", Version: driver.Version})
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("rules_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatal("rules_gen.go is stale: run `go generate ./examples/library/...`")
	}
}

// TestExports calls every exported shape from Go, and checks that no
// goroutine of the runtime outlives the calls.
func TestExports(t *testing.T) {
	defer goleak.VerifyNone(t)
	ctx := context.Background()

	if got := Score(40, 2); got != 42 {
		t.Errorf("Score = %d, want 42", got)
	}
	if got, err := Share(7, 3); got != 1 || err != nil {
		t.Errorf("Share(7, 3) = %d, %v", got, err)
	}
	_, err := Share(7, 0)
	var re *rt.Error
	if !errors.As(err, &re) || re.Kind != "arithmetic" {
		t.Errorf("Share(7, 0) error = %v, want an *rt.Error of kind arithmetic", err)
	}
	if got, err := Total(&Order{Item: "tea", Quantity: 3}); got != 6 || err != nil {
		t.Errorf("Total = %d, %v", got, err)
	}
	if _, err := Total(nil); !errors.As(err, &re) || re.Kind != "type" {
		t.Errorf("Total(nil) error = %v, want kind type", err)
	}
	if v, err := Lookup(ctx, "a"); v != "value of a" || err != nil {
		t.Errorf("Lookup = %q, %v", v, err)
	}
	if v, err := LookupAsync(ctx, "b").Wait(ctx); v != "value of b" || err != nil {
		t.Errorf("LookupAsync = %q, %v", v, err)
	}
	// The failure of the task StartJob left running reaches the caller,
	// through the future and through the direct call alike.
	if v, err := StartJobAsync(ctx).Wait(ctx); v != 7 || err == nil || err.Error() != "background job failed" {
		t.Errorf("StartJobAsync = %d, %v; want 7 and the background failure", v, err)
	}
	if v, err := StartJob(ctx); v != 7 || err == nil || err.Error() != "background job failed" {
		t.Errorf("StartJob = %d, %v; want 7 and the background failure", v, err)
	}
	if err := FailLater(ctx); !errors.As(err, &re) || re.Kind != "error" || re.Message != "background job failed" {
		t.Errorf("FailLater = %v, want the thrown error", err)
	}
	if _, err := FailLaterAsync(ctx).Wait(ctx); err == nil || err.Error() != "background job failed" {
		t.Errorf("FailLaterAsync = %v, want the thrown error", err)
	}
	// A cancelled context reaches the caller as context.Canceled.
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Lookup(cancelled, "c"); !errors.Is(err, context.Canceled) {
		t.Errorf("Lookup on a cancelled context = %v, want context.Canceled", err)
	}
	var seq []int64
	for v, err := range Countdown(ctx, 4) {
		if err != nil {
			t.Fatal(err)
		}
		seq = append(seq, v)
		if v == 2 {
			break // stops the generator
		}
	}
	if len(seq) != 3 || seq[0] != 4 || seq[2] != 2 {
		t.Errorf("Countdown = %v", seq)
	}
	// Display in library code is written through to the writer Go sets
	// (rt.SetOutput), at once: nothing flushes buffers in library mode.
	var out strings.Builder
	rt.SetOutput(&out)
	defer rt.SetOutput(nil)
	s, done, err := Session(ctx, "ada")
	if err != nil || s != "session of ada" {
		t.Errorf("Session = %q, %v", s, err)
	}
	if out.String() != "open ada\n" {
		t.Errorf("output after setup = %q, want the setup's Display", out.String())
	}
	if err := done(); err != nil {
		t.Errorf("Session cleanup: %v", err)
	}
	if out.String() != "open ada\nclose ada\n" {
		t.Errorf("output after cleanup = %q", out.String())
	}
	values, stop := CountdownChan(ctx, 3)
	var got []int64
	for v := range values {
		got = append(got, v)
	}
	if err := stop(); err != nil || len(got) != 3 || got[0] != 3 || got[2] != 1 {
		t.Errorf("CountdownChan = %v, %v", got, err)
	}
}

// BenchmarkExportedScore measures a pure exported process called from Go:
// a plain function, inlined (DESIGN §6: at most 2 ns, no allocation).
func BenchmarkExportedScore(b *testing.B) {
	b.ReportAllocs()
	var sink int64
	// b.N, not b.Loop: b.Loop keeps calls in its body from being inlined,
	// and a Go caller's call of Score is inlined.
	for i := 0; i < b.N; i++ {
		sink += Score(int64(i), 2)
	}
	if sink == 0 {
		b.Fatal("no result")
	}
}
