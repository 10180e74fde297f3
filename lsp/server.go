package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"slices"
	"time"
)

// defaultDebounce is the delay between the last change of a document and
// its diagnostics.
const defaultDebounce = 150 * time.Millisecond

// Options configure a Server.
type Options struct {
	// Version is reported in the initialize result.
	Version string
	// Log receives one line per problem the server cannot report to the
	// client (nil: discarded).
	Log io.Writer
}

// Server is a Runa language server on one connection. All its state is
// owned by the goroutine running Serve; analyses run on other goroutines
// and hand their results back through events.
type Server struct {
	conn     *conn
	opts     Options
	enc      string
	debounce time.Duration
	docs     map[string]*document
	events   chan func()
	done     chan struct{} // closed when Serve returns

	initialized bool
	shutdown    bool
	// refreshHints: the client accepts workspace/inlayHint/refresh, sent
	// when a new check lands (hints asked for before it were stale).
	refreshHints bool
	lastID       int // of the requests the server sends
	// msg is the message being handled.
	msg *message
}

// document is an open text document.
type document struct {
	uri     string
	name    string // file name in diagnostics
	version int
	text    *text
	// edits since good's version, oldest first: positions of good's
	// index are mapped through them to the current text.
	edits   []edit
	good    *analysis // the latest analysis that checked without errors
	last    *analysis // the latest analysis
	running bool      // an analysis is running
	// indexing is a checked analysis whose diagnostics are out and whose
	// index is being built.
	indexing *analysis
	again    bool // another is due when it ends
	timer    *time.Timer
	closed   bool

	// inc answers the diagnostics of a version from the parts of the
	// text that did not change (incremental.go); incRunning and incAgain
	// are running and again for it.
	inc                  *incremental
	incRunning, incAgain bool
	// fullPending is set from a change until the check of the whole file
	// of its version starts; fullGen counts the changes.
	fullPending bool
	fullGen     int
	// pub is what was last published, pubFull whether by a check of the
	// whole file.
	pub     *analysis
	pubFull bool
	// waiting are the requests that the last checked analysis cannot
	// answer, answered again when the running check ends (later).
	waiting []*message
}

// errLater is returned by a handler that answers its request again when
// the running check of its document ends (later).
var errLater = errors.New("answered later")

// later defers the request being handled until the check of d that is
// running ends, when one is: the diagnostics of a version may be out (from
// the incremental check) before its analysis, and a client that waits for
// them and then asks for a hover where the text changed expects the new
// answer. It returns nil (answer now) when no check runs.
func (s *Server) later(d *document) error {
	if !(d.running || d.fullPending) || s.msg == nil || !s.msg.isRequest() {
		return nil
	}
	d.waiting = append(d.waiting, s.msg)
	return errLater
}

// answerWaiting handles the deferred requests of d again.
func (s *Server) answerWaiting(d *document) {
	w := d.waiting
	d.waiting = nil
	for _, m := range w {
		s.handle(m)
	}
}

// New returns a server that reads requests from r and writes to w.
func New(r io.Reader, w io.Writer, opts Options) *Server {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	return &Server{
		conn:     newConn(r, w),
		opts:     opts,
		enc:      encUTF16,
		debounce: defaultDebounce,
		docs:     map[string]*document{},
		events:   make(chan func(), 16),
		done:     make(chan struct{}),
	}
}

// errExitWithoutShutdown is returned by Serve when the client sent exit
// before shutdown (the process should exit with status 1).
var errExitWithoutShutdown = errors.New("exit without shutdown")

// ErrExitWithoutShutdown reports whether err says the client ended the
// session without a shutdown request.
func ErrExitWithoutShutdown(err error) bool { return errors.Is(err, errExitWithoutShutdown) }

// Serve handles messages until the client sends exit, the input ends or
// ctx is done. It returns nil after shutdown and exit.
func (s *Server) Serve(ctx context.Context) error {
	defer close(s.done)
	defer func() {
		for _, d := range s.docs {
			s.close(d)
		}
	}()
	msgs := make(chan *message)
	readErr := make(chan error, 1)
	go func() {
		for {
			m, err := s.conn.read()
			if err != nil {
				readErr <- err
				return
			}
			select {
			case msgs <- m:
			case <-s.done:
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-readErr:
			if errors.Is(err, io.EOF) {
				if s.shutdown {
					return nil
				}
				return errExitWithoutShutdown
			}
			return err
		case f := <-s.events:
			f()
		case m := <-msgs:
			if m.Method == "exit" {
				if s.shutdown {
					return nil
				}
				return errExitWithoutShutdown
			}
			s.handle(m)
		}
	}
}

// post runs f on the Serve goroutine (never, once Serve has returned).
func (s *Server) post(f func()) {
	select {
	case s.events <- f:
	case <-s.done:
	}
}

// handle dispatches one message, answering requests.
func (s *Server) handle(m *message) {
	if m.Error != nil && m.Method == "" && len(m.ID) == 0 {
		s.conn.reply(json.RawMessage("null"), nil, m.Error)
		return
	}
	if m.Method == "" {
		return // a response to a request of ours: none are sent
	}
	s.msg = m
	result, err := s.dispatch(m)
	s.msg = nil
	if errors.Is(err, errLater) {
		return
	}
	if m.isRequest() {
		if err := s.conn.reply(m.ID, result, err); err != nil {
			fmt.Fprintf(s.opts.Log, "runa2go lsp: writing a response: %v\n", err)
		}
	} else if err != nil {
		fmt.Fprintf(s.opts.Log, "runa2go lsp: %s: %v\n", m.Method, err)
	}
}

// dispatch runs the handler of m's method.
func (s *Server) dispatch(m *message) (result any, err error) {
	defer func() {
		if r := recover(); r != nil {
			result, err = nil, &rpcError{Code: codeInternalError, Message: fmt.Sprintf("internal error in runa2go: %v (please report this bug)", r)}
		}
	}()
	switch m.Method {
	case "initialize":
		return s.initialize(m.Params)
	case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration", "textDocument/didSave":
		return nil, nil
	case "shutdown":
		s.shutdown = true
		return nil, nil
	}
	if !s.initialized {
		return nil, &rpcError{Code: codeNotInitialized, Message: "the server is not initialized"}
	}
	if s.shutdown && m.isRequest() {
		return nil, &rpcError{Code: codeInvalidRequest, Message: "the server is shutting down"}
	}
	switch m.Method {
	case "textDocument/didOpen":
		return nil, s.didOpen(m.Params)
	case "textDocument/didChange":
		return nil, s.didChange(m.Params)
	case "textDocument/didClose":
		return nil, s.didClose(m.Params)
	case "textDocument/hover":
		return s.hover(m.Params)
	case "textDocument/inlayHint":
		return s.inlayHints(m.Params)
	case "textDocument/definition":
		return s.definition(m.Params)
	case "textDocument/references":
		return s.references(m.Params)
	case "textDocument/documentHighlight":
		return s.highlights(m.Params)
	case "textDocument/documentSymbol":
		return s.symbols(m.Params)
	case "textDocument/completion":
		return s.completion(m.Params)
	case "textDocument/formatting":
		return s.formatting(m.Params)
	case "textDocument/prepareRename":
		return s.prepareRename(m.Params)
	case "textDocument/rename":
		return s.rename(m.Params)
	case "textDocument/codeAction":
		return s.codeActions(m.Params)
	}
	if m.isRequest() {
		return nil, &rpcError{Code: codeMethodNotFound, Message: "method not supported: " + m.Method}
	}
	return nil, nil
}

func (s *Server) initialize(raw json.RawMessage) (any, error) {
	var p initializeParams
	if err := unmarshalParams(raw, &p); err != nil {
		return nil, err
	}
	encs := p.Capabilities.General.PositionEncodings
	switch {
	case slices.Contains(encs, encUTF8):
		s.enc = encUTF8
	case slices.Contains(encs, encUTF32):
		s.enc = encUTF32
	default:
		s.enc = encUTF16
	}
	s.refreshHints = p.Capabilities.Workspace.InlayHint.RefreshSupport
	if o := p.InitializationOptions; o != nil && o.DebounceMS != nil && *o.DebounceMS >= 0 {
		s.debounce = time.Duration(*o.DebounceMS) * time.Millisecond
	}
	s.initialized = true
	return initializeResult{
		ServerInfo: serverInfo{Name: "runa2go", Version: s.opts.Version},
		Capabilities: serverCapabilities{
			PositionEncoding:           s.enc,
			TextDocumentSync:           textDocumentSync{OpenClose: true, Change: 2},
			HoverProvider:              true,
			DefinitionProvider:         true,
			ReferencesProvider:         true,
			DocumentHighlightProvider:  true,
			DocumentSymbolProvider:     true,
			DocumentFormattingProvider: true,
			RenameProvider:             renameOptions{PrepareProvider: true},
			CompletionProvider:         completionOptions{TriggerCharacters: []string{".", " "}},
			InlayHintProvider:          true,
			CodeActionProvider:         codeActionOptions{CodeActionKinds: []string{"quickfix"}},
		},
	}, nil
}

// fileName returns the name diagnostics use for a document URI: the
// file's base name, or the URI itself when it is not a file URI.
func fileName(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Path == "" {
		return uri
	}
	return path.Base(u.Path)
}

func (s *Server) didOpen(raw json.RawMessage) error {
	var p didOpenParams
	if err := unmarshalParams(raw, &p); err != nil {
		return err
	}
	if old := s.docs[p.TextDocument.URI]; old != nil {
		s.close(old)
	}
	d := &document{uri: p.TextDocument.URI, name: fileName(p.TextDocument.URI), version: p.TextDocument.Version, text: newText(p.TextDocument.Text), inc: newIncremental()}
	s.docs[d.uri] = d
	s.analyzeNow(d)
	// Learn the parts of the text now, for the first change.
	s.startIncremental(d)
	return nil
}

func (s *Server) didChange(raw json.RawMessage) error {
	var p didChangeParams
	if err := unmarshalParams(raw, &p); err != nil {
		return err
	}
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return fmt.Errorf("change of a document that is not open: %s", p.TextDocument.URI)
	}
	for _, c := range p.ContentChanges {
		var e edit
		d.text, e = d.text.apply(c.Range, c.Text, s.enc)
		e.version = p.TextDocument.Version
		d.edits = append(d.edits, e)
	}
	d.version = p.TextDocument.Version
	s.schedule(d)
	return nil
}

func (s *Server) didClose(raw json.RawMessage) error {
	var p didCloseParams
	if err := unmarshalParams(raw, &p); err != nil {
		return err
	}
	if d := s.docs[p.TextDocument.URI]; d != nil {
		s.close(d)
		s.conn.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: d.uri, Diagnostics: []Diagnostic{}})
	}
	return nil
}

func (s *Server) close(d *document) {
	d.closed = true
	if d.timer != nil {
		d.timer.Stop()
	}
	delete(s.docs, d.uri)
	d.running, d.fullPending = false, false
	s.answerWaiting(d)
}

// schedule starts an analysis of d once it has not changed for the
// debounce delay: the incremental diagnostics at once, the check of the
// whole file (for the index) once d has not changed for fullDelay more,
// or at once when the incremental check cannot answer.
func (s *Server) schedule(d *document) {
	if d.timer != nil {
		d.timer.Stop()
	}
	// Until the whole file is checked again, hover and definition wait
	// where the last analysis cannot answer (later).
	d.fullPending = true
	d.fullGen++
	if s.debounce == 0 {
		s.startIncremental(d)
		return
	}
	d.timer = time.AfterFunc(s.debounce, func() { s.post(func() { s.startIncremental(d) }) })
}

// fullDelay is how long the check of the whole file waits, after the
// incremental diagnostics, for the text to stop changing: while one types,
// the CPU goes to the diagnostics of each version.
const fullDelay = 300 * time.Millisecond

// scheduleFull starts the check of the whole file after fullDelay, unless
// d changes again meanwhile.
func (s *Server) scheduleFull(d *document, gen int) {
	time.AfterFunc(fullDelay, func() {
		s.post(func() {
			if gen == d.fullGen {
				s.startFull(d)
			}
		})
	})
}

// startFull starts the check of the whole file now.
func (s *Server) startFull(d *document) {
	if d.fullPending {
		d.fullPending = false
		s.start(d)
	}
}

// startIncremental computes the diagnostics of the current version of d
// from its parts in the background, and publishes them unless a check of
// the whole file was faster or a newer version is out; when it cannot
// answer, the check of the whole file (start) does.
func (s *Server) startIncremental(d *document) {
	if d.closed {
		return
	}
	if d.incRunning {
		d.incAgain = true
		return
	}
	d.incRunning = true
	t, version, gen := d.text, d.version, d.fullGen
	go func() {
		diags, ok := d.inc.diagnostics(t.s)
		s.post(func() {
			d.incRunning = false
			if !d.closed {
				switch {
				case !ok && gen == d.fullGen:
					s.startFull(d)
				case ok:
					s.offer(d, &analysis{version: version, text: t, diags: diags}, false)
					if gen == d.fullGen {
						s.scheduleFull(d, gen)
					}
				}
			}
			if d.incAgain {
				d.incAgain = false
				s.startIncremental(d)
			}
		})
	}()
}

// offer publishes the diagnostics of a, found by a check of the whole
// file (full) or incrementally, when they are news: of a newer version
// than the last published, or of the same version from a check of the
// whole file that disagrees with an incremental answer (logged: it is a
// bug of incremental.go).
func (s *Server) offer(d *document, a *analysis, full bool) {
	if p := d.pub; p != nil {
		switch {
		case a.version < p.version:
			return
		case a.version == p.version:
			if !full || d.pubFull || sameDiags(a.diags, p.diags) {
				if full {
					d.pubFull = true
				}
				return
			}
			fmt.Fprintf(s.opts.Log, "runa2go lsp: %s version %d: the incremental diagnostics differ from the whole file's (a bug; please report it)\n", d.uri, a.version)
		}
	}
	s.publish(d, a)
	d.pub, d.pubFull = a, full
}

// start analyzes the current version of d in the background; when one
// is already running, another follows it.
func (s *Server) start(d *document) {
	if d.closed {
		return
	}
	if d.running {
		d.again = true
		return
	}
	d.running = true
	name, t, version := d.name, d.text, d.version
	go func() {
		a := analyze(name, t, version, moduleReader(d.uri))
		a.indexed = make(chan struct{})
		// The diagnostics go out before the index is built; a request
		// that comes meanwhile waits for the index (see view).
		s.post(func() {
			if !d.closed && (d.last == nil || d.last.version < a.version) {
				s.offer(d, a, true)
				if a.prog != nil {
					d.indexing = a
				}
			}
		})
		a.index()
		close(a.indexed)
		s.post(func() {
			d.running = false
			s.install(d, a)
			s.answerWaiting(d)
			if d.again {
				d.again = false
				s.start(d)
			}
		})
	}()
}

// analyzeNow analyzes the current version of d on the Serve goroutine.
func (s *Server) analyzeNow(d *document) {
	a := analyze(d.name, d.text, d.version, moduleReader(d.uri))
	a.index()
	s.install(d, a)
}

// install records a finished analysis of d and publishes its diagnostics,
// unless a newer one was installed meanwhile.
func (s *Server) install(d *document, a *analysis) {
	if d.indexing == a {
		d.indexing = nil
	}
	if d.closed || (d.last != nil && a.version < d.last.version) || d.last == a {
		return
	}
	if d.last != nil && a.version == d.last.version {
		return // already analyzed (analyzeNow overtook a background run)
	}
	d.last = a
	if a.prog != nil {
		d.good = a
		i := 0
		for i < len(d.edits) && d.edits[i].version <= a.version {
			i++
		}
		d.edits = append([]edit(nil), d.edits[i:]...)
	}
	s.offer(d, a, true)
	if a.prog != nil && s.refreshHints {
		s.lastID++
		s.conn.request(s.lastID, "workspace/inlayHint/refresh")
	}
}

// view returns the latest checked analysis of d and the edits made since,
// analyzing d first when it was never analyzed; nil when the document has
// never checked without errors.
func (s *Server) view(uri string) (*document, *analysis, error) {
	d := s.docs[uri]
	if d == nil {
		return nil, nil, &rpcError{Code: codeInvalidParams, Message: "document not open: " + uri}
	}
	s.settle(d)
	if d.last == nil {
		s.analyzeNow(d)
	}
	return d, d.good, nil
}

// settle installs the analysis whose index is being built, waiting for it.
func (s *Server) settle(d *document) {
	if a := d.indexing; a != nil {
		<-a.indexed
		s.install(d, a)
	}
}

// current returns an analysis of d's current version (not necessarily
// checked), analyzing it now when needed.
func (s *Server) current(d *document) *analysis {
	s.settle(d)
	if d.last == nil || d.last.version != d.version {
		s.analyzeNow(d)
	}
	return d.last
}

// fresh returns an analysis of d's current version, analyzing it now if
// needed (for edits that must not rest on a stale index).
func (s *Server) fresh(uri string) (*document, *analysis, error) {
	d := s.docs[uri]
	if d == nil {
		return nil, nil, &rpcError{Code: codeInvalidParams, Message: "document not open: " + uri}
	}
	return d, s.current(d), nil
}
