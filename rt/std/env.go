package std

import (
	"os"

	"github.com/runa2go/runa2go/rt"
)

// Args implements `args()`: the program's command-line arguments, without
// the program name, as a new List[String].
func Args() *rt.List[string] {
	return rt.NewList(os.Args[1:]...)
}

// Env implements `env with name as N`: the environment variable's value,
// or None when it is not set (an empty value is Some("")).
func Env(name string) rt.Opt[string] {
	if v, ok := os.LookupEnv(name); ok {
		return rt.Some(v)
	}
	return rt.None[string]()
}
