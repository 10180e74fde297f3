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
