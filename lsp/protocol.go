package lsp

import "encoding/json"

// The LSP 3.17 messages the server uses, hand-written: only the fields it
// reads or writes. Field names and shapes follow the specification.

// Position is a zero-based line and a character offset in the negotiated
// position encoding (UTF-16 code units unless UTF-8 or UTF-32 was agreed).
type Position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

// Range is a half-open [Start, End) range.
type Range struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// Location is a range in a document.
type Location struct {
	URI   string `json:"uri"`
	Range Range  `json:"range"`
}

type textDocumentIdentifier struct {
	URI string `json:"uri"`
}

type versionedTextDocumentIdentifier struct {
	URI     string `json:"uri"`
	Version int    `json:"version"`
}

type textDocumentItem struct {
	URI        string `json:"uri"`
	LanguageID string `json:"languageId"`
	Version    int    `json:"version"`
	Text       string `json:"text"`
}

type textDocumentPositionParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
	Position     Position               `json:"position"`
}

type initializeParams struct {
	ProcessID    *int `json:"processId"`
	Capabilities struct {
		General struct {
			PositionEncodings []string `json:"positionEncodings"`
		} `json:"general"`
		Workspace struct {
			InlayHint struct {
				RefreshSupport bool `json:"refreshSupport"`
			} `json:"inlayHint"`
		} `json:"workspace"`
	} `json:"capabilities"`
	InitializationOptions *struct {
		// DebounceMS is the delay in milliseconds between the last change
		// and the diagnostics (default 150).
		DebounceMS *int `json:"debounceMs"`
	} `json:"initializationOptions"`
}

type initializeResult struct {
	Capabilities serverCapabilities `json:"capabilities"`
	ServerInfo   serverInfo         `json:"serverInfo"`
}

type serverInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type serverCapabilities struct {
	PositionEncoding           string             `json:"positionEncoding"`
	TextDocumentSync           textDocumentSync   `json:"textDocumentSync"`
	HoverProvider              bool               `json:"hoverProvider"`
	DefinitionProvider         bool               `json:"definitionProvider"`
	ReferencesProvider         bool               `json:"referencesProvider"`
	DocumentSymbolProvider     bool               `json:"documentSymbolProvider"`
	DocumentFormattingProvider bool               `json:"documentFormattingProvider"`
	RenameProvider             renameOptions      `json:"renameProvider"`
	CompletionProvider         completionOptions  `json:"completionProvider"`
	InlayHintProvider          bool               `json:"inlayHintProvider"`
	CodeActionProvider         codeActionOptions  `json:"codeActionProvider"`
	DocumentHighlightProvider  bool               `json:"documentHighlightProvider"`
	SignatureHelpProvider      *signatureHelpOpts `json:"signatureHelpProvider,omitempty"`
}

type signatureHelpOpts struct {
	TriggerCharacters []string `json:"triggerCharacters"`
}

type textDocumentSync struct {
	OpenClose bool `json:"openClose"`
	Change    int  `json:"change"` // 2: incremental
	Save      bool `json:"save"`
}

type renameOptions struct {
	PrepareProvider bool `json:"prepareProvider"`
}

type completionOptions struct {
	TriggerCharacters []string `json:"triggerCharacters"`
}

type codeActionOptions struct {
	CodeActionKinds []string `json:"codeActionKinds"`
}

type didOpenParams struct {
	TextDocument textDocumentItem `json:"textDocument"`
}

type didChangeParams struct {
	TextDocument   versionedTextDocumentIdentifier `json:"textDocument"`
	ContentChanges []contentChange                 `json:"contentChanges"`
}

// contentChange replaces Range with Text, or the whole document when
// Range is absent.
type contentChange struct {
	Range *Range `json:"range,omitempty"`
	Text  string `json:"text"`
}

type didCloseParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
}

// Diagnostic severities.
const (
	severityError   = 1
	severityWarning = 2
)

// Diagnostic is an LSP diagnostic. Data carries the quick fix the checker's
// hint implies, if any.
type Diagnostic struct {
	Range    Range        `json:"range"`
	Severity int          `json:"severity"`
	Code     string       `json:"code,omitempty"`
	Source   string       `json:"source"`
	Message  string       `json:"message"`
	Data     *quickFix    `json:"data,omitempty"`
	Related  []relatedLoc `json:"relatedInformation,omitempty"`
}

type relatedLoc struct {
	Location Location `json:"location"`
	Message  string   `json:"message"`
}

// quickFix is a replacement that resolves a diagnostic.
type quickFix struct {
	Title string `json:"title"`
	Range Range  `json:"range"`
	Text  string `json:"newText"`
}

type publishDiagnosticsParams struct {
	URI         string       `json:"uri"`
	Version     int          `json:"version"`
	Diagnostics []Diagnostic `json:"diagnostics"`
}

type markupContent struct {
	Kind  string `json:"kind"`
	Value string `json:"value"`
}

type hover struct {
	Contents markupContent `json:"contents"`
	Range    *Range        `json:"range,omitempty"`
}

type referenceParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
	Position     Position               `json:"position"`
	Context      struct {
		IncludeDeclaration bool `json:"includeDeclaration"`
	} `json:"context"`
}

type documentSymbol struct {
	Name           string           `json:"name"`
	Detail         string           `json:"detail,omitempty"`
	Kind           int              `json:"kind"`
	Range          Range            `json:"range"`
	SelectionRange Range            `json:"selectionRange"`
	Children       []documentSymbol `json:"children,omitempty"`
}

// Symbol kinds.
const (
	symbolField    = 8
	symbolFunction = 12
	symbolVariable = 13
	symbolStruct   = 23
)

type documentParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
}

type rangeParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
	Range        Range                  `json:"range"`
}

// InlayHint is a label shown inline; TextEdits make it real when accepted.
type inlayHint struct {
	Position     Position   `json:"position"`
	Label        string     `json:"label"`
	Kind         int        `json:"kind"` // 1: type, 2: parameter
	PaddingLeft  bool       `json:"paddingLeft,omitempty"`
	PaddingRight bool       `json:"paddingRight,omitempty"`
	TextEdits    []textEdit `json:"textEdits,omitempty"`
}

type textEdit struct {
	Range   Range  `json:"range"`
	NewText string `json:"newText"`
}

type completionItem struct {
	Label      string `json:"label"`
	Kind       int    `json:"kind"`
	Detail     string `json:"detail,omitempty"`
	InsertText string `json:"insertText,omitempty"`
	SortText   string `json:"sortText,omitempty"`
}

// Completion item kinds.
const (
	completionFunction = 3
	completionField    = 5
	completionVariable = 6
	completionStruct   = 22
	completionKeyword  = 14
	completionProperty = 10
)

type completionList struct {
	IsIncomplete bool             `json:"isIncomplete"`
	Items        []completionItem `json:"items"`
}

type formattingParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
}

type renameParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
	Position     Position               `json:"position"`
	NewName      string                 `json:"newName"`
}

type workspaceEdit struct {
	Changes map[string][]textEdit `json:"changes"`
}

type codeActionParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
	Range        Range                  `json:"range"`
	Context      struct {
		Diagnostics []Diagnostic `json:"diagnostics"`
	} `json:"context"`
}

type codeAction struct {
	Title       string        `json:"title"`
	Kind        string        `json:"kind"`
	Diagnostics []Diagnostic  `json:"diagnostics,omitempty"`
	IsPreferred bool          `json:"isPreferred,omitempty"`
	Edit        workspaceEdit `json:"edit"`
}

type documentHighlight struct {
	Range Range `json:"range"`
	Kind  int   `json:"kind"` // 1 text, 2 read, 3 write
}

// unmarshalParams decodes params into v, as an invalid-params error.
func unmarshalParams(raw json.RawMessage, v any) error {
	if len(raw) == 0 {
		return &rpcError{Code: codeInvalidParams, Message: "missing params"}
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return &rpcError{Code: codeInvalidParams, Message: err.Error()}
	}
	return nil
}
