# Developer shortcuts. Nothing requires just: every recipe is a plain go command.

# Compile every package.
build:
    go build ./...

# Install the runa2go command into $(go env GOPATH)/bin.
install:
    go install ./cmd/runa2go

# Run every test (what CI runs, with go vet).
test:
    go test ./...

# Rewrite the expected Go (out.go) of the golden cases.
golden-update:
    go test ./golden -update

# Run the shared conformance suite against a fresh build.
conformance:
    go build -o /tmp/runa2go ./cmd/runa2go && ../shared/conformance/run /tmp/runa2go

# Format the Go sources.
fmt:
    gofmt -w .

# Vet everything.
vet:
    go vet ./...

# Run the DESIGN §6 benchmarks (Runa vs Go vs CPython vs Node); e.g. `just bench -n 3 -only fib`.
bench *ARGS:
    go run ./bench/cmd/benchrun {{ARGS}}
