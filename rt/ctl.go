package rt

// Ctl tells how a block run as a closure ended (Try, With and generator
// bodies are closures in generated Go): normally, or by a Return, Break or
// Continue that the enclosing code must carry out.
//
// For generated code only.
type Ctl uint8

// The ways a block run as a closure ends (see Ctl).
//
// For generated code only.
const (
	// Next: the block ran to its end (or failed: see the error).
	Next Ctl = iota
	// Return: the block executed Return; its value travels beside.
	Return
	// Break: the block executed Break for the enclosing loop.
	Break
	// Continue: the block executed Continue for the enclosing loop.
	Continue
)
