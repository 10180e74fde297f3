package rt

// Version bounds of generated code (for generated code). A file generated
// by runa2go records the API version it was generated for, G, and checks
// MinVersion <= G <= MaxVersion at compile time, as protobuf's
// protoimpl.EnforceVersion does:
//
//	const (
//		_ = rt.EnforceVersion(G - rt.MinVersion) // the runtime is too new for this file: regenerate it
//		_ = rt.EnforceVersion(rt.MaxVersion - G) // the runtime is too old for this file: upgrade it
//	)
//
// A negative constant does not fit EnforceVersion (an unsigned type), so a
// file and a runtime that do not match fail to compile on those lines.
//
// For generated code only.
const (
	// MinVersion is the oldest generated-code version this runtime supports.
	MinVersion = 1
	// MaxVersion is the newest generated-code version this runtime supports.
	MaxVersion = 3
)

// EnforceVersion is the type of the version checks of generated code
// (see MinVersion).
//
// For generated code only.
type EnforceVersion uint

// V1 is referenced by files generated before version checks existed
// (`const _ = rt.V1`); they are generated-code version 1.
//
// For generated code only.
//
// Deprecated: generated code uses EnforceVersion.
const V1 = 1
