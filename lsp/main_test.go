package lsp

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the tests when a goroutine of the server outlives them.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
