package rt

import (
	"context"
	"testing"
)

func TestRunCleanup(t *testing.T) {
	runProg(t, func(ctx context.Context) error {
		var log []string
		manager := func(ctx context.Context) (string, Cleanup, error) {
			log = append(log, "setup")
			return "res", func(ctx context.Context) error {
				log = append(log, "cleanup")
				return NewError(KindIO, "cleanup failed")
			}, nil
		}
		err := func() (err error) {
			x, cleanup, err := manager(ctx)
			if err != nil {
				return err
			}
			defer RunCleanup(ctx, cleanup, &err)
			log = append(log, "body "+x)
			panic(&Fault{Err: &Error{Kind: KindIndex, Message: "body fault"}})
		}()
		e := AsError(err)
		if e.Message != "body fault" || ErrorMessage(e.Cleanup) != "cleanup failed" {
			t.Errorf("got %v / %v", e, e.Cleanup)
		}
		if s := fmtSlice(log); s != "[setup body res cleanup]" {
			t.Errorf("log %s", s)
		}
		return nil
	})
}

func TestOffload(t *testing.T) {
	log := &taskLog{}
	runProg(t, func(ctx context.Context) error {
		release := make(chan struct{})
		other := Go(ctx, func(ctx context.Context) (int, error) {
			log.add("other runs while offloaded")
			close(release)
			return 0, nil
		})
		v, err := Offload(ctx, func(ctx context.Context) (int, error) {
			<-release // blocks until the other task ran: the token was released
			return 9, nil
		})
		log.add("offload returned")
		if v != 9 || err != nil {
			t.Errorf("got %v %v", v, err)
		}
		_, err = Offload(ctx, func(ctx context.Context) (int, error) { panic("boom") })
		if ErrorKind(err) != KindError {
			t.Errorf("panic: %v", err)
		}
		Await(ctx, other)
		return nil
	})
	wantOrder(t, log, "other runs while offloaded / offload returned")
}
