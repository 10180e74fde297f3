package lower

import "testing"

// A generator is direct unless a Yield sits inside a Try (any of its
// blocks) or a With.
func TestGeneratorDirect(t *testing.T) {
	src := `Async Generator Process called "plain" that takes n as Integer:
    Try:
        Display 10 divided by n
    Catch e:
        Display e
    Yield n

Async Generator Process called "in try" that takes n as Integer:
    Try:
        Yield n
    Catch e:
        Display e

Async Generator Process called "in finally" that takes n as Integer:
    Try:
        Display n
    Finally:
        If n is greater than 0:
            Yield n

Async Context Manager Process called "res" that takes name as String:
    Yield name

Async Generator Process called "in with" that takes n as Integer:
    With res("a") as r:
        Yield n

For each v in plain(1):
    Display v
For each v in in_try(1):
    Display v
For each v in in_finally(1):
    Display v
For each v in in_with(1):
    Display v
`
	prog, procs := lowerSrc(t, src, false)
	for name, want := range map[string]bool{"plain": true, "in_try": false, "in_finally": false, "in_with": false} {
		if procs[name] == nil {
			t.Fatalf("no process %q in %v", name, procs)
		}
		if got := prog.Sig(procs[name]).Direct; got != want {
			t.Errorf("%s: Direct = %v, want %v", name, got, want)
		}
	}
}

// A generator checks right before its Yields when each is the first
// statement of a loop body.
func TestGeneratorChecksBeforeYield(t *testing.T) {
	src := `Async Generator Process called "loop first" that takes n as Integer:
    Let i be 0
    While i is less than n:
        Yield i
        Set i to i plus 1
    For each x in list containing 1, 2:
        Yield x

Async Generator Process called "after let" that takes n as Integer:
    While n is greater than 0:
        Let m be n multiplied by 2
        Yield m
        Set n to n minus 1

Async Generator Process called "outside" that takes n as Integer:
    Yield n
    While n is greater than 0:
        Yield n
        Set n to n minus 1

For each v in loop_first(1):
    Display v
For each v in after_let(1):
    Display v
For each v in outside(1):
    Display v
`
	prog, procs := lowerSrc(t, src, false)
	for name, want := range map[string]bool{"loop_first": true, "after_let": false, "outside": false} {
		if procs[name] == nil {
			t.Fatalf("no process %q", name)
		}
		if got := prog.Sig(procs[name]).ChecksBeforeYield; got != want {
			t.Errorf("%s: ChecksBeforeYield = %v, want %v", name, got, want)
		}
	}
}
