// LanguageServer::AddWordAction: "Add WORD to the project word list" for a
// spelling/unknown-word finding — a workspace edit of the project's files that
// the editor shows and the user saves; saving reloads the configuration, and the
// finding goes.
//  - The configuration names a word list (`spelling: wordlist:`): the word is
//    appended to the first one.
//  - Else the word list `.translint-words.txt` is created beside the nearest
//    `.translint.yaml` and named in it: under its `spelling:` line when it has a
//    block one, else in a `spelling:` section appended at its end; with no
//    configuration at all, `.translint.yaml` is created in the document's folder.
//  A `spelling:` written in flow style (`spelling: {...}`) gets no action: that
//  edit could not be made without rewriting the user's YAML.
#include <filesystem>

#include "base/file_io.h"
#include "lsp/server.h"
#include "lsp/uri.h"
#include "lsp/workspace_edits.h"

namespace translint {

using nlohmann::json;

namespace {

constexpr char kWordList[] = ".translint-words.txt";

// The 0-based line of a block-style top-level "spelling:" key, -1 when there is
// none, -2 when it is written in flow style.
int SpellingLine(const std::string& config) {
  const std::vector<std::string_view> lines = SplitLines(config);
  for (size_t line = 0; line < lines.size(); ++line) {
    if (lines[line].rfind("spelling:", 0) != 0) continue;
    std::string_view rest = lines[line].substr(9);
    rest = rest.substr(0, rest.find('#'));
    return rest.find_first_not_of(" \t\r") == std::string_view::npos ? static_cast<int>(line) : -2;
  }
  return -1;
}

}  // namespace

std::optional<json> LanguageServer::AddWordAction(const OpenDocument& doc, const Diagnostic& d,
                                                  const json& diagnostic) {
  const Linter* linter = LinterFor(doc);
  if (linter == nullptr || d.text.empty()) return std::nullopt;
  const Config& config = linter->config();
  const std::string word = d.text + "\n";
  json changes = json::array();
  if (!config.wordlists.empty()) {
    const std::string& list = config.wordlists.front();
    Result<std::string> existing = ReadFile(list);
    if (!existing.ok()) changes.push_back(CreateFile(list));
    changes.push_back(AppendTo(list, existing.ok() ? *existing : "", word, utf8_));
  } else {
    const std::filesystem::path folder = config.path.empty() ? std::filesystem::path(doc.path).parent_path()
                                                             : std::filesystem::path(config.path).parent_path();
    const std::string config_path = config.path.empty() ? (folder / kConfigFileName).string() : config.path;
    Result<std::string> existing = ReadFile(config_path);
    const std::string text = existing.ok() ? *existing : "";
    const int spelling = SpellingLine(text);
    if (spelling == -2) return std::nullopt;
    const std::string list = (folder / kWordList).string();
    Result<std::string> words = ReadFile(list);
    if (!words.ok()) changes.push_back(CreateFile(list));
    changes.push_back(AppendTo(list, words.ok() ? *words : "", word, utf8_));
    if (!existing.ok()) changes.push_back(CreateFile(config_path));
    changes.push_back(spelling >= 0 ? InsertAt(PathToUri(config_path), spelling + 1, 0,
                                               std::string("  wordlist: ") + kWordList + "\n")
                                    : AppendTo(config_path, text, std::string("spelling:\n  wordlist: ") + kWordList + "\n", utf8_));
  }
  return json{{"title", "Add “" + d.text + "” to the project word list"},
              {"kind", "quickfix"},
              {"diagnostics", json::array({diagnostic})},
              {"edit", {{"documentChanges", std::move(changes)}}}};
}

}  // namespace translint
