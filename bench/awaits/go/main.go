// Command awaits is the hand-written Go baseline of bench/awaits: 10M sequential calls of a
// context-taking, error-returning function (the Go shape of awaiting an async process) with
// Python modulo, as the Runa program has.
//
// Cancellation: the Runa program checks at the loop back-edge and at the await of value_of
// (spec §8.0), two adjacent points with nothing observable between them, so this checks once
// per iteration. The await of sum_values is adjacent to the first iteration's check.
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

// valueOf is the Runa process value_of. Its cancellation check (every await is one) is the
// caller's, merged with the loop's.
func valueOf(_ context.Context, i int64) (int64, error) {
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

func run(ctx context.Context) error {
	total, err := sumValues(ctx, 10_000_000)
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
