package diag

// File is one source file of a program, as diagnostics are rendered:
// its name, its contents and its line base (ast.File.Base: position line
// Base+L is line L of the file).
type File struct {
	Name string
	Data []byte
	Base int
}

// Files are the files of a program with distinct bases, the program file
// first, then the imported ones in any order.
type Files []File

// Locate returns the file that position line line falls in (the one with
// the greatest base below it) and the line's number in that file. An
// invalid line (0: no position) is attributed to the program file. f is
// nil only when fs is empty.
func (fs Files) Locate(line int) (f *File, local int) {
	if len(fs) == 0 {
		return nil, line
	}
	if line <= 0 {
		return &fs[0], line
	}
	for i := range fs {
		if fs[i].Base < line && (f == nil || fs[i].Base > f.Base) {
			f = &fs[i]
		}
	}
	if f == nil {
		return &fs[0], line
	}
	return f, line - f.Base
}
