// Package api is the small HTTP API that the example programs of
// examples/ talk to. `go run ./examples/server` serves it on the loopback
// interface; examples_test.go serves it with net/http/httptest.
//
// Routes (all GET; every response is deterministic):
//
//	/users/{id}      a user as JSON for ids 1–5 and 42; 404 "no user with id ID" otherwise
//	/files/{name}    a small text file: "Contents of NAME"
//	/docs/{n}        document n (1–4) as plain text; 404 otherwise
//	/mirrors/{name}  "served by mirror NAME"
//	/site/...        a small linked web site as JSON pages, for the crawler
//
// Any request may carry ?delay_ms=N (at most 10000): the response is sent
// after N milliseconds, or never when the client gives up first. /site
// pages have fixed delays and failures of their own, described in Site.
package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// users are the records /users/{id} serves.
var users = map[string]map[string]any{
	"1":  {"id": 1, "name": "Grace Hopper", "visits": 7},
	"2":  {"id": 2, "name": "Alan Turing", "visits": 3},
	"3":  {"id": 3, "name": "Barbara Liskov", "visits": 11},
	"4":  {"id": 4, "name": "Edsger Dijkstra", "visits": 5},
	"5":  {"id": 5, "name": "Frances Allen", "visits": 9},
	"42": {"id": 42, "name": "Ada Lovelace", "visits": 12},
}

// docs are the documents /docs/{n} serves.
var docs = map[string]string{
	"1": "Runa reads like English and compiles to Go",
	"2": "an async process returns an awaitable",
	"3": "parallel await runs every task and keeps the input order",
	"4": "generators are lazy and context managers always clean up",
}

// New returns the API's handler. Each handler has its own state (the
// failure counters of the flaky /site pages), so tests get a fresh one.
func New() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		u, ok := users[r.PathValue("id")]
		if !ok {
			notFound(w, "no user with id "+r.PathValue("id"))
			return
		}
		writeJSON(w, u)
	})
	mux.HandleFunc("GET /files/{name}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "Contents of %s", r.PathValue("name"))
	})
	mux.HandleFunc("GET /docs/{n}", func(w http.ResponseWriter, r *http.Request) {
		d, ok := docs[r.PathValue("n")]
		if !ok {
			notFound(w, "no document "+r.PathValue("n"))
			return
		}
		fmt.Fprint(w, d)
	})
	mux.HandleFunc("GET /mirrors/{name}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "served by mirror %s", r.PathValue("name"))
	})
	site := newSite()
	mux.Handle("GET /site/", site)
	return delayed(mux)
}

// delayed wraps h so that ?delay_ms=N delays the response.
func delayed(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s := r.URL.Query().Get("delay_ms"); s != "" {
			ms, err := strconv.Atoi(s)
			if err != nil || ms < 0 || ms > 10000 {
				http.Error(w, "delay_ms must be an integer from 0 to 10000", http.StatusBadRequest)
				return
			}
			if !wait(r, time.Duration(ms)*time.Millisecond) {
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}

// wait sleeps for d or until the client goes away; it reports whether
// the full delay passed.
func wait(r *http.Request, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	}
}

// notFound answers 404 with msg as a plain-text body (no trailing newline,
// unlike http.Error, so examples can display it as is).
func notFound(w http.ResponseWriter, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	fmt.Fprint(w, msg)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	b, _ := json.Marshal(v)
	w.Write(b)
}

// Page is one page of the crawler's site.
type Page struct {
	Title string   `json:"title"`
	Words int      `json:"words"`
	Links []string `json:"links"`
	// FailEvery > 1 makes the page busy: of every FailEvery requests, all
	// but the last answer 503, so a client that retries gets it on its
	// FailEvery-th try, run after run.
	FailEvery int `json:"-"`
	// Delay is how long each response takes.
	Delay time.Duration `json:"-"`
}

// Site is the crawler's site: pages under /site/ that link to each other
// (some links twice, some in cycles, one to a missing page). /site/busy
// answers 503 twice before it succeeds (every time: see FailEvery),
// /site/slow takes 3 s (the crawler gives up on it), /site/gone does not
// exist.
var Site = map[string]Page{
	"/site/":           {Title: "Home", Words: 120, Links: []string{"/site/docs", "/site/blog", "/site/about"}},
	"/site/docs":       {Title: "Docs", Words: 300, Links: []string{"/site/docs/start", "/site/docs/async", "/site/"}},
	"/site/docs/start": {Title: "Getting started", Words: 450, Links: []string{"/site/docs/async", "/site/gone"}},
	"/site/docs/async": {Title: "Async", Words: 800, Links: []string{"/site/docs/start", "/site/slow"}},
	"/site/blog":       {Title: "Blog", Words: 90, Links: []string{"/site/blog/1", "/site/blog/2", "/site/blog/3"}},
	"/site/blog/1":     {Title: "Hello Runa", Words: 610, Links: []string{"/site/blog/2"}},
	"/site/blog/2":     {Title: "Why Go", Words: 520, Links: []string{"/site/blog/3", "/site/busy"}, Delay: 30 * time.Millisecond},
	"/site/blog/3":     {Title: "Benchmarks", Words: 700, Links: []string{"/site/"}, Delay: 60 * time.Millisecond},
	"/site/about":      {Title: "About", Words: 150, Links: []string{"/site/"}},
	"/site/busy":       {Title: "Busy server", Words: 200, Links: []string{"/site/about"}, FailEvery: 3},
	"/site/slow":       {Title: "Slow page", Words: 999, Links: nil, Delay: 3 * time.Second},
}

type site struct {
	mu    sync.Mutex
	tries map[string]int
}

func newSite() *site { return &site{tries: map[string]int{}} }

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p, ok := Site[r.URL.Path]
	if !ok {
		notFound(w, "no page "+r.URL.Path)
		return
	}
	if p.Delay > 0 && !wait(r, p.Delay) {
		return
	}
	s.mu.Lock()
	s.tries[r.URL.Path]++
	n := s.tries[r.URL.Path]
	s.mu.Unlock()
	if p.FailEvery > 1 && n%p.FailEvery != 0 {
		http.Error(w, "busy, try again", http.StatusServiceUnavailable)
		return
	}
	links := p.Links
	if links == nil {
		links = []string{}
	}
	writeJSON(w, map[string]any{"title": p.Title, "words": p.Words, "links": links})
}
