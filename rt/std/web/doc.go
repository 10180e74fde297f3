// Package web holds the HTTP builtins of generated programs (spec §9:
// http_get, http_post, http_request) and the HttpResponse record they
// give. It is apart from rt/std so that a program that does no HTTP does
// not link net/http. For generated code.
package web

import "github.com/runa2go/runa2go/rt"

// callerPos returns the position of the generated code that called the
// builtin (rt.CallerPos: the innermost frame outside the runtime).
func callerPos() (string, int) { return rt.CallerPos() }
