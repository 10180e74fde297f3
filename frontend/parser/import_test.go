package parser

import (
	"strings"
	"testing"
)

func TestImport(t *testing.T) {
	runParseCases(t, []parseCase{
		{"module", `Import module "math"`, `(import "math")`},
		{"module as", `Import module "lib/shapes" as geo`, `(import "lib/shapes" as geo)`},
		{"function", `Import function "area" from module "shapes"`, `(import function "area" "shapes")`},
		{"type", `Import type "Shape" from module "shapes"`, `(import type "Shape" "shapes")`},
		{"member call named", "Import module \"math\"\nDisplay math.sqrt with x as 2", `
(import "math")
(display (call named math.sqrt (arg x (int 2))))`},
		{"member call positional", "Import module \"math\" as m\nDisplay m.power(2, 10) plus m.PI", `
(import "math" as m)
(display ("plus" (call positional m.power (int 2) (int 10)) m.PI))`},
		{"not imported", "Display math.PI", `(display (member math PI))`},
	})
}

func TestImportPlacement(t *testing.T) {
	src := "If true:\n    Import module \"math\"\n"
	_, diags := ParseFile("t.runa", []byte(src))
	out := renderAll(src, diags)
	if len(diags) != 1 || !strings.Contains(out, "t.runa:2:5:") || !strings.Contains(out, "Import must be at the top level") {
		t.Fatalf("want one E330 at 2:5, got:\n%s", out)
	}
}
