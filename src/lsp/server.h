// LanguageServer: translint's Language Server Protocol 3.17 server — the
// editor's front end to the Linter, like src/cli/ is the shell's.
//
// Handle() takes one JSON-RPC message body and sends what it answers (responses,
// publishDiagnostics, showMessage) through the `send` callback, on the calling
// thread. It handles the lifecycle (initialize with positionEncoding negotiated:
// UTF-8 when the client offers it, else UTF-16; initialized, shutdown, exit,
// $/cancelRequest), text documents (didOpen, didChange with full or incremental
// changes, didSave, didClose), textDocument/codeAction (the sure fix as the
// preferred quick fix, each suggestion, "add WORD to the project word list",
// "add SPELLING as a variant of ENTITY", "disable CHECK for this line") and
// textDocument/hover (the entity card of a name mention). Malformed messages,
// unknown methods and out-of-range positions get error responses or are
// ignored; nothing a client sends makes it throw or stop.
//
// Changes only mark a document stale; Publish() checks the stale documents,
// runs the checks across all the open documents (names written one way here and
// another way there, with relatedInformation in the other document) and sends the
// diagnostics of each document checked or whose findings across documents
// changed. RunLanguageServer calls it whenever no message is waiting, so a burst
// of keystrokes is checked once (the debounce). A document's format is its
// path's, else its languageId's (an unsaved "markdown" buffer); its language is
// the one it declares, else a languageId that names one ("de"), else the
// configuration's. A document over kMaxLiveBytes is checked when opened and
// saved, not as the user types. Not thread-safe: one thread calls Handle() and
// Publish().
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
#include "text/line_index.h"

namespace translint {

class LanguageServer {
 public:
  // A larger document is checked when it is opened or saved, not after every change.
  static constexpr size_t kMaxLiveBytes = size_t{4} << 20;

  using Send = std::function<void(const nlohmann::json&)>;
  explicit LanguageServer(Send send);
  // Starts with `workspace` and the Linters it has built (a test or fuzz target
  // runs many servers with one); a reload replaces it with a new one.
  LanguageServer(Send send, std::shared_ptr<Workspace> workspace);

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
    // What the languageId says when the path does not: "markdown", "html",
    // "jsonl", "plaintext"; or a language translint checks ("de") for the text.
    std::optional<InputFormat> format;
    std::string language;  // "" = the configuration's
    std::string text;
    int64_t version = 0;
    bool stale = true;
    std::vector<Diagnostic> own;           // of its last check
    std::vector<DocumentRecord> records;   // of its last check, for the checks across documents
    std::vector<Diagnostic> across;        // the findings across the open documents that are its
    std::vector<Diagnostic> diagnostics;   // own and across, in order: what was published
    nlohmann::json published;              // as sent
    bool said_huge = false;                // the user knows it is not checked as they type

    // `text` by line, built when first needed after a change.
    const LineIndex& lines() const;
    void SetText(std::string new_text);
    void Replace(size_t begin, size_t end, const std::string& replacement);

   private:
    mutable std::unique_ptr<LineIndex> lines_;
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
  // "Add SPELLING as a variant of ENTITY" for a names/unlisted-spelling finding (variant_action.cc).
  std::optional<nlohmann::json> AddVariantAction(const OpenDocument& doc, const Diagnostic& d,
                                                 const nlohmann::json& diagnostic);

  // The open document a request's params name, or nullptr.
  OpenDocument* Find(const nlohmann::json& params);
  // Checks `doc` into its own findings and records; a configuration that cannot load is shown to the user.
  void Check(OpenDocument* doc);
  // The documents of `doc` as its Linter reads them.
  DocumentBatch Read(const OpenDocument& doc, const Linter& linter, std::vector<Diagnostic>* problems) const;
  // Runs the checks across the open documents and gives each document its findings.
  void CheckAcross();
  // The open document whose text a finding's path names, or nullptr.
  const OpenDocument* ByPath(const std::string& path) const;
  const Linter* LinterFor(const OpenDocument& doc);
  // LSP positions (0-based line and `encoding_` character) <-> byte offsets of the document's text.
  nlohmann::json RangeOf(const OpenDocument& doc, Span span) const;
  size_t OffsetOf(const OpenDocument& doc, const nlohmann::json& position) const;
  nlohmann::json ToLsp(const OpenDocument& doc, const Diagnostic& d) const;

  Send send_;
  Options options_;
  std::shared_ptr<Workspace> workspace_;
  std::map<std::string, OpenDocument> documents_;  // by URI
  std::set<std::string> config_problems_;           // messages already shown
  std::set<std::string> problem_uris_;              // configuration files with a published problem
  bool across_stale_ = false;  // a document closed: the findings across documents change
  bool utf8_ = false;  // positionEncoding "utf-8" (else "utf-16")
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
};

// Serves one client over `in` and `out` until `exit` or the end of `in`;
// returns the process exit code.
int RunLanguageServer(std::istream& in, std::ostream& out);

}  // namespace translint
