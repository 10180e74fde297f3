package rt

import (
	"bufio"
	"context"
	"os"
	"testing"
)

// Display output reaches a pipe while the program waits (the loop goes
// idle), not only at exit; a task that does not wait keeps it buffered
// (spec §8.0).
func TestDisplayFlushedWhenLoopIdle(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	SetOutput(w)
	defer func() {
		SetOutput(nil)
		w.Close()
	}()
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- line
	}()
	report, code := runProg(t, func(ctx context.Context) error {
		Display("first")
		display.mu.Lock()
		buffered := display.w.Buffered()
		display.mu.Unlock()
		if buffered == 0 {
			t.Error("a Display without a wait was flushed at once")
		}
		for range 300 { // up to 3 s of sleeping
			if err := Sleep(ctx, 0.01); err != nil {
				return err
			}
			select {
			case line := <-got:
				if line != "first\n" {
					t.Errorf("read %q", line)
				}
				return nil
			default:
			}
		}
		t.Error("the first line did not reach the pipe while the program slept")
		return nil
	})
	if report != "" || code != 0 {
		t.Fatalf("report %q code %d", report, code)
	}
}
