package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/runa2go/runa2go/rt"
)

// echoServer answers with the request's method, headers of interest and
// body; /slow answers after a second.
func echoServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			select {
			case <-time.After(time.Second):
			case <-r.Context().Done():
			}
		}
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("X-Auth-Seen", r.Header.Get("Authorization"))
		w.Header().Set("X-Content-Type-Seen", r.Header.Get("Content-Type"))
		io.WriteString(w, r.Method+":"+string(body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestHttpRequest(t *testing.T) {
	srv := echoServer(t)
	h := rt.NewDict[string, string]()
	h.Set("Authorization", "Bearer k")
	for _, c := range []struct {
		method, body, want, ctype string
		headers                   *rt.Dict[string, string]
	}{
		{"GET", "", "GET:", "", h},
		{"delete", "", "DELETE:", "", nil},
		{"PUT", `{"a": 1}`, `PUT:{"a": 1}`, "application/json", h},
		{"PATCH", "x", "PATCH:x", "text/plain; charset=utf-8", nil},
	} {
		resp, err := HttpRequest(context.Background(), c.method, srv.URL, c.headers, c.body, 5)
		if err != nil {
			t.Fatalf("%s: %v", c.method, err)
		}
		if resp.Body != c.want || resp.Headers.Get("x-content-type-seen") != c.ctype {
			t.Errorf("%s: body %q content type %q", c.method, resp.Body, resp.Headers.Get("x-content-type-seen"))
		}
		if auth := resp.Headers.Get("x-auth-seen"); (c.headers != nil) != (auth == "Bearer k") {
			t.Errorf("%s: Authorization seen %q", c.method, auth)
		}
	}
	own := rt.NewDict[string, string]()
	own.Set("Content-Type", "application/x-custom")
	resp, err := HttpRequest(context.Background(), "POST", srv.URL, own, "{}", 0)
	if err != nil || resp.Headers.Get("x-content-type-seen") != "application/x-custom" {
		t.Fatalf("a Content-Type header replaces the default: %v %v", err, resp)
	}
}

func TestHttpRequestTimeout(t *testing.T) {
	srv := echoServer(t)
	start := time.Now()
	line := thisLine() + 1
	_, err := HttpRequest(context.Background(), "GET", srv.URL+"/slow", nil, "", 0.05)
	e := rt.AsError(err)
	if err == nil || e.Kind != rt.KindHTTP || !strings.HasSuffix(e.Message, ": timed out after 0.05 seconds") {
		t.Fatalf("timeout error %v (kind %s)", err, rt.ErrorKind(err))
	}
	if e.Line != line {
		t.Errorf("error at line %d; want %d", e.Line, line)
	}
	if d := time.Since(start); d > 900*time.Millisecond {
		t.Errorf("the timeout took %v", d)
	}
	if _, err := HttpRequest(context.Background(), "GET", srv.URL, nil, "", -1); rt.ErrorKind(err) != rt.KindType {
		t.Errorf("negative timeout: %v", err)
	}
	// A cancelled task gets its cancellation, not an http error.
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	if _, err := HttpRequest(ctx, "GET", srv.URL+"/slow", nil, "", 5); rt.ErrorKind(err) != rt.KindCancelled {
		t.Errorf("cancelled request: %v (kind %s)", err, rt.ErrorKind(err))
	}
}

func TestHttpRequestBadMethod(t *testing.T) {
	if _, err := HttpRequest(context.Background(), "NOT A METHOD", "http://127.0.0.1:1/", nil, "", 0); rt.ErrorKind(err) != rt.KindHTTP {
		t.Errorf("bad method: %v", err)
	}
}
