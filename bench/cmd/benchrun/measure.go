package main

import (
	"bytes"
	"context"
	"os/exec"
	"slices"
	"syscall"
	"time"
)

// measure runs argv once and gives its wall time (around exec.Cmd.Run), its CPU time (user +
// system) and its peak resident set size, both from the child's rusage.
func measure(argv []string, timeout time.Duration) (sample, []byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	t0 := time.Now()
	err := cmd.Run()
	wall := time.Since(t0)
	if err != nil {
		return sample{}, append(stdout.Bytes(), stderr.Bytes()...), err
	}
	s := sample{wall: wall}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		s.rss = ru.Maxrss * 1024 // kilobytes on Linux
	} else {
		s.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	return s, stdout.Bytes(), nil
}

// median is the median of f over ss (the mean of the middle two for an even count); ss is
// not empty.
func median[T int64 | time.Duration](ss []sample, f func(sample) T) T {
	ds := make([]T, len(ss))
	for i, s := range ss {
		ds[i] = f(s)
	}
	slices.Sort(ds)
	m := len(ds) / 2
	if len(ds)%2 == 1 {
		return ds[m]
	}
	return (ds[m-1] + ds[m]) / 2
}

func wallOf(s sample) time.Duration { return s.wall }
func cpuOf(s sample) time.Duration  { return s.cpu }
func rssOf(s sample) int64          { return s.rss }
