package web

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"

	"github.com/runa2go/runa2go/rt"
)

func thisLine() int {
	_, _, line, _ := runtime.Caller(1)
	return line
}

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("X-Method", r.Method)
		w.Header().Add("X-Multi", "a")
		w.Header().Add("X-Multi", "b")
		w.Header().Set("X-Content-Type-Seen", r.Header.Get("Content-Type"))
		switch r.URL.Path {
		case "/missing":
			w.WriteHeader(http.StatusNotFound)
			io.WriteString(w, "nope")
		default:
			io.WriteString(w, "got:"+string(body))
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestHttpGet(t *testing.T) {
	srv := newServer(t)
	resp, err := HttpGet(context.Background(), srv.URL+"/hello")
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || resp.Body != "got:" {
		t.Fatalf("response %d %q", resp.StatusCode, resp.Body)
	}
	if resp.Headers.Get("x-method") != "GET" || resp.Headers.Get("x-multi") != "a, b" {
		t.Fatalf("headers %s", rt.Text(resp.Headers))
	}
	keys := resp.Headers.Keys()
	for i := 1; i < len(keys); i++ {
		if keys[i-1] > keys[i] {
			t.Fatalf("header names not sorted: %v", keys)
		}
	}
	if v, _ := resp.FieldAny("status_code"); v != any(int64(200)) {
		t.Error("FieldAny status_code")
	}
	if rt.AnyField(resp, "body") != "got:" || rt.TypeName(resp) != "HttpResponse" {
		t.Error("Any access to HttpResponse")
	}

	missing, err := HttpGet(context.Background(), srv.URL+"/missing")
	if err != nil {
		t.Fatalf("a 404 is not an error: %v", err)
	}
	if missing.StatusCode != 404 || missing.Body != "nope" {
		t.Fatalf("404 response %d %q", missing.StatusCode, missing.Body)
	}
}

func TestHttpPost(t *testing.T) {
	srv := newServer(t)
	resp, err := HttpPost(context.Background(), srv.URL, `{"a": 1}`)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Body != `got:{"a": 1}` || resp.Headers.Get("x-method") != "POST" || resp.Headers.Get("x-content-type-seen") != "application/json" {
		t.Fatalf("POST response %q %s", resp.Body, rt.Text(resp.Headers))
	}
	resp, err = HttpPost(context.Background(), srv.URL, "plain {")
	if err != nil {
		t.Fatal(err)
	}
	if resp.Headers.Get("x-content-type-seen") != "text/plain; charset=utf-8" {
		t.Fatalf("content type %q", resp.Headers.Get("x-content-type-seen"))
	}
}

func TestHttpTransportFailure(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL
	srv.Close() // nothing listens there any more
	line := thisLine() + 1
	_, err := HttpGet(context.Background(), u)
	var e *rt.Error
	if !errors.As(err, &e) || e.Kind != rt.KindHTTP {
		t.Fatalf("error %v; want kind http", err)
	}
	if !strings.HasPrefix(e.Message, "GET "+u+": ") {
		t.Errorf("message %q", e.Message)
	}
	if e.Line != line {
		t.Errorf("error at line %d; want %d (the caller's)", e.Line, line)
	}
	_, err = HttpPost(context.Background(), "::not a url", "x")
	if rt.ErrorKind(err) != rt.KindHTTP {
		t.Errorf("bad URL: %v", err)
	}
}

func TestHttpCancelled(t *testing.T) {
	srv := newServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := HttpGet(ctx, srv.URL)
	if rt.ErrorKind(err) != rt.KindCancelled {
		t.Fatalf("cancelled request: %v (kind %s)", err, rt.ErrorKind(err))
	}
}

func TestHttpInsideTask(t *testing.T) {
	srv := newServer(t)
	body, err := rt.Enter(context.Background(), func(ctx context.Context) (string, error) {
		resp, err := HttpGet(ctx, srv.URL)
		if err != nil {
			return "", err
		}
		return resp.Body, nil
	})
	if err != nil || body != "got:" {
		t.Fatalf("body %q err %v", body, err)
	}
}

func TestHttpResponseValue(t *testing.T) {
	h := rt.NewDict[string, string]()
	h.Set("a", "b")
	r := &HttpResponse{StatusCode: 201, Body: "x", Headers: h}
	if got := rt.Text(r); got != `{"status_code": 201, "body": "x", "headers": {"a": "b"}}` {
		t.Errorf("Text = %s", got)
	}
	if got := rt.JSONStringify(r); got != `{"status_code": 201, "body": "x", "headers": {"a": "b"}}` {
		t.Errorf("JSON = %s", got)
	}
	same := &HttpResponse{StatusCode: 201, Body: "x", Headers: rt.NewDict[string, string]()}
	same.Headers.Set("a", "b")
	if !rt.Equal(r, same) || rt.Equal(r, &HttpResponse{StatusCode: 200, Body: "x", Headers: h}) {
		t.Error("EqualValue")
	}
	if !r.SetFieldAny("status_code", int64(500)) || r.StatusCode != 500 || r.SetFieldAny("body", int64(1)) || r.SetFieldAny("nope", "x") {
		t.Error("SetFieldAny")
	}
	var nilResp *HttpResponse
	if rt.Text(nilResp) != "None" {
		t.Error("nil HttpResponse displays as None")
	}
}
