package check

// Generic types and processes (level2.md §10.4).

// TypeParam is a type parameter of a generic type or process: Owner names
// the type or process that declares it.
type TypeParam struct {
	Name  string
	Owner string
}

func (t *TypeParam) String() string { return t.Name }
