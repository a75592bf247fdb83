// LanguageServer: translint's Language Server Protocol 3.17 server — the
// editor's front end to the Linter, like src/cli/ is the shell's.
//
// Handle() takes one JSON-RPC message body and sends what it answers (responses,
// publishDiagnostics, showMessage) through the `send` callback, on the calling
// thread. It handles the lifecycle (initialize with positionEncoding negotiated:
// UTF-8 when the client offers it, else UTF-16; initialized, shutdown, exit,
// $/cancelRequest), text documents (didOpen, didChange with full or incremental
// changes, didSave, didClose), textDocument/codeAction (the sure fix as the
// preferred quick fix, each suggestion, "disable CHECK for this line") and
// textDocument/hover (the entity card of a name mention). Malformed messages,
// unknown methods and out-of-range positions get error responses or are
// ignored; nothing a client sends makes it throw or stop.
//
// Changes only mark a document stale; Publish() checks the stale documents and
// sends their diagnostics. RunLanguageServer calls it whenever no message is
// waiting, so a burst of keystrokes is checked once (the debounce). Not
// thread-safe: one thread calls Handle() and Publish().
#pragma once

#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/workspace.h"
#include "lint/linter.h"

namespace translint {

class LanguageServer {
 public:
  using Send = std::function<void(const nlohmann::json&)>;
  explicit LanguageServer(Send send);

  void Handle(const std::string& body);
  // Checks every document changed since its last diagnostics and publishes them.
  void Publish();
  bool exited() const { return exited_; }
  // The process exit code after `exit`: 0 when `shutdown` came first, else 1.
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  struct OpenDocument {
    std::string uri;
    std::string path;  // of the file, or where an unsaved buffer would be

    std::string language_id;
    std::string text;
    int64_t version = 0;
    bool stale = true;
    std::vector<Diagnostic> diagnostics;  // of the last check
  };

  void Dispatch(const nlohmann::json& message);
  nlohmann::json Initialize(const nlohmann::json& params);
  void DidOpen(const nlohmann::json& params);
  void DidChange(const nlohmann::json& params);
  void DidClose(const nlohmann::json& params);
  void DidSave(const nlohmann::json& params);
  void DidChangeWatchedFiles(const nlohmann::json& params);
  // Loads the configurations and rule tables again (one changed on disk) and checks every open document.
  void Reload();
  // Shows why a configuration or rule table cannot load: a message, and an
  // error diagnostic on the file and line the Status names.
  void ShowConfigProblem(const std::string& message);
  nlohmann::json CodeActions(const nlohmann::json& params);
  nlohmann::json Hover(const nlohmann::json& params);
  // "Add WORD to the project word list" for a spelling finding (project_actions.cc).
  std::optional<nlohmann::json> AddWordAction(const OpenDocument& doc, const Diagnostic& d,
                                              const nlohmann::json& diagnostic);

  // The open document a request's params name, or nullptr.
  OpenDocument* Find(const nlohmann::json& params);
  // Checks `doc` into its diagnostics; a configuration that cannot load is shown to the user.
  void Check(OpenDocument* doc);
  const Linter* LinterFor(const OpenDocument& doc);
  // LSP positions (0-based line and `encoding_` character) <-> byte offsets of `text`.
  nlohmann::json RangeOf(const std::string& text, Span span) const;
  size_t OffsetOf(const std::string& text, const nlohmann::json& position) const;
  nlohmann::json ToLsp(const OpenDocument& doc, const Diagnostic& d) const;

  Send send_;
  Options options_;
  std::unique_ptr<Workspace> workspace_;
  std::map<std::string, OpenDocument> documents_;  // by URI
  std::set<std::string> config_problems_;           // messages already shown
  std::set<std::string> problem_uris_;              // configuration files with a published problem
  bool utf8_ = false;  // positionEncoding "utf-8" (else "utf-16")
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
};

// Serves one client over `in` and `out` until `exit` or the end of `in`;
// returns the process exit code.
int RunLanguageServer(std::istream& in, std::ostream& out);

}  // namespace translint
