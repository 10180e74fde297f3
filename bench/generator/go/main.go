// Command generator is the hand-written Go baseline of bench/generator: a push iterator
// (iter.Seq2 with an error) of 10M values summed by a range-over-func loop.
//
// Cancellation: the Runa program checks at the generator's loop back-edge, right before its
// Yield, and at each step of the consumer's For each (spec §8.0, §8.6). Yield is not a
// suspension point and nothing observable happens between the two, so this checks once per
// value, in the producer. The await of sum_all is adjacent to the first value's check.
package main

import (
	"context"
	"fmt"
	"iter"
	"os"
	"os/signal"
)

func numbers(ctx context.Context, n int64) iter.Seq2[int64, error] {
	return func(yield func(int64, error) bool) {
		for i := int64(0); i < n; i++ {
			if err := ctx.Err(); err != nil {
				yield(0, err)
				return
			}
			if !yield(i, nil) {
				return
			}
		}
	}
}

func sumAll(ctx context.Context, n int64) (int64, error) {
	var total int64
	for v, err := range numbers(ctx, n) {
		if err != nil {
			return 0, err
		}
		total += v
	}
	return total, nil
}

func run(ctx context.Context) error {
	total, err := sumAll(ctx, 10_000_000)
	if err != nil {
		return err
	}
	fmt.Println(total)
	return nil
}

func main() {
	// Ctrl-C cancels ctx, as rt.Main does; once it has, a second Ctrl-C exits at once. The
	// exit status is rt.Main's: 130 after Ctrl-C, 1 after an error.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	context.AfterFunc(ctx, stop)
	err := run(ctx)
	interrupted := ctx.Err() != nil
	stop()
	switch {
	case interrupted:
		os.Exit(130)
	case err != nil:
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
