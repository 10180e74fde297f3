package rt

import (
	"context"
	"iter"
	"sync"
	"sync/atomic"
)

// Generator is a Runa async generator value (spec §8.6): a push iterator
// whose body runs lazily, in the consumer's task, only when the consumer
// asks for the next value; Displays of generator and consumer interleave
// in program order, and a Yield is not a suspension point.
//
// The body calls yield(v) for each `Yield v` and must return as soon as
// yield returns false: the consumer stopped early (Break, Return, an
// error, cancellation), so its Finally/With cleanups run — before the
// consumer's loop statement finishes — and the code after the Yield does
// not. A generator value can be iterated once.
//
// For generated code only.
type Generator[T any] struct {
	ctx  context.Context
	body func(ctx context.Context, yield func(T) bool) error
	used atomic.Bool
	// direct is set when the body recovers no panic around a Yield
	// (NewDirectGenerator): a panic in the consumer's loop body may then
	// unwind through the body, and no value needs a recover of its own.
	direct bool
}

// NewGenerator wraps a generator body; ctx is the context of the task
// that will consume it (the body runs under it).
//
// For generated code only.
func NewGenerator[T any](ctx context.Context, body func(ctx context.Context, yield func(T) bool) error) *Generator[T] {
	return &Generator[T]{ctx: ctx, body: body}
}

// NewDirectGenerator is NewGenerator for a body that recovers no panic
// around any of its Yields (no Try or With region contains one), with the
// same semantics at a lower cost per value: a panic in the consumer's loop
// body unwinds through the body (running only what the body defers, which
// recovers nothing) and is re-raised at the loop, instead of being caught
// by a recover around each value. A body that does recover around a
// Yield must use NewGenerator, or it would catch the consumer's panic.
//
// For generated code only.
func NewDirectGenerator[T any](ctx context.Context, body func(ctx context.Context, yield func(T) bool) error) *Generator[T] {
	return &Generator[T]{ctx: ctx, body: body, direct: true}
}

// AppendRepr displays a generator as `<generator>`.
//
// For generated code only.
func (g *Generator[T]) AppendRepr(b []byte) []byte { return append(b, "<generator>"...) }

// errConsumed is the message of a second iteration.
const errConsumed = "generator already consumed"

// All returns the generator as an iterator for `For each`:
//
//	for v, err := range g.All() { if err != nil { … }; … }
//
// The body's error (a panic in it included) arrives as the last pair
// (zero, err). A second iteration yields a single kind "type" error. If
// the consumer stopped early and the body then fails (a cleanup failed),
// the failure is raised at the loop statement as a fault, so it is not
// lost; the body's own cancellation is not raised.
//
// For generated code only.
func (g *Generator[T]) All() iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		g.iterate(g.ctx, yield)
	}
}

func (g *Generator[T]) iterate(ctx context.Context, yield func(T, error) bool) {
	var zero T
	if !g.used.CompareAndSwap(false, true) {
		yield(zero, NewErrorAt(0, KindType, errConsumed))
		return
	}
	stopped := false
	// A panic (a fault) in the consumer's loop body must not be caught by
	// the generator's Try: it is held here, the generator is stopped at
	// its Yield (its cleanups run), and then it resumes at the loop.
	var consumerPanic any
	var err error
	if g.direct {
		// inConsumer is set while the consumer's loop body runs: a panic
		// that reaches run then is the consumer's.
		inConsumer := false
		err = g.run(ctx, func(v T) bool {
			if stopped {
				return false
			}
			inConsumer = true
			more := yield(v, nil)
			inConsumer = false
			stopped = !more
			return more
		}, &inConsumer, &consumerPanic)
	} else {
		err = g.run(ctx, func(v T) bool {
			if stopped {
				return false
			}
			if !g.deliver(yield, v, &consumerPanic) {
				stopped = true
			}
			return !stopped
		}, nil, nil)
	}
	if consumerPanic != nil {
		panic(consumerPanic)
	}
	if err == nil {
		return
	}
	if !stopped {
		yield(zero, err)
		return
	}
	if !Cancelled(ctx) || ErrorKind(err) != KindCancelled {
		panic(&Fault{Err: AsError(err)})
	}
}

// deliver hands v to the consumer's loop body; a panic there is stored in
// *held and stops the generator.
func (g *Generator[T]) deliver(yield func(T, error) bool, v T, held *any) (more bool) {
	defer func() {
		if r := recover(); r != nil {
			*held = r
			more = false
		}
	}()
	return yield(v, nil)
}

// run calls the body, turning a panic in it into its error. A panic
// raised while *inConsumer is set came from the consumer's loop body
// through a direct body: it is stored in *held instead.
func (g *Generator[T]) run(ctx context.Context, yield func(T) bool, inConsumer *bool, held *any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if inConsumer != nil && *inConsumer {
				*held = r
				return
			}
			err = PanicError(r)
		}
	}()
	return g.body(ctx, yield)
}

// Chan is the channel view for Go callers (the design card's "generators
// as channels"): the generator runs in a task of its own (on a fresh loop
// if ctx carries none) and sends each value on the returned unbuffered
// channel, which is closed when the generator ends. The view may run one
// value ahead. stop cancels the generator, waits until its cleanups have
// run and returns its error (nil if it ended only because it was
// stopped); stop is idempotent and callers defer it. A second view or
// iteration of the same generator fails as in All.
func (g *Generator[T]) Chan(ctx context.Context) (values <-chan T, stop func() error) {
	ch := make(chan T)
	f := Go(ctx, func(tctx context.Context) (struct{}, error) {
		defer close(ch)
		t := taskOf(tctx)
		var err error
		g.iterate(tctx, func(v T, e error) bool {
			if e != nil {
				err = e
				return false
			}
			sent := false
			t.outside(func() {
				select {
				case ch <- v:
					sent = true
				case <-tctx.Done():
				}
			})
			return sent
		})
		return struct{}{}, err
	})
	var (
		once    sync.Once
		stopErr error
	)
	stop = func() error {
		once.Do(func() {
			f.cancelTask()
			if taskOf(ctx) != nil {
				_, stopErr = Await(context.WithoutCancel(ctx), f)
			} else {
				<-f.Done()
				_, stopErr = f.Result()
			}
			if stopErr != nil && f.cancelled() {
				stopErr = nil
			}
		})
		return stopErr
	}
	return ch, stop
}
