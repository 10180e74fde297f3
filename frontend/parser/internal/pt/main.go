package main

import (
	"fmt"
	"os"

	"github.com/runa2go/runa2go/frontend/ast"
	"github.com/runa2go/runa2go/frontend/parser"
)

func main() {
	for _, f := range os.Args[1:] {
		src, _ := os.ReadFile(f)
		_, d := parser.ParseFile(f, src)
		for _, x := range d {
			fmt.Printf("%s:%d:%d: %s[%s]: %s (hint %s)\n", f, x.Span.Start.Line, x.Span.Start.Col, x.Severity, x.Code, x.Message, x.Hint)
		}
	}
}

func init() {
	if os.Getenv("DUMP") != "" {
		for _, f := range os.Args[1:] {
			src, _ := os.ReadFile(f)
			file, _ := parser.ParseFile(f, src)
			fmt.Println(ast.Dump(file))
		}
		os.Exit(0)
	}
}
