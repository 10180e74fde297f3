package check

// Sum is a sum type (level2.md §10.5): `Type Reply is` followed by `|`
// variant lines. Each variant is a record type (Record.Sum points back
// here) and a subtype of the sum type.
type Sum struct {
	Name     string
	Variants []*Record
}

func (s *Sum) String() string { return s.Name }

// Variant returns the variant called name, or nil.
func (s *Sum) Variant(name string) *Record {
	for _, v := range s.Variants {
		if v.Name == name {
			return v
		}
	}
	return nil
}

// joinSum gives V ⊔ W = S for two variants of S and V ⊔ S = S; ok is false
// when a and b are not both of one sum type.
func joinSum(a, b Type) (Type, bool) {
	sa, sb := sumOf(a), sumOf(b)
	if sa == nil || sa != sb {
		return nil, false
	}
	if a == b {
		return a, true
	}
	return sa, true
}

// sumOf returns the sum type t is or is a variant of, or nil.
func sumOf(t Type) *Sum {
	switch x := t.(type) {
	case *Sum:
		return x
	case *Record:
		return x.Sum
	}
	return nil
}
