package std

import (
	"bytes"
	"context"
	"io"
	"os"

	"github.com/runa2go/runa2go/rt"
)

// linesChunk is how much of the file one off-loop read takes.
const linesChunk = 64 << 10

// ReadLines implements `read_lines with path as P`: an async generator of
// the lines of a file, read lazily in chunks off the event loop, so a
// file of any size is streamed in bounded memory (plus the longest line).
// A line is given without its "\n" or "\r\n"; a last line without a
// newline is given too, and an empty file gives no line. Opening or
// reading failures are kind "io" errors (`cannot read "x.txt": no such
// file or directory`) raised at the loop over the generator; stopping the
// loop early closes the file.
func ReadLines(ctx context.Context, path string) *rt.Generator[string] {
	file, line := callerPos()
	return rt.NewGenerator(ctx, func(ctx context.Context, yield func(string) bool) error {
		fail := func(err error) error {
			return BuiltinError(ctx, rt.KindIO, "cannot read "+quote(path)+": "+ioErrText(err), file, line)
		}
		f, err := rt.Offload(ctx, func(context.Context) (*os.File, error) { return os.Open(path) })
		if err != nil {
			if rt.Check(ctx) != nil {
				return err
			}
			return fail(err)
		}
		defer f.Close()
		buf := make([]byte, linesChunk)
		var pending []byte // the start of a line whose end is not read yet
		for {
			n, err := rt.Offload(ctx, func(context.Context) (int, error) {
				n, err := io.ReadFull(f, buf)
				if err == io.ErrUnexpectedEOF {
					err = io.EOF
				}
				return n, err
			})
			data := buf[:n]
			for {
				i := bytes.IndexByte(data, '\n')
				if i < 0 {
					break
				}
				var text string
				if len(pending) > 0 {
					pending = append(pending, data[:i]...)
					text, pending = trimCR(pending), pending[:0]
				} else {
					text = trimCR(data[:i])
				}
				if !yield(text) {
					return nil
				}
				data = data[i+1:]
			}
			pending = append(pending, data...)
			if err == io.EOF {
				if len(pending) > 0 {
					yield(trimCR(pending))
				}
				return nil
			}
			if err != nil {
				if rt.Check(ctx) != nil {
					return err
				}
				return fail(err)
			}
		}
	})
}

// trimCR returns a line without a trailing "\r", as a String.
func trimCR(b []byte) string {
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return string(b)
}
