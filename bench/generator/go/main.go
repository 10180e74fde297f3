// Command generator is the hand-written Go baseline of bench/generator: a push iterator
// (iter.Seq2 with an error) of 10M values summed by a range-over-func loop; the producer and
// the consumer each check for cancellation on every step, as the Runa program does.
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
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		total += v
	}
	return total, nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	total, err := sumAll(ctx, 10_000_000)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(total)
}
