package rt

import (
	"context"
	"runtime"
	"testing"
)

// BenchmarkParallelSleep is bench/parallel_sleep inside the test binary:
// parallel_await over 100k tasks that each do `await sleep 0`.
func BenchmarkParallelSleep(b *testing.B) {
	const n = 100_000
	for b.Loop() {
		vs, err := Enter(context.Background(), func(ctx context.Context) ([]int64, error) {
			return Parallel(ctx, n, func(ctx context.Context, i int) (int64, error) {
				if err := Sleep(ctx, 0); err != nil {
					return 0, err
				}
				return ModInt(int64(i), 10), nil
			})
		})
		if err != nil || len(vs) != n {
			b.Fatal(err)
		}
	}
}

// BenchmarkPendingTask reports the memory (heap and goroutine stacks) that
// a pending task costs, measured while 100k tasks all wait (DESIGN §6:
// ≤ 3 KB each): awaiting a promise, or queued after `sleep 0` (the state
// of every task of bench/parallel_sleep before the first one resumes).
func BenchmarkPendingTask(b *testing.B) {
	b.Run("await", func(b *testing.B) {
		benchPending(b, func(ctx context.Context, p *Future[int]) (int, error) { return Await(ctx, p) })
	})
	b.Run("sleep0", func(b *testing.B) {
		benchPending(b, func(ctx context.Context, p *Future[int]) (int, error) { return 1, Sleep(ctx, 0) })
	})
}

func benchPending(b *testing.B, body func(ctx context.Context, p *Future[int]) (int, error)) {
	const n = 100_000
	var perTask float64
	for b.Loop() {
		_, err := Enter(context.Background(), func(ctx context.Context) (int, error) {
			p := NewPromise[int](ctx)
			var before runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			fs := make([]*Future[int], n)
			for i := range fs {
				fs[i] = Go(ctx, func(ctx context.Context) (int, error) { return body(ctx, p.Future()) })
			}
			if err := Sleep(ctx, 0); err != nil { // every task starts and waits
				return 0, err
			}
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			used := (after.HeapInuse + after.StackInuse) - (before.HeapInuse + before.StackInuse)
			perTask = float64(used) / n
			b.ReportMetric(float64(after.StackInuse-before.StackInuse)/n, "stack-bytes/task")
			p.Resolve(1)
			_, err := All(ctx, fs)
			return 0, err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(perTask, "bytes/task")
}
