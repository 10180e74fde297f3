// Command fib is the hand-written Go baseline of bench/fib: fib(32) by plain recursion.
//
// fib is a plain (sync) process with no loop, so the Runa program has no cancellation point
// in it; Ctrl-C is seen when it returns, as in the generated program. The Runa program's
// recursion guard (spec §6.5) has no counterpart here: the DESIGN §6 bar is "recursion guard
// included", i.e. the guard is part of what the generated code must do within 1.25× of this.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func fib(n int64) int64 {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	// Ctrl-C cancels ctx, as rt.Main does; once it has, a second Ctrl-C exits at once. The
	// exit status is rt.Main's: 130 after Ctrl-C.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	context.AfterFunc(ctx, stop)
	fmt.Println(fib(32))
	interrupted := ctx.Err() != nil
	stop()
	if interrupted {
		os.Exit(130)
	}
}
