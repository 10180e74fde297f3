package std

import (
	"io"
	"os"
	"sync"

	"github.com/runa2go/runa2go/rt"
)

// Field is one extra named argument of log_event: `with user as 5` is
// Field{Name: "user", Value: int64(5)}.
type Field struct {
	Name  string
	Value any
}

var (
	logMu  sync.Mutex
	logOut io.Writer = os.Stderr
)

// LogEvent implements `log_event with message as M {with NAME as V}`: it
// writes one JSON line to standard error, `{"time": "…", "message": M,
// NAME: V, …}`, time first (RFC 3339 UTC with milliseconds), then the
// message, then the fields in the order given (a field named time or
// message replaces that entry in place). Values are encoded as
// rt.JSONStringify does; a value JSON cannot hold (an awaitable, a
// process) is written as its display text. Safe for concurrent callers;
// each line is one write.
func LogEvent(message string, fields ...Field) {
	d := rt.NewDictCap[string, any](2 + len(fields))
	d.Set("time", rt.Now())
	d.Set("message", message)
	for _, f := range fields {
		if !jsonable(f.Value) {
			d.Set(f.Name, rt.Text(f.Value))
			continue
		}
		d.Set(f.Name, f.Value)
	}
	line := rt.JSONStringify(d) + "\n"
	logMu.Lock()
	io.WriteString(logOut, line)
	logMu.Unlock()
}

// jsonable reports whether rt.JSONStringify accepts v.
func jsonable(v any) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	rt.JSONStringify(v)
	return true
}
