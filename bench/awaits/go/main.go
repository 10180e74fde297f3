// Command awaits is the hand-written Go baseline of bench/awaits: 10M sequential calls of a
// context-taking, error-returning function (the Go shape of awaiting an async process), with a
// cancellation check on every loop iteration and at every await (the callee's entry) and Python
// modulo, as the Runa program has.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

// pymod is Python's modulo: the result has the sign of the divisor.
func pymod(a, b int64) int64 {
	m := a % b
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

// valueOf checks for cancellation on entry: every await is a cancellation
// point (spec §8.0), and awaiting a direct call runs the callee inline.
func valueOf(ctx context.Context, i int64) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	return pymod(i, 7), nil
}

func sumValues(ctx context.Context, n int64) (int64, error) {
	var total int64
	for i := int64(0); i < n; i++ {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		v, err := valueOf(ctx, i)
		if err != nil {
			return 0, err
		}
		total += v
	}
	return total, nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	total, err := sumValues(ctx, 10_000_000)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(total)
}
