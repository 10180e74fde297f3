package ast

// Assigns reports whether body sets or re-declares the variable name: a
// `Set name to …`, a `Let name be …` or a `For each name in …` anywhere in
// it, nested blocks included.
func Assigns(body *Block, name string) bool {
	found := false
	Inspect(body, func(n Node) bool {
		switch s := n.(type) {
		case *SetStmt:
			if id, ok := s.Target.(*Ident); ok && id.Name == name {
				found = true
			}
		case *LetStmt:
			found = found || s.Name.Name == name
		case *ForEachStmt:
			found = found || s.Var.Name == name
		}
		return !found
	})
	return found
}
