package rt

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"testing/synctest"
)

// countdown yields n..1 with a Finally-like cleanup logged.
func countdown(ctx context.Context, log *taskLog, name string, n int) *Generator[int] {
	return NewGenerator(ctx, func(ctx context.Context, yield func(int) bool) error {
		defer log.add(name + " cleanup")
		for i := n; i > 0; i-- {
			log.add(name + " yields " + strconv.Itoa(i))
			if !yield(i) {
				return nil
			}
		}
		log.add(name + " after last")
		return nil
	})
}

func TestGeneratorEarlyExit(t *testing.T) {
	runProg(t, func(ctx context.Context) error {
		for _, stopAt := range []int{0, 1, 2} {
			log := &taskLog{}
			g := countdown(ctx, log, "g", 2)
			if stopAt == 0 {
				// Break before the first value: nothing ran but setup.
				for range g.All() {
					break
				}
				wantOrder(t, log, "g yields 2 / g cleanup")
				continue
			}
			n := 0
			for v, err := range g.All() {
				if err != nil {
					t.Fatal(err)
				}
				log.add("got " + strconv.Itoa(v))
				n++
				if n == stopAt && stopAt == 1 {
					break
				}
			}
			log.add("loop done")
			if stopAt == 1 {
				wantOrder(t, log, "g yields 2 / got 2 / g cleanup / loop done")
			} else {
				wantOrder(t, log, "g yields 2 / got 2 / g yields 1 / got 1 / g after last / g cleanup / loop done")
			}
		}
		return nil
	})
}

func TestGeneratorNestedStopCascades(t *testing.T) {
	runProg(t, func(ctx context.Context) error {
		log := &taskLog{}
		outer := NewGenerator(ctx, func(ctx context.Context, yield func(string) bool) error {
			defer log.add("outer cleanup")
			for v, err := range countdown(ctx, log, "inner", 3).All() {
				if err != nil {
					return err
				}
				if !yield("v" + strconv.Itoa(v)) {
					return nil
				}
			}
			return nil
		})
		for v := range outer.All() {
			log.add("got " + v)
			break
		}
		log.add("done")
		wantOrder(t, log, "inner yields 3 / got v3 / inner cleanup / outer cleanup / done")
		return nil
	})
}

func TestGeneratorErrorsAndSingleUse(t *testing.T) {
	runProg(t, func(ctx context.Context) error {
		g := NewGenerator(ctx, func(ctx context.Context, yield func(int) bool) error {
			yield(1)
			return NewError(KindError, "gen failed")
		})
		var got []string
		for v, err := range g.All() {
			if err != nil {
				got = append(got, "err "+ErrorMessage(err))
				continue
			}
			got = append(got, strconv.Itoa(v))
		}
		for _, err := range g.All() {
			if ErrorKind(err) != KindType || ErrorMessage(err) != "generator already consumed" {
				t.Errorf("second use: %v", err)
			}
		}
		p := NewGenerator(ctx, func(ctx context.Context, yield func(int) bool) error {
			panic(&Fault{Err: &Error{Kind: KindIndex, Message: "bad index"}})
		})
		for _, err := range p.All() {
			got = append(got, "err "+ErrorKind(err))
		}
		if s := fmtSlice(got); s != "[1 err gen failed err index]" {
			t.Errorf("got %s", s)
		}
		return nil
	})
}

// A cleanup failing after the consumer stopped is raised at the loop.
func TestGeneratorCleanupFailureAfterBreak(t *testing.T) {
	g := NewGenerator(context.Background(), func(ctx context.Context, yield func(int) bool) error {
		yield(1)
		return NewError(KindIO, "close failed")
	})
	var err error
	func() {
		defer Recover(&err)
		for range g.All() {
			break
		}
	}()
	if ErrorMessage(err) != "close failed" {
		t.Errorf("got %v", err)
	}
}

func TestGeneratorChan(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		log := &taskLog{}
		g := NewGenerator(context.Background(), func(ctx context.Context, yield func(int) bool) error {
			defer func() {
				cctx, cancel := CleanupContext(ctx)
				defer cancel()
				Sleep(cctx, 1) // cleanup may await
				log.add("cleanup")
			}()
			for i := 1; ; i++ {
				if err := Sleep(ctx, 0.5); err != nil {
					return err
				}
				if !yield(i) {
					return nil
				}
			}
		})
		values, stop := g.Chan(context.Background())
		if v := <-values; v != 1 {
			t.Errorf("got %d", v)
		}
		if v := <-values; v != 2 {
			t.Errorf("got %d", v)
		}
		if err := stop(); err != nil {
			t.Errorf("stop: %v", err)
		}
		if err := stop(); err != nil {
			t.Errorf("second stop: %v", err)
		}
		wantOrder(t, log, "cleanup")
		if _, ok := <-values; ok {
			t.Error("channel not closed")
		}

		failing := NewGenerator(context.Background(), func(ctx context.Context, yield func(int) bool) error {
			yield(7)
			return NewError(KindError, "gen failed")
		})
		values, stop = failing.Chan(context.Background())
		var got []int
		for v := range values {
			got = append(got, v)
		}
		if err := stop(); len(got) != 1 || ErrorMessage(err) != "gen failed" {
			t.Errorf("got %v %v", got, err)
		}
	})
}

// TestGeneratorConsumerFault: a fault in the consumer's loop body is not
// seen by the generator (whose own recover would otherwise catch it): the
// generator stops at its Yield, its cleanup runs, and the fault reaches
// the loop statement.
func TestGeneratorConsumerFault(t *testing.T) {
	var log []string
	g := NewGenerator(context.Background(), func(ctx context.Context, yield func(int) bool) (err error) {
		defer func() { log = append(log, "cleanup") }()
		defer Recover(&err) // the generator's own Try
		for i := 0; ; i++ {
			if !yield(i) {
				log = append(log, "stopped")
				return nil
			}
		}
	})
	got := func() (r any) {
		defer func() { r = recover() }()
		for v, err := range g.All() {
			if err != nil {
				t.Fatalf("unexpected error %v", err)
			}
			if v == 1 {
				Faultf(KindIndex, "consumer fault")
			}
		}
		return nil
	}()
	f, ok := got.(*Fault)
	if !ok || f.Err.Message != "consumer fault" {
		t.Fatalf("loop statement got %v, want the consumer's fault", got)
	}
	if strings.Join(log, ",") != "stopped,cleanup" {
		t.Errorf("generator log %v, want stopped then cleanup", log)
	}
}

// TestDirectGenerator: a direct generator (no recover around a Yield)
// behaves as NewGenerator does: values in order, the body's error and its
// fault arrive as the last pair, a fault in the consumer's loop body
// unwinds through the body (its deferred cleanup runs) and reaches the
// loop statement, an early stop ends the body at its Yield.
func TestDirectGenerator(t *testing.T) {
	counter := func(log *[]string, n int, fail error) *Generator[int] {
		return NewDirectGenerator(context.Background(), func(ctx context.Context, yield func(int) bool) error {
			defer func() { *log = append(*log, "cleanup") }()
			for i := 0; i < n; i++ {
				if !yield(i) {
					return nil
				}
			}
			if fail != nil {
				return fail
			}
			var xs []int
			_ = xs[n] // a fault in the body
			return nil
		})
	}
	var log []string
	var got []string
	for v, err := range counter(&log, 2, NewError(KindError, "gen failed")).All() {
		if err != nil {
			got = append(got, "err "+ErrorMessage(err))
			continue
		}
		got = append(got, strconv.Itoa(v))
	}
	for _, err := range counter(&log, 0, nil).All() {
		got = append(got, "err "+ErrorKind(err))
	}
	if s := fmtSlice(got); s != "[0 1 err gen failed err error]" {
		t.Errorf("got %s", s)
	}

	log = nil
	for v := range counter(&log, 5, nil).All() {
		log = append(log, "got "+strconv.Itoa(v))
		if v == 1 {
			break
		}
	}
	if s := strings.Join(log, ","); s != "got 0,got 1,cleanup" {
		t.Errorf("early stop: %s", s)
	}

	log = nil
	fault := func() (r any) {
		defer func() { r = recover() }()
		for v, err := range counter(&log, 5, nil).All() {
			if err != nil {
				t.Fatalf("unexpected error %v", err)
			}
			if v == 1 {
				Faultf(KindIndex, "consumer fault")
			}
		}
		return nil
	}()
	if f, ok := fault.(*Fault); !ok || f.Err.Message != "consumer fault" {
		t.Fatalf("loop statement got %v, want the consumer's fault", fault)
	}
	if s := strings.Join(log, ","); s != "cleanup" {
		t.Errorf("consumer fault: generator log %s, want its cleanup", s)
	}
}

// BenchmarkGeneratorValue is the cost of one value of a generator summed
// by For each, with a recover per value (guarded) and without (direct).
func BenchmarkGeneratorValue(b *testing.B) {
	for _, c := range []struct {
		name string
		make func(context.Context, func(context.Context, func(int) bool) error) *Generator[int]
	}{{"guarded", NewGenerator[int]}, {"direct", NewDirectGenerator[int]}} {
		b.Run(c.name, func(b *testing.B) {
			body := func(ctx context.Context, yield func(int) bool) error {
				for i := 0; i < b.N; i++ {
					if !yield(i) {
						return nil
					}
				}
				return nil
			}
			sum := 0
			for v, err := range c.make(context.Background(), body).All() {
				if err != nil {
					b.Fatal(err)
				}
				sum += v
			}
			_ = sum
		})
	}
}
