package std

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/runa2go/runa2go/rt"
)

// stdin is standard input, read a line at a time by input.
var stdin struct {
	sync.Mutex
	r *bufio.Reader
}

// Input implements `input with prompt P` (level2.md §7.2): it writes P to
// standard output without a newline (after any pending Display output),
// reads one line from standard input and returns it without its line end
// ("\n" or "\r\n"). At the end of input it faults with kind "io" ("end of
// input"). While it waits, nothing else runs, as with Python's input.
func Input(prompt string) string {
	rt.Prompt(prompt)
	stdin.Lock()
	defer stdin.Unlock()
	if stdin.r == nil {
		stdin.r = bufio.NewReader(os.Stdin)
	}
	line, err := stdin.r.ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		if err == io.EOF {
			rt.FaultAt(0, rt.KindIO, "end of input")
		}
		rt.FaultAt(0, rt.KindIO, "cannot read standard input: "+err.Error())
	}
	line = strings.TrimSuffix(line, "\n")
	return strings.TrimSuffix(line, "\r")
}
