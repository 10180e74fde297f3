// The Runa extension: starts `runa2go lsp` for Runa files and connects it
// to VS Code through vscode-languageclient (stdio transport).
"use strict";

const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration("runa.server");
  const command = config.get("path", "runa2go");
  const server = { command, args: ["lsp"] };
  client = new LanguageClient(
    "runa",
    "Runa (runa2go lsp)",
    { run: server, debug: server },
    {
      documentSelector: [{ scheme: "file", language: "runa" }, { scheme: "untitled", language: "runa" }],
      initializationOptions: { debounceMs: config.get("debounceMs", 150) },
    }
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
