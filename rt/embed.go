package rt

import "embed"

// Sources holds the Go sources of this package and of rt/std, embedded in
// the runa2go binary so that `runa2go build` can write a private copy of the
// runtime next to the generated program and build it offline.
//
// It also contains this file and any _test.go files; consumers copying the
// runtime must skip embed.go and every *_test.go file (the runa2go driver
// does).
//
// For the runa2go command only.
//
//go:embed *.go std/*.go std/web/*.go
var Sources embed.FS
