package web

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/runa2go/runa2go/rt"
	"github.com/runa2go/runa2go/rt/std"
)

// HttpResponse is the record that http_get and http_post give (spec §9):
// Runa fields status_code (Integer), body (String) and headers
// (Dictionary[String, String]). It implements rt.Record.
type HttpResponse struct {
	StatusCode int64                    `json:"status_code"`
	Body       string                   `json:"body"`
	Headers    *rt.Dict[string, string] `json:"headers"`
}

var httpResponseFields = []string{"status_code", "body", "headers"}

// RunaType returns "HttpResponse".
func (*HttpResponse) RunaType() string { return "HttpResponse" }

// FieldNames returns the Runa field names in order.
func (*HttpResponse) FieldNames() []string { return httpResponseFields }

// FieldAny returns a field by its Runa name.
func (r *HttpResponse) FieldAny(name string) (any, bool) {
	switch name {
	case "status_code":
		return r.StatusCode, true
	case "body":
		return r.Body, true
	case "headers":
		return rt.BoxPtr(r.Headers), true
	}
	return nil, false
}

// SetFieldAny stores v into a field by its Runa name; false when there is
// no such field or v does not fit its type.
func (r *HttpResponse) SetFieldAny(name string, v any) bool {
	switch name {
	case "status_code":
		x, ok := rt.TryAs[int64](v)
		if ok {
			r.StatusCode = x
		}
		return ok
	case "body":
		x, ok := rt.TryAs[string](v)
		if ok {
			r.Body = x
		}
		return ok
	case "headers":
		x, ok := rt.TryAs[*rt.Dict[string, string]](v)
		if ok {
			r.Headers = x
		}
		return ok
	}
	return false
}

// AppendRepr appends `{"status_code": 200, "body": "…", "headers": {…}}`.
func (r *HttpResponse) AppendRepr(b []byte) []byte {
	if r == nil {
		return append(b, "None"...)
	}
	return rt.AppendRecord(b, httpResponseFields, r.StatusCode, r.Body, rt.BoxPtr(r.Headers))
}

// EqualValue reports field-wise equality with another HttpResponse.
func (r *HttpResponse) EqualValue(other any) bool {
	o, ok := other.(*HttpResponse)
	if !ok || o == nil || r == nil {
		return ok && o == r
	}
	return o == r || r.StatusCode == o.StatusCode && r.Body == o.Body && rt.Equal(rt.BoxPtr(r.Headers), rt.BoxPtr(o.Headers))
}

var _ rt.Record = (*HttpResponse)(nil)

// httpClient is used for every request: default transport (proxy from the
// environment, keep-alive), redirects followed, no overall timeout (the
// task's context bounds each request).
var httpClient = &http.Client{}

// HttpGet implements `http_get with url as U`: a GET request. A transport
// failure (bad URL, refused connection, broken body) is a kind "http"
// error; any status code, 2xx or not, is a normal response.
func HttpGet(ctx context.Context, url string) (*HttpResponse, error) {
	file, line := callerPos()
	return rt.Offload(ctx, func(ctx context.Context) (*HttpResponse, error) {
		return doHTTP(ctx, request{method: http.MethodGet, url: url}, file, line)
	})
}

// HttpPost implements `http_post with url as U and body as B`: a POST of
// body with Content-Type application/json when body is a JSON object or
// array, text/plain; charset=utf-8 otherwise. Errors as HttpGet.
func HttpPost(ctx context.Context, url, body string) (*HttpResponse, error) {
	file, line := callerPos()
	return rt.Offload(ctx, func(ctx context.Context) (*HttpResponse, error) {
		return doHTTP(ctx, request{method: http.MethodPost, url: url, body: body, hasBody: true}, file, line)
	})
}

// request is one HTTP request of a builtin.
type request struct {
	method, url string
	headers     *rt.Dict[string, string] // nil: none
	body        string
	hasBody     bool
	timeout     time.Duration // 0: bounded only by the task
}

// doHTTP sends r and reads the whole response. The request headers go out
// as given; a body gets the Content-Type of contentType unless the headers
// name one. A timeout bounds the whole exchange (body included) and its
// expiry is a kind "http" error `GET url: timed out after N seconds`.
func doHTTP(ctx context.Context, r request, file string, line int) (*HttpResponse, error) {
	outer := ctx
	fail := func(err error) (*HttpResponse, error) {
		return nil, std.BuiltinError(outer, rt.KindHTTP, r.method+" "+r.url+": "+httpErrText(err), file, line)
	}
	if r.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.timeout)
		defer cancel()
		inner := ctx
		fail = func(err error) (*HttpResponse, error) {
			msg := httpErrText(err)
			if inner.Err() != nil && outer.Err() == nil {
				msg = "timed out after " + strconv.FormatFloat(r.timeout.Seconds(), 'g', -1, 64) + " seconds"
			}
			return nil, std.BuiltinError(outer, rt.KindHTTP, r.method+" "+r.url+": "+msg, file, line)
		}
	}
	var rd io.Reader
	if r.hasBody {
		rd = strings.NewReader(r.body)
	}
	req, err := http.NewRequestWithContext(ctx, r.method, r.url, rd)
	if err != nil {
		return fail(err)
	}
	if r.hasBody {
		req.Header.Set("Content-Type", contentType(r.body))
	}
	if r.headers != nil {
		for k, v := range r.headers.All {
			req.Header.Set(k, v)
		}
	}
	resp, err := httpClient.Do(req)
	if err != nil {
		return fail(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return fail(err)
	}
	return &HttpResponse{StatusCode: int64(resp.StatusCode), Body: string(data), Headers: headerDict(resp.Header)}, nil
}

// contentType picks the Content-Type of a POST body.
func contentType(body string) string {
	t := strings.TrimSpace(body)
	if t != "" && (t[0] == '{' || t[0] == '[') && json.Valid([]byte(t)) {
		return "application/json"
	}
	return "text/plain; charset=utf-8"
}

// headerDict turns response headers into a dictionary with lower-case
// names (as HTTP/2 sends them) in sorted order; repeated headers are
// joined with ", ".
func headerDict(h http.Header) *rt.Dict[string, string] {
	names := make([]string, 0, len(h))
	for k := range h {
		names = append(names, k)
	}
	slices.Sort(names)
	d := rt.NewDictCap[string, string](len(names))
	for _, k := range names {
		d.Set(strings.ToLower(k), strings.Join(h[k], ", "))
	}
	return d
}

// httpErrText is the message of a transport error without Go's
// `Get "url":` prefix (the caller adds method and URL itself).
func httpErrText(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return err.Error()
}
