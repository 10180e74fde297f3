package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// nvimScript drives Neovim's built-in LSP client (0.7 API, as Debian ships)
// through a session with `runa2go lsp`: diagnostics of an error, an edit
// that fixes it, a hover. It writes what it saw to $OUT.
const nvimScript = `
local out = {}
local function log(s) table.insert(out, s) end
vim.cmd("edit " .. os.getenv("RUNA_FILE"))
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({
  name = "runa2go",
  cmd = { os.getenv("RUNA2GO"), "lsp" },
  root_dir = vim.fn.getcwd(),
  init_options = { debounceMs = 20 },
})
vim.lsp.buf_attach_client(buf, id)
log("diagnosed " .. tostring(vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20)))
for _, d in ipairs(vim.diagnostic.get(buf)) do
  log(string.format("diag %d:%d %s %s", d.lnum, d.col, tostring(d.code), (d.message:gsub("\n", " | "))))
end
vim.api.nvim_buf_set_lines(buf, 4, 5, false, { "Display total" })
log("fixed " .. tostring(vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end, 20)))
local params = { textDocument = vim.lsp.util.make_text_document_params(buf), position = { line = 4, character = 10 } }
local res = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000)
for _, r in pairs(res or {}) do
  if r.result then log("hover " .. (r.result.contents.value:gsub("\n", " | "))) end
end
vim.fn.writefile(out, os.getenv("OUT"))
vim.lsp.stop_client(id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(id) == nil end, 20)
vim.cmd("qa!")
`

// TestNeovimSession runs the language server under a real editor:
// Neovim headless with its built-in LSP client. It skips when nvim is not
// installed (Debian: apt-get install neovim).
func TestNeovimSession(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim is not installed: the Neovim session test needs it (apt-get install neovim)")
	}
	server := runa2goCommand(t) // a runa2go on disk for Neovim to start
	dir := t.TempDir()
	file := filepath.Join(dir, "area.runa")
	must(t, os.WriteFile(file, []byte(strings.ReplaceAll(sessionSrc, "\n  Return", "\n    Return")), 0o644))
	script := filepath.Join(dir, "session.lua")
	must(t, os.WriteFile(script, []byte(nvimScript), 0o644))
	outFile := filepath.Join(dir, "out.txt")
	cmd := exec.Command(nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile "+script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "RUNA_FILE="+file, "RUNA2GO="+server.Path, "OUT="+outFile, "HOME="+dir, "XDG_STATE_HOME="+dir, "XDG_CACHE_HOME="+dir)
	done := make(chan error, 1)
	var output []byte
	go func() {
		var err error
		output, err = cmd.CombinedOutput()
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("nvim: %v\n%s", err, output)
		}
	case <-time.After(90 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("nvim did not finish\n%s", output)
	}
	got, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatalf("nvim wrote no results: %v\n%s", err, output)
	}
	text := string(got)
	t.Logf("Neovim saw:\n%s", text)
	for _, want := range []string{
		"diagnosed true",
		`diag 4:8 E232 unknown name "totl" | hint: did you mean "total"?`,
		"fixed true",
		"hover ```runa | total: Integer → int64 | ```",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("Neovim session lacks %q", want)
		}
	}
}
