package web

import (
	"context"
	"math"
	"net/http"
	"strings"

	"github.com/runa2go/runa2go/rt"
	"github.com/runa2go/runa2go/rt/std"
)

// HttpRequest implements `http_request with method as M and url as U`
// {`and headers as H`} {`and body as B`} {`and timeout as T`}, and the
// forms of http_get and http_post that pass headers or a timeout. method
// is case-insensitive (sent upper-case); headers (nil: none) are set on
// the request as given, after the default Content-Type of a body; a body
// is sent when it is not empty, or always for POST, PUT and PATCH.
// timeout is in seconds, 0 for none; a negative or NaN timeout is a kind
// "type" error. Failures, a timeout's expiry included, are kind "http"
// errors as in HttpGet; any status code is a normal response.
func HttpRequest(ctx context.Context, method, url string, headers *rt.Dict[string, string], body string, timeout float64) (*HttpResponse, error) {
	file, line := callerPos()
	if timeout < 0 || math.IsNaN(timeout) {
		return nil, std.BuiltinError(ctx, rt.KindType, "timeout must be a number of seconds, not "+rt.Text(timeout), file, line)
	}
	m := strings.ToUpper(method)
	r := request{method: m, url: url, headers: headers, body: body,
		hasBody: body != "" || m == http.MethodPost || m == http.MethodPut || m == http.MethodPatch}
	if timeout > 0 {
		r.timeout = std.Duration(timeout)
	}
	return rt.Offload(ctx, func(ctx context.Context) (*HttpResponse, error) {
		return doHTTP(ctx, r, file, line)
	})
}
