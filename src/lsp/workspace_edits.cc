#include "lsp/workspace_edits.h"

#include "base/utf8.h"
#include "lsp/uri.h"

namespace translint {

using nlohmann::json;

json InsertAt(const std::string& uri, size_t line, size_t character, const std::string& text) {
  const json at = {{"line", line}, {"character", character}};
  return {{"textDocument", {{"uri", uri}, {"version", nullptr}}},
          {"edits", {{{"range", {{"start", at}, {"end", at}}}, {"newText", text}}}}};
}

json AppendTo(const std::string& file, const std::string& existing, const std::string& text, bool utf8) {
  const std::vector<std::string_view> lines = SplitLines(existing);
  const std::string_view tail = lines.back();
  return InsertAt(PathToUri(file), lines.size() - 1, Characters(tail, utf8), (tail.empty() ? "" : "\n") + text);
}

json CreateFile(const std::string& file) {
  return {{"kind", "create"}, {"uri", PathToUri(file)}, {"options", {{"ignoreIfExists", true}}}};
}

size_t Characters(std::string_view prefix, bool utf8) { return utf8 ? prefix.size() : CountUtf16Units(prefix); }

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t at = 0;
  for (;;) {
    const size_t end = text.find('\n', at);
    lines.push_back(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
    if (end == std::string_view::npos) return lines;
    at = end + 1;
  }
}

std::string YamlScalar(std::string_view text) {
  bool plain = !text.empty() && text.front() != ' ' && text.back() != ' ' &&
               std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) == std::string_view::npos;
  for (char c : text) plain = plain && std::string_view(":#,[]{}\"'\\\t\r\n").find(c) == std::string_view::npos;
  if (plain) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') quoted += '\\';
    if (c == '\n' || c == '\r' || c == '\t') {
      quoted += ' ';
      continue;
    }
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace translint
