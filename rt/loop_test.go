package rt

import (
	"context"
	"strings"
	"sync"
	"testing"
	"testing/synctest"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// taskLog collects lines written by tasks (they hold the token, but the
// test reads the log from outside the loop).
type taskLog struct {
	mu    sync.Mutex
	lines []string
}

func (l *taskLog) add(s ...string) {
	l.mu.Lock()
	l.lines = append(l.lines, strings.Join(s, " "))
	l.mu.Unlock()
}

func (l *taskLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines, " / ")
}

// run runs body as the main task of a program and returns Main's report
// and exit status.
func runProg(t *testing.T, body func(ctx context.Context) error) (string, int) {
	t.Helper()
	return runProgram(body, nil, true)
}

func wantOrder(t *testing.T, log *taskLog, want string) {
	t.Helper()
	if got := log.String(); got != want {
		t.Errorf("order:\n got %s\nwant %s", got, want)
	}
}

// TestTaskOrder is conformance test 28 written against the API.
func TestTaskOrder(t *testing.T) {
	log := &taskLog{}
	child := func(label string) func(ctx context.Context) (string, error) {
		return func(ctx context.Context) (string, error) {
			log.add(label, "starts")
			if err := Sleep(ctx, 0); err != nil {
				return "", err
			}
			log.add(label, "resumes")
			return label, nil
		}
	}
	report, code := runProg(t, func(ctx context.Context) error {
		a := Go(ctx, child("a"))
		b := Go(ctx, child("b"))
		log.add("main continues")
		v, err := Await(ctx, a)
		if err != nil {
			return err
		}
		log.add(v)
		v, err = Await(ctx, b)
		if err != nil {
			return err
		}
		log.add(v)
		return nil
	})
	if report != "" || code != 0 {
		t.Fatalf("report %q code %d", report, code)
	}
	wantOrder(t, log, "main continues / a starts / b starts / a resumes / b resumes / a / b")
}

// TestSleepOrder: timers wake tasks in deadline order, in fake time.
func TestSleepOrder(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		sleeper := func(label string, secs float64) func(ctx context.Context) (struct{}, error) {
			return func(ctx context.Context) (struct{}, error) {
				err := Sleep(ctx, secs)
				log.add(label)
				return struct{}{}, err
			}
		}
		_, code := runProg(t, func(ctx context.Context) error {
			Go(ctx, sleeper("slow", 3))
			Go(ctx, sleeper("fast", 1))
			Go(ctx, sleeper("mid", 2))
			log.add("main")
			return nil
		})
		if code != 0 {
			t.Fatal(code)
		}
		wantOrder(t, log, "main / fast / mid / slow")
	})
}
