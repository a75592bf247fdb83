// LanguageServer::AddVariantAction: "Add SPELLING as a variant of ENTITY" for a
// names/unlisted-spelling finding (a spelling that reads as a listed person's) —
// a workspace edit that lists the spelling, so the mention becomes a known
// variant (names/non-preferred then offers the house form as a sure fix).
//  - The entity is defined in one of the project's rule tables (`rules:` of the
//    configuration): the spelling joins the entity's `variants:` there — inside
//    a one-line `[...]` list, after the last item of a block list, or in a new
//    `variants: [...]` line under the entity's `id:`.
//  - It is defined in the shipped tables: the spelling goes into the
//    configuration's `variants:` section (entity id -> spellings), which is
//    created when missing; with no configuration, `.translint.yaml` is created
//    in the document's folder.
// YAML the edit cannot extend without rewriting it (a flow-style mapping, a
// block list under the entity id in the configuration) gets no action.
#include <algorithm>
#include <filesystem>

#include "base/file_io.h"
#include "check/prose_text.h"
#include "lsp/server.h"
#include "lsp/uri.h"
#include "lsp/workspace_edits.h"

namespace translint {

using nlohmann::json;

namespace {

struct Insertion {
  size_t line = 0, character = 0;
  std::string text;
};

size_t Indent(std::string_view line) { return std::min(line.find_first_not_of(' '), line.size()); }

// The line without a trailing comment and white space (a '#' inside quotes is
// taken for a comment too: then the edit is not offered).
std::string_view Content(std::string_view line) {
  line = line.substr(0, line.find(" #"));
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
  return line;
}

bool Blank(std::string_view line) {
  const std::string_view c = Content(line);
  return c.find_first_not_of(' ') == std::string_view::npos || c[Indent(c)] == '#';
}

// Where `item` goes into the one-line flow list that `value` (the text after
// "key:") of line `line` is, or nullopt when it is not one.
std::optional<Insertion> IntoFlowList(std::string_view whole_line, size_t line, const std::string& item, bool utf8) {
  const std::string_view content = Content(whole_line);
  const size_t colon = content.find(':');
  const size_t open = content.find_first_not_of(' ', colon + 1);
  if (open == std::string_view::npos || content[open] != '[' || content.back() != ']') return std::nullopt;
  const size_t close = content.size() - 1;
  const bool empty = content.substr(open + 1, close - open - 1).find_first_not_of(' ') == std::string_view::npos;
  return Insertion{line, Characters(whole_line.substr(0, close), utf8), (empty ? "" : ", ") + item};
}

// In a rule table: the entity whose `id:` key is at 1-based `line`:`column`.
std::optional<Insertion> IntoTable(const std::string& table, int line, int column, const std::string& item, bool utf8) {
  const std::vector<std::string_view> lines = SplitLines(table);
  if (line < 1 || column < 1 || static_cast<size_t>(line) > lines.size()) return std::nullopt;
  const size_t key_indent = column - 1, id_line = line - 1;
  if (lines[id_line].substr(key_indent, 3) != "id:") return std::nullopt;
  for (size_t l = id_line + 1; l < lines.size(); ++l) {
    const std::string_view text = lines[l];
    if (Blank(text)) continue;
    if (Indent(text) < key_indent) break;
    if (Indent(text) != key_indent || text.substr(key_indent, 9) != "variants:") continue;
    if (Content(text).size() > key_indent + 9) return IntoFlowList(text, l, item, utf8);
    // A block list: its items are indented deeper, or start with "- " at the key's indent.
    std::optional<size_t> item_indent, last;
    for (size_t i = l + 1; i < lines.size(); ++i) {
      const std::string_view t = lines[i];
      if (Blank(t)) continue;
      const size_t indent = Indent(t);
      if (indent < key_indent || (indent == key_indent && t.substr(indent, 2) != "- ")) break;
      if (!item_indent) item_indent = indent;
      last = i;
    }
    if (!last) return std::nullopt;
    return Insertion{*last + 1, 0, std::string(*item_indent, ' ') + "- " + item + "\n"};
  }
  return Insertion{id_line + 1, 0, std::string(key_indent, ' ') + "variants: [" + item + "]\n"};
}

// In a configuration: `id`'s list under a block `variants:` key. nullopt when the
// key is missing (the caller appends a section) or cannot be extended (`ok` false).
std::optional<Insertion> IntoConfig(const std::string& config, const std::string& id, const std::string& item,
                                    bool utf8, bool* ok) {
  *ok = true;
  const std::vector<std::string_view> lines = SplitLines(config);
  for (size_t l = 0; l < lines.size(); ++l) {
    if (lines[l].rfind("variants:", 0) != 0) continue;
    if (Content(lines[l]).size() > 9) break;  // flow style
    std::optional<size_t> child_indent;  // of the entries already there
    for (size_t i = l + 1; i < lines.size(); ++i) {
      const std::string_view t = lines[i];
      if (Blank(t)) continue;
      if (Indent(t) == 0) break;
      if (!child_indent) child_indent = Indent(t);
      if (t.substr(Indent(t), id.size() + 1) == id + ":") {
        std::optional<Insertion> into = IntoFlowList(t, i, item, utf8);
        *ok = into.has_value();
        return into;
      }
    }
    return Insertion{l + 1, 0, std::string(child_indent.value_or(2), ' ') + id + ": [" + item + "]\n"};
  }
  *ok = !std::any_of(lines.begin(), lines.end(), [](std::string_view t) { return t.rfind("variants:", 0) == 0; });
  return std::nullopt;
}

// Whether `file` is one of `rules` or inside one of those folders.
bool InRules(const std::string& file, const std::vector<std::string>& rules) {
  const std::filesystem::path f = std::filesystem::path(file).lexically_normal();
  for (const std::string& r : rules) {
    const std::filesystem::path rule = std::filesystem::path(r).lexically_normal();
    const auto [end, unused] = std::mismatch(rule.begin(), rule.end(), f.begin(), f.end());
    if (end == rule.end() || (std::next(end) == rule.end() && end->empty())) return true;  // "folder/" ends in ""
  }
  return false;
}

}  // namespace

std::optional<json> LanguageServer::AddVariantAction(const OpenDocument& doc, const Diagnostic& d,
                                                     const json& diagnostic) {
  const Linter* linter = LinterFor(doc);
  if (linter == nullptr || d.entity.empty()) return std::nullopt;
  const int index = linter->table().Find(d.entity);
  if (index < 0) return std::nullopt;
  const Entity& entity = linter->table().entities()[index];
  const Config& config = linter->config();
  const std::string spelling = CollapseWhitespace(d.text);
  const std::string item = YamlScalar(spelling);
  json changes = json::array();
  if (InRules(entity.where.file, config.rules)) {
    Result<std::string> table = ReadFile(entity.where.file);
    if (!table.ok()) return std::nullopt;
    const std::optional<Insertion> at = IntoTable(*table, entity.where.line, entity.where.column, item, utf8_);
    if (!at) return std::nullopt;
    changes.push_back(InsertAt(PathToUri(entity.where.file), at->line, at->character, at->text));
  } else {
    const std::string config_path = config.path.empty()
                                        ? (std::filesystem::path(doc.path).parent_path() / kConfigFileName).string()
                                        : config.path;
    Result<std::string> existing = ReadFile(config_path);
    const std::string text = existing.ok() ? *existing : "";
    bool ok = true;
    const std::optional<Insertion> at = IntoConfig(text, entity.id, item, utf8_, &ok);
    if (!ok) return std::nullopt;
    if (!existing.ok()) changes.push_back(CreateFile(config_path));
    changes.push_back(at ? InsertAt(PathToUri(config_path), at->line, at->character, at->text)
                         : AppendTo(config_path, text, "variants:\n  " + entity.id + ": [" + item + "]\n", utf8_));
  }
  return json{{"title", "Add “" + spelling + "” as a variant of " + entity.DisplayName()},
              {"kind", "quickfix"},
              {"diagnostics", json::array({diagnostic})},
              {"edit", {{"documentChanges", std::move(changes)}}}};
}

}  // namespace translint
