package rt

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestCancellationWrapsContextErrors: Go callers of library code test
// cancellations and deadlines with errors.Is, as for any Go API.
func TestCancellationWrapsContextErrors(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Enter(ctx, func(ctx context.Context) (int, error) {
		return 0, Sleep(ctx, 10)
	})
	if !errors.Is(err, context.Canceled) || ErrorKind(err) != KindCancelled {
		t.Errorf("cancelled caller: err = %v (kind %q), want errors.Is context.Canceled", err, ErrorKind(err))
	}

	dctx, dcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer dcancel()
	_, err = Enter(dctx, func(ctx context.Context) (int, error) {
		return 0, Sleep(ctx, 10)
	})
	if !errors.Is(err, context.DeadlineExceeded) || ErrorKind(err) != KindTimeout {
		t.Errorf("deadline: err = %v (kind %q), want errors.Is context.DeadlineExceeded and kind timeout", err, ErrorKind(err))
	}

	_, err = Enter(context.Background(), func(ctx context.Context) (int, error) {
		return WithTimeout(ctx, 0.01, func(ctx context.Context) (int, error) {
			return 0, Sleep(ctx, 10)
		})
	})
	if !errors.Is(err, context.DeadlineExceeded) || ErrorKind(err) != KindTimeout {
		t.Errorf("await_with_timeout: err = %v, want errors.Is context.DeadlineExceeded", err)
	}
	if errors.Is(NewError(KindError, "x"), context.Canceled) {
		t.Error("a plain error must not be a cancellation")
	}
}
