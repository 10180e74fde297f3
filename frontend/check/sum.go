package check

import (
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Sum is a sum type (level2.md §10.5): `Type Reply is` followed by `|`
// variant lines. Each variant is a record type (Record.Sum points back
// here) and a subtype of the sum type.
type Sum struct {
	Name     string // its key, as Record.Name
	Module   string // as Record.Module
	Variants []*Record
	Decl     *ast.TypeDecl
}

func (s *Sum) String() string { return s.Name }

// Declared returns the sum type's name as its file declares it.
func (s *Sum) Declared() string { return declaredName(s.Name, s.Module) }

// Declared returns the record's name as its file declares it: Name
// without the module qualifier (Display and JSON write it so).
func (r *Record) Declared() string { return declaredName(r.Name, r.Module) }

func declaredName(name, module string) string {
	if module == "" {
		return name
	}
	return strings.TrimPrefix(name, module+".")
}

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

// declareSum declares the sum type of td and its variants. Variant names
// are program-wide type names: a name already taken by a type is an
// error. Fields are filled in with the records' (declare).
func (c *checker) declareSum(td *ast.TypeDecl) {
	if c.typeNameTaken(c.own(td.Name.Name)) {
		c.diags.Errorf(td.Name.Sp, CodeDuplicateType, "", "type %q is declared twice", td.Name.Name)
		return
	}
	s := &Sum{Name: c.own(td.Name.Name), Module: c.module(), Decl: td}
	c.sums[s.Name] = s
	c.prog.Sums = append(c.prog.Sums, s)
	for _, v := range td.Variants {
		if c.typeNameTaken(c.own(v.Name.Name)) || c.own(v.Name.Name) == s.Name {
			c.diags.Errorf(v.Name.Sp, CodeDuplicateType, "variant names are type names: rename one", "type %q is declared twice", v.Name.Name)
			continue
		}
		r := &Record{Name: c.own(v.Name.Name), Module: c.module(), Sum: s, Variant: v}
		s.Variants = append(s.Variants, r)
		c.records[r.Name] = r
		c.records[s.Name+"."+v.Name.Name] = r // the qualified spelling
		c.prog.Records = append(c.prog.Records, r)
		c.prog.RecordOf[r.Name] = r
	}
}

// typeNameTaken reports whether name is already a record, variant or sum
// type.
func (c *checker) typeNameTaken(name string) bool {
	_, rec := c.records[name]
	_, sum := c.sums[name]
	return rec || sum
}

// commonField returns the field called name that every variant of s has
// with the same type, or nil.
func (s *Sum) commonField(name string) *Field {
	var out *Field
	for _, v := range s.Variants {
		f := v.Field(name)
		if f == nil || out != nil && !sameDeclared(out.Type, f.Type) {
			return nil
		}
		if out == nil {
			out = f
		}
	}
	return out
}

// sameDeclared reports whether two declared field types are the same type:
// declared types are fixed, so equal spellings are equal types.
func sameDeclared(a, b Type) bool {
	return sameType(a, b) || a.String() == b.String()
}

// sumField returns the field name of a value of sum type s: one that every
// variant has with the same type (level2.md §10.5). Otherwise it reports
// the error, with a hint naming a variant that has the field, and returns
// nil.
func (c *checker) sumField(s *Sum, name *ast.Ident) *Field {
	if f := s.commonField(name.Name); f != nil {
		return f
	}
	hint := ""
	for _, v := range s.Variants {
		if v.Field(name.Name) != nil {
			hint = "Match on the variant first: When " + v.Name + " with " + name.Name + " as " + string([]rune(name.Name)[:1]) + ":"
			break
		}
	}
	if hint == "" {
		c.errorf(name.Sp, CodeUnknownField, "", "no variant of %s has a field %q", s.Name, name.Name)
		return nil
	}
	c.errorf(name.Sp, CodeUnknownField, hint, "field %q is not in every variant of %s", name.Name, s.Name)
	return nil
}
