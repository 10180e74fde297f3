package check

// CodeAsyncEachPlain: `Async For each` outside async code (level2.md §11.1).
const CodeAsyncEachPlain = "E127"
