package rt

import (
	"context"
	"os"
	"testing"
)

// A plain loop without a ctx stops at its next back-edge once SIGINT is
// received: the interruption unwinds through Finally blocks and cleanups,
// a Catch does not intercept it, later Polls (a loop in a Finally) do not
// raise again, and the program exits 130 with no report.
func TestPollInterruptsPlainLoop(t *testing.T) {
	sig := make(chan os.Signal, 1)
	log := &taskLog{}
	plain := func() (err error) { // a plain process: While true with a Finally
		defer func() {
			for i := 0; i < 3; i++ { // a loop in the Finally block runs to its end
				Poll()
			}
			log.add("finally")
		}()
		defer Recover(&err)
		for n := 0; ; n++ {
			Poll()
			if n == 10 {
				sig <- os.Interrupt
			}
		}
	}
	report, code := runProgram(func(ctx context.Context) error {
		err := func() (err error) { // Try: … Catch e: …
			defer Recover(&err)
			return plain()
		}()
		if err != nil && !IsInterrupt(err) {
			t.Error("a Catch intercepted the interruption")
		}
		if ErrorKind(err) != KindCancelled || !Cancelled(ctx) {
			t.Errorf("err %v, task cancelled %v", err, Cancelled(ctx))
		}
		log.add("unwound")
		return err
	}, sig, true)
	if report != "" || code != 130 {
		t.Fatalf("report %q code %d", report, code)
	}
	wantOrder(t, log, "finally / unwound")
	if interruptState.Load() != 0 {
		t.Fatal("Poll still armed after the program ended")
	}
}

// Poll does nothing without SIGINT.
func TestPollQuiet(t *testing.T) {
	for range 1000 {
		Poll()
	}
	if IsInterrupt(NewError(KindCancelled, "interrupted")) {
		t.Fatal("an ordinary cancelled error is not the interruption")
	}
}

func BenchmarkPoll(b *testing.B) {
	for range b.N {
		Poll()
	}
}
