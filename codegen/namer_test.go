package codegen

import "testing"

// A rollback gives back the names handed out since the mark, so that the
// lowering done again takes the same names (no gaps), and keeps the ones
// the caller still uses.
func TestNamerRollback(t *testing.T) {
	n := newNamer(nil)
	if got := n.name("tasks"); got != "tasks" {
		t.Fatalf("first name = %q", got)
	}
	m := n.mark()
	n.name("tasks")
	n.name("result")
	n.rollback(m, func(string) bool { return false })
	if got := n.name("tasks"); got != "tasks2" {
		t.Errorf("after rollback: %q, want tasks2 (no gap)", got)
	}
	if got := n.name("result"); got != "result" {
		t.Errorf("after rollback: %q, want result", got)
	}

	m = n.mark()
	n.name("tmp")
	kept := n.name("x")
	n.name("tmp")
	n.rollback(m, func(s string) bool { return s == kept })
	if !n.taken(kept) || !n.taken("tmp") {
		t.Errorf("a rollback past a kept name must stop there: x taken %v, tmp taken %v", n.taken(kept), n.taken("tmp"))
	}
	if got := n.name("tmp"); got != "tmp2" {
		t.Errorf("name after the kept one was not given back: got %q, want tmp2", got)
	}
}
