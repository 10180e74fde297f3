package check

import (
	"strings"

	"github.com/runa2go/runa2go/frontend/ast"
)

// Sum is a sum type (level2.md §10.5): `Type Reply is` followed by `|`
// variant lines. Each variant is a record type (Record.Sum points back
// here) and a subtype of the sum type.
//
// A generic sum type (`Type Option[T] is`, level2.md §10.4) has Params,
// and its variants are generic records over those same parameters. An
// instance (`Option[Integer]`, or the type a variant value infers) is a
// Sum whose Generic is the declaration and whose Args are inference cells;
// an instance of a variant (`Some[Integer]`) shares its Args with the
// instance of the sum it is a variant of (Record.Sum), so instances join
// argument-wise as generic records do.
type Sum struct {
	Name   string // its key, as Record.Name
	Module string // as Record.Module
	// Variants are the variant records of the declaration, in order; an
	// instance has its declaration's (instantiate them with VariantOf).
	Variants []*Record
	Decl     *ast.TypeDecl
	Params   []*TypeParam
	Generic  *Sum
	Args     []*TVar
}

func (s *Sum) String() string {
	if s.Generic != nil {
		return argsString(s.Name, s.Args)
	}
	return s.Name
}

// IsGeneric reports whether s is a generic sum declaration (not an
// instance).
func (s *Sum) IsGeneric() bool { return len(s.Params) > 0 && s.Generic == nil }

// Origin is the declaration s is an instance of, or s itself.
func (s *Sum) Origin() *Sum {
	if s.Generic != nil {
		return s.Generic
	}
	return s
}

// VariantOf gives the variant v (one of the declaration's Variants) as a
// value of s: v itself, or for an instance, v's instance over s's Args.
func (s *Sum) VariantOf(v *Record) *Record {
	if s.Generic == nil {
		return v
	}
	return instance(v, s.Args)
}

// sumInstance makes the instance of generic sum g over the argument cells.
func sumInstance(g *Sum, args []*TVar) *Sum {
	return &Sum{Name: g.Name, Module: g.Module, Variants: g.Variants, Decl: g.Decl, Generic: g, Args: args}
}

// sameSum reports whether a and b are the same sum type or instances of
// one generic sum type (whatever their arguments).
func sameSum(a, b *Sum) bool {
	return a != nil && b != nil && a.Origin() == b.Origin()
}

// IsVariantOf reports whether t is a variant of the sum type (or
// instance) s: a variant of the same declaration, whose Go value needs no
// conversion when its arguments are the same types.
func IsVariantOf(t Type, s Type) bool {
	r, ok := t.(*Record)
	st, ok2 := s.(*Sum)
	return ok && ok2 && r.Sum != nil && sameSum(r.Sum, st)
}

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
// when a and b are not both of one sum type. For instances of a generic
// sum the arguments unify (Some[Integer] ⊔ Nothing[?] = Option[Integer]);
// two instances of one variant are left to the record join.
func (in *inference) joinSum(a, b Type) (Type, bool) {
	sa, sb := sumOf(a), sumOf(b)
	if !sameSum(sa, sb) {
		return nil, false
	}
	if a == b {
		return a, true
	}
	if sa.Generic == nil {
		return sa, true
	}
	if ra, ok := a.(*Record); ok && sameGeneric(ra, b) {
		return nil, false
	}
	if len(sa.Args) != len(sb.Args) {
		return nil, false
	}
	for i := range sa.Args {
		in.unify(sa.Args[i], sb.Args[i])
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
	if s.Generic != nil {
		f := s.Generic.commonField(name)
		if f == nil {
			return nil
		}
		return &Field{Name: f.Name, Type: subst(f.Type, s.Generic.Params, s.Args)}
	}
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
