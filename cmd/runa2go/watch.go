package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/runa2go/runa2go/cmd/runa2go/driver"
)

// watchDebounce is how long a file must stay unchanged after an event
// before it is rebuilt (editors write a file in several steps).
const watchDebounce = 50 * time.Millisecond

// stopGrace is how long a program gets to exit after an interrupt before
// it is killed.
const stopGrace = 5 * time.Second

// snapshot returns the program file's data followed by the current
// contents of each imported file, framed: two builds of equal snapshots
// build the same program.
func snapshot(data []byte, imports []string) []byte {
	contents := make([][]byte, len(imports))
	for i, p := range imports {
		contents[i], _ = os.ReadFile(p)
	}
	return frame(data, imports, contents)
}

// frame frames the program file's data and each imported file's path and
// contents into one byte string.
func frame(data []byte, imports []string, contents [][]byte) []byte {
	out := fmt.Appendf(nil, "%d\n%s", len(data), data)
	for i, p := range imports {
		out = fmt.Appendf(out, "%s %d\n%s", p, len(contents[i]), contents[i])
	}
	return out
}

// watchOptions say what `--watch` does after each successful build.
type watchOptions struct {
	file  string
	build driver.BuildOptions
	// run starts the built program (run --watch); otherwise the binary is
	// only built (build --watch).
	run  bool
	args []string
	// verbose reports the build directory and cache use of each build.
	verbose bool
}

// watch builds the program, runs it when asked, and does it again each
// time the file changes, until Ctrl-C (the context ends). Diagnostics and
// build failures are printed and the watch goes on. A running program is
// interrupted (SIGINT, then killed after stopGrace) before a restart and
// at the end.
func watch(e *env, o watchOptions) error {
	if err := driver.CheckSourceName(o.file); err != nil {
		return &usageError{err.Error()}
	}
	if !o.run && o.build.Output == "" {
		o.build.Output = "." // as build: the default name, here
	}
	// Most of a rebuild is the link; without the symbol table and DWARF
	// it takes about a third less (a debugger needs them: --debug).
	o.build.NoDebugInfo = !o.build.Debug
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watching %s: %w", o.file, err)
	}
	defer w.Close()
	abs, err := filepath.Abs(o.file)
	if err != nil {
		return err
	}
	// Watch the directory: editors often save by renaming a new file over
	// the old one, which ends a watch on the file itself.
	if err := w.Add(filepath.Dir(abs)); err != nil {
		return fmt.Errorf("watching %s: %w", o.file, err)
	}
	fmt.Fprintf(e.stderr, "runa2go: watching %s (Ctrl-C to stop)\n", o.file)

	// watched are the files whose changes rebuild: the program file and,
	// after each build, the files it imports (level2.md §11.4).
	watched := map[string]bool{abs: true}
	dirs := map[string]bool{filepath.Dir(abs): true}
	var imports []string // the imported files of the last build
	var (
		child    *watchedChild
		last     []byte // the sources of the last build (snapshot)
		built    = false
		debounce = time.NewTimer(0) // the first build starts at once
		changed  = time.Now()
	)
	defer func() {
		if child != nil {
			child.stop()
		}
	}()
	var exited <-chan error
	for {
		select {
		case <-e.ctx.Done():
			if child != nil {
				child.stop()
				child = nil
			}
			fmt.Fprintln(e.stderr, "runa2go: stopped watching")
			return exitStatus(exitInt)
		case err, ok := <-w.Errors:
			if ok {
				fmt.Fprintf(e.stderr, "runa2go: watching %s: %v\n", o.file, err)
			}
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if !watched[filepath.Clean(ev.Name)] || ev.Op&(fsnotify.Write|fsnotify.Create|fsnotify.Rename) == 0 {
				continue
			}
			changed = time.Now()
			debounce.Reset(watchDebounce)
		case err := <-exited:
			exited = nil
			child = nil
			fmt.Fprintf(e.stderr, "runa2go: %s %s; waiting for %s to change\n", o.file, exitText(err), o.file)
		case <-debounce.C:
			data, err := os.ReadFile(o.file)
			if err != nil {
				if errors.Is(err, os.ErrNotExist) {
					continue // removed, or being replaced: wait for it
				}
				fmt.Fprintf(e.stderr, "runa2go: %v\n", err)
				continue
			}
			snap := snapshot(data, imports)
			if built && bytes.Equal(snap, last) {
				continue // touched, not changed
			}
			if built {
				fmt.Fprintf(e.stderr, "runa2go: %s changed: rebuilding\n", o.file)
			}
			built = true
			src := &driver.Source{Name: driver.SourceName(o.file), Data: data}
			buildStart := time.Now()
			res, err := driver.Build(e.ctx, src, o.build)
			imports = imports[:0]
			var read [][]byte // what the build read of each imported file
			for _, f := range src.Files()[1:] {
				p, perr := filepath.Abs(filepath.FromSlash(f.Name))
				if perr != nil {
					continue
				}
				imports, read = append(imports, p), append(read, f.Data)
				watched[p] = true
				if d := filepath.Dir(p); !dirs[d] && w.Add(d) == nil {
					dirs[d] = true
				}
			}
			last = frame(data, imports, read)
			buildTook := time.Since(buildStart).Round(time.Millisecond)
			if e.ctx.Err() != nil {
				continue // interrupted: the next iteration stops
			}
			if err != nil {
				printError(e.stderr, err)
				fmt.Fprintf(e.stderr, "runa2go: waiting for %s to change\n", o.file)
				continue
			}
			e.stderr.Write(res.Warnings)
			if o.verbose {
				verbose(e.stderr, res)
			}
			if !o.run {
				fmt.Fprintf(e.stderr, "runa2go: built %s in %v\n", o.file, buildTook)
				continue
			}
			if child != nil {
				child.stop()
				<-exited
				child = nil
				fmt.Fprintf(e.stderr, "runa2go: restarting %s (built in %v, %v after the change)\n", o.file, buildTook, time.Since(changed).Round(time.Millisecond))
			}
			child, err = startChild(e, res.Binary, driver.DefaultOutput(o.file, ""), o.args)
			if err != nil {
				fmt.Fprintf(e.stderr, "runa2go: %v\n", err)
				continue
			}
			exited = child.done
		}
	}
}

// watchedChild is a program started by watch.
type watchedChild struct {
	cmd  *exec.Cmd
	done chan error // receives Wait's result, once
	err  error
	over bool
}

// startChild starts binary with args, passing the env's streams through.
func startChild(e *env, binary, name string, args []string) (*watchedChild, error) {
	cmd := exec.Command(binary, args...)
	cmd.Args[0] = name
	cmd.Stdin, cmd.Stdout, cmd.Stderr = e.stdin, e.stdout, e.stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("running %s: %w", binary, err)
	}
	c := &watchedChild{cmd: cmd, done: make(chan error, 1)}
	go func() { c.done <- cmd.Wait() }()
	return c, nil
}

// stop interrupts the program and waits for it to exit, killing it when it
// takes longer than stopGrace. Its exit is then received again from done.
func (c *watchedChild) stop() {
	if c.over {
		return
	}
	c.over = true
	if err := c.cmd.Process.Signal(os.Interrupt); err != nil {
		c.cmd.Process.Kill()
	}
	ctx, cancel := context.WithTimeout(context.Background(), stopGrace)
	defer cancel()
	select {
	case c.err = <-c.done:
	case <-ctx.Done():
		c.cmd.Process.Kill()
		c.err = <-c.done
	}
	c.done <- c.err
}

// exitText describes how a program ended.
func exitText(err error) string {
	if err == nil {
		return "exited"
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return "was stopped by " + ws.Signal().String()
		}
		return fmt.Sprintf("exited with status %d", ee.ExitCode())
	}
	return err.Error()
}
