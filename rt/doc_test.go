package rt

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every exported identifier of rt is either part of the API for Go
// callers, linked from the package doc ([Name] in doc.go), or says in its
// doc comment that it is for generated code (or the runa2go command) only.
func TestExportedDocumented(t *testing.T) {
	docSrc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, m := range regexp.MustCompile(`\[\*?([A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)?)\]`).FindAllSubmatch(docSrc, -1) {
		listed[string(m[1])] = true
	}
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	words := map[string]bool{}
	for _, w := range regexp.MustCompile(`[A-Z][A-Za-z0-9]*`).FindAll(docSrc, -1) {
		words[string(w)] = true
	}
	ok := func(name string, docs ...*ast.CommentGroup) {
		t.Helper()
		text := ""
		for _, d := range docs {
			text += d.Text()
		}
		method := name[strings.LastIndex(name, ".")+1:]
		standard := strings.Contains(name, ".") && (method == "Error" || method == "Unwrap" || method == "String")
		if listed[name] || words[name] || standard || strings.Contains(text, "For generated code only") || strings.Contains(text, "For the runa2go command only") {
			return
		}
		t.Errorf("%s: exported, but neither linked from doc.go nor marked \"For generated code only.\"", name)
	}
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() {
					continue
				}
				name := d.Name.Name
				if d.Recv != nil {
					recv := d.Recv.List[0].Type
					if s, isStar := recv.(*ast.StarExpr); isStar {
						recv = s.X
					}
					if ix, isIndex := recv.(*ast.IndexExpr); isIndex {
						recv = ix.X
					}
					if ix, isIndex := recv.(*ast.IndexListExpr); isIndex {
						recv = ix.X
					}
					id, isIdent := recv.(*ast.Ident)
					if !isIdent || !id.IsExported() {
						continue
					}
					name = id.Name + "." + name
				}
				ok(name, d.Doc)
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							ok(s.Name.Name, s.Doc, d.Doc)
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() {
								ok(n.Name, s.Doc, d.Doc)
							}
						}
					}
				}
			}
		}
	}
}
