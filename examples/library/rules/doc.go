// Package rules shows Runa code used from Go (library mode): rules.runa is
// translated into rules_gen.go by the directive below, and rules_test.go
// calls every exported shape from Go.
package rules

//go:generate go run github.com/runa2go/runa2go/cmd/runa2go gen --pkg rules -o rules_gen.go rules.runa
