package check

import "fmt"

// an is x (a type, a process kind) written with its indefinite article
// for a message: "a List[Integer]", "an Integer", "an Awaitable[String]",
// "an Unknown" but "a User". The article follows the sound of the first
// letter, as English spells it for the type names of spec §5.
func an(x any) string {
	s := fmt.Sprint(x)
	if s == "" {
		return s
	}
	switch s[0] {
	case 'A', 'E', 'I', 'O', 'a', 'e', 'i', 'o':
		return "an " + s
	case 'U', 'u':
		if len(s) > 2 && (s[1] == 'n' || s[1] == 'N') && s[2] != 'i' { // Unknown, Unsigned; but Unit, Union
			return "an " + s
		}
	}
	return "a " + s
}

// awaitHint is the hint for an error about a value of type t where
// another was needed: when t is an Awaitable (or an Optional one) the
// value was most likely meant to be awaited, and the hint says so;
// otherwise it is hint.
func awaitHint(t Type, hint string) string {
	if _, ok := unwrapOpt(t).(*Awaitable); ok {
		return "did you forget `await`? An async call gives an Awaitable; `await` it to get its value"
	}
	return hint
}
