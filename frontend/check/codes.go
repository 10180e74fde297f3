package check

// Diagnostic codes of the checker (E2xx; the syntax front end has E1xx in
// frontend/diag). Codes are stable: tests and users may match on them.
const (
	// CodeDuplicateType: a type declared twice.
	CodeDuplicateType = "E201"
	// CodeDuplicateField: a field declared twice in one record type.
	CodeDuplicateField = "E202"
	// CodeDuplicateProcess: a process defined twice.
	CodeDuplicateProcess = "E203"
	// CodeDuplicateParam: a parameter declared twice.
	CodeDuplicateParam = "E204"
	// CodeUnknownType: a written type that names no type.
	CodeUnknownType = "E205"
	// CodeNestedProcess: a process defined inside another process.
	CodeNestedProcess = "E206"
	// CodeNestedType: a type defined inside a process.
	CodeNestedType = "E207"
	// CodeConditionType: a condition that is not a Boolean.
	CodeConditionType = "E210"
	// CodeNotAssignable: an assignment to something that is not a variable.
	CodeNotAssignable = "E211"
	// CodeNotSettable: Set of an element or field of a value that has none.
	CodeNotSettable = "E212"
	// CodeUnknownField: a record field that the record type does not have.
	CodeUnknownField = "E213"
	// CodeRecordKey: a record indexed by a key that is not a constant field name.
	CodeRecordKey = "E214"
	// CodeIndexType: a list index that is not an Integer.
	CodeIndexType = "E215"
	// CodeNotIterable: For each over a value that cannot be iterated.
	CodeNotIterable = "E216"
	// CodeReturnInMain: Return with a value in the main program.
	CodeReturnInMain = "E217"
	// CodeReturnInGenerator: Return with a value in a generator or context manager.
	CodeReturnInGenerator = "E218"
	// CodeAddTarget: Add to something that is not a list.
	CodeAddTarget = "E219"
	// CodeRemoveTarget: Remove from a record or a value that is not a collection.
	CodeRemoveTarget = "E220"
	// CodeNotManager: With over a value that is not a context manager.
	CodeNotManager = "E221"
	// CodeBuiltinValue: a builtin used as a value.
	CodeBuiltinValue = "E230"
	// CodeTypeCall: a type name called like a process.
	CodeTypeCall = "E231"
	// CodeUnknownName: a name that is not declared.
	CodeUnknownName = "E232"
	// CodeUnknownRecord: a record literal of an unknown record type.
	CodeUnknownRecord = "E233"
	// CodeFieldTwice: a record literal giving a field twice.
	CodeFieldTwice = "E234"
	// CodeMissingField: a record literal missing a field that is not Optional.
	CodeMissingField = "E235"
	// CodeFieldType: a record field given a value of another type.
	CodeFieldType = "E236"
	// CodeNotIndexable: indexing a value that cannot be indexed.
	CodeNotIndexable = "E237"
	// CodeErrorField: a field of an error other than message and kind.
	CodeErrorField = "E238"
	// CodeGeneratorInPlain: consuming an async generator outside async code.
	CodeGeneratorInPlain = "E240"
	// CodeWithInPlain: With over an async context manager outside async code.
	CodeWithInPlain = "E241"
	// CodeAwaitInPlain: await outside async code.
	CodeAwaitInPlain = "E242"
	// CodeAsyncFormInPlain: an async combinator outside async code.
	CodeAsyncFormInPlain = "E243"
	// CodeWaitInPlain: a builtin that waits, outside async code.
	CodeWaitInPlain = "E244"
	// CodeWaitInLambda: waiting in a plain (not Async) Lambda.
	CodeWaitInLambda = "E245"
	// CodeCompareTypes: a comparison of values that cannot be compared.
	CodeCompareTypes = "E250"
	// CodeContainsRecord: contains on a record.
	CodeContainsRecord = "E251"
	// CodeContainsString: contains on a String with an operand that is not a String.
	CodeContainsString = "E252"
	// CodeStringArith: arithmetic with a String operand.
	CodeStringArith = "E253"
	// CodeNumericOperand: arithmetic on a value that is not a number.
	CodeNumericOperand = "E254"
	// CodeBooleanOperand: and, or or not on a value that is not a Boolean.
	CodeBooleanOperand = "E255"
	// CodeLengthOf: length of a value that has no length.
	CodeLengthOf = "E256"
	// CodeIsWordField: `x is WORD` reading a field that is not a Boolean.
	CodeIsWordField = "E257"
	// CodeIsWordArity: `x is WORD` calling a process that takes more than x.
	CodeIsWordArity = "E258"
	// CodeIsWordUnknown: `x is WORD` where WORD names nothing.
	CodeIsWordUnknown = "E259"
	// CodeFieldNotProcess: a method call of a record field that is not a process.
	CodeFieldNotProcess = "E260"
	// CodeUnknownMethod: a method call naming neither a field nor a process.
	CodeUnknownMethod = "E261"
	// CodeMethodArity: a method call of a process that takes no arguments.
	CodeMethodArity = "E262"
	// CodeTooManyArgs: more positional arguments than parameters.
	CodeTooManyArgs = "E263"
	// CodeUnknownArg: a named argument the callee does not declare.
	CodeUnknownArg = "E264"
	// CodeArgTwice: a named argument given twice.
	CodeArgTwice = "E265"
	// CodeMissingArg: a parameter given no argument.
	CodeMissingArg = "E266"
	// CodeArgType: an argument of a type its declared parameter does not accept.
	CodeArgType = "E267"
	// CodeNotCallable: calling a value that is not a process.
	CodeNotCallable = "E268"
	// CodeManagerOutsideWith: a context manager or async_lock used outside a With header.
	CodeManagerOutsideWith = "E269"
	// CodeUsedBeforeSet: a variable that may be read before it is set.
	CodeUsedBeforeSet = "E270"
	// CodeManagerValue: a context manager used as a value.
	CodeManagerValue = "E271"
	// CodeDeclaredType: a value that does not fit a declared type.
	CodeDeclaredType = "E272"
	// CodeWordOperand: an operand of a Level 2 string or collection
	// operator (split by, trimmed, index of, contains key, without, copy of,
	// …) of the wrong type.
	CodeWordOperand = "E273"
	// CodeCollectionOp: a misuse of Map, Filter, Reduce or Sort (a list
	// that is not one, a process of the wrong arity or kind, a result of
	// the wrong type).
	CodeCollectionOp = "E274"
	// CodeNoParamNames: a named call through a function type.
	CodeNoParamNames = "E277"
	// CodeLibraryMutable: a mutable top-level value in a library.
	CodeLibraryMutable = "E280"
	// CodeLibraryStatement: a top-level statement in a library.
	CodeLibraryStatement = "E281"
	// CodePatternType: a Match pattern that can never match the subject's static type.
	CodePatternType = "E291"
	// CodePositionalAfterNamed: a positional argument after a named one (Level 2 §3.1).
	CodePositionalAfterNamed = "E275"
	// CodeDisplayProcess: a Display head that holds a process, followed by labelled parts (Level 2 §3.4).
	CodeDisplayProcess = "E276"
	// CodeUnsupported: a construct runa2go does not support yet.
	CodeUnsupported = "E290"
	// CodeFunctionalForm: a compose, pipe, partial or curry form that cannot
	// be made (level2.md §4.5).
	CodeFunctionalForm = "E283"
	// CodeMemoized: a Memoized process that is Async or takes a parameter
	// of a type that cannot be a key (level2.md §4.6).
	CodeMemoized = "E284"
	// CodeOrBindings: alternatives of a pattern that bind different names
	// (level2.md §9.3).
	CodeOrBindings = "E300"
	// CodeMatchCoverage: a warning, a Match on a sum type, literal union or
	// Boolean that does not cover every member (level2.md §9.3).
	CodeMatchCoverage = "W320"
)
