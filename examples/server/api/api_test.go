package api

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

func get(t *testing.T, srv *httptest.Server, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func TestRoutes(t *testing.T) {
	srv := httptest.NewServer(New())
	defer srv.Close()
	for _, tc := range []struct {
		path, body string
		code       int
	}{
		{"/users/42", `{"id":42,"name":"Ada Lovelace","visits":12}`, 200},
		{"/users/7", "no user with id 7", 404},
		{"/files/a.txt?delay_ms=5", "Contents of a.txt", 200},
		{"/docs/9", "no document 9", 404},
		{"/mirrors/us", "served by mirror us", 200},
		{"/site/gone", "no page /site/gone", 404},
		{"/site/about", `{"links":["/site/"],"title":"About","words":150}`, 200},
		{"/files/x?delay_ms=-1", "delay_ms must be an integer from 0 to 10000\n", 400},
	} {
		code, body := get(t, srv, tc.path)
		if code != tc.code || body != tc.body {
			t.Errorf("GET %s = %d %q, want %d %q", tc.path, code, body, tc.code, tc.body)
		}
	}
}

// TestBusyPage checks that /site/busy answers 503 twice in every three
// requests, so a crawler that retries three times sees the same thing on
// every run against one server.
func TestBusyPage(t *testing.T) {
	srv := httptest.NewServer(New())
	defer srv.Close()
	var codes []int
	for range 6 {
		code, _ := get(t, srv, "/site/busy")
		codes = append(codes, code)
	}
	want := []int{503, 503, 200, 503, 503, 200}
	for i := range want {
		if codes[i] != want[i] {
			t.Fatalf("codes %v, want %v", codes, want)
		}
	}
}
