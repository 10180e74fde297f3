package diag

// Codes of the Level 2 statements (level2.md §11, §15).
const (
	// CodeMainPlace: `When main is called:` other than once at the top level
	// of the file (level2.md §11.3).
	CodeMainPlace = "E125"
	// CodeAsyncEachLeave: Break, Return or Yield in an Async For each body
	// (level2.md §11.1).
	CodeAsyncEachLeave = "E126"
)
