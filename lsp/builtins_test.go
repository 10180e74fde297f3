package lsp

import (
	"slices"
	"testing"

	"github.com/runa2go/runa2go/frontend/check"
)

// TestBuiltinParams checks that builtinParams is the checker's builtin
// table, through a program that calls the Level 1 builtins with named
// arguments: each call resolves to a table entry whose parameters the
// language server knows.
func TestBuiltinParams(t *testing.T) {
	p := checked(t, `Async Process called "job":
    Return 1

Let t be new_cancel_token()
Let now be current_datetime()
Let a be args()
Async Process called "probe":
    await sleep with seconds as 0
    Let r be await http_get with url as "http://127.0.0.1:1/"
    Let q be await http_post with url as "http://127.0.0.1:1/" and body as "x"
    Let c be await read_file with path as "x"
    await write_file with path as "x" and content as c
    Let e be file_exists with path as "x"
    log_event with message as "m"
    Let s be to_string with value as 1
    Let i be to_integer with value as "1"
    Let f be to_float with value as "1"
    Let j be json_stringify with value as 1
    Let k be json_parse with text as j
    cancel with token as t
    Let b be is_cancelled with token as t
    Let v be env with name as "HOME"
    Let all be await parallel_await with tasks as list containing job()
    Let one be await race_await with tasks as list containing job()
    Let w be await await_with_timeout with operation as job() and timeout_seconds as 1
    Let x be await await_cancellable with operation as job() and token as t
    With async_lock with name as "l":
        Display r.body followed by q.body followed by e followed by s followed by i followed by f followed by k followed by b followed by v followed by all followed by one followed by w followed by x
await probe()
Display now
Display a
`)
	seen := map[string]bool{}
	for _, c := range p.Calls {
		if c.Builtin == nil {
			continue
		}
		seen[c.Builtin.Name] = true
		want, ok := builtinParams[c.Builtin.Name]
		if !ok {
			t.Errorf("builtin %q missing from builtinParams", c.Builtin.Name)
		} else if !slices.Equal(want, c.Builtin.Params) {
			t.Errorf("builtin %q: params %q, checker has %q", c.Builtin.Name, want, c.Builtin.Params)
		}
	}
	if len(seen) < 20 {
		t.Errorf("only %d builtins resolved by the probe", len(seen))
	}
	if len(builtinParams) != len(check.Builtins()) {
		t.Errorf("builtinParams has %d entries, the table %d", len(builtinParams), len(check.Builtins()))
	}
	var _ check.Object = (*check.Builtin)(nil)
}
