#include "text/front_matter.h"

#include <cctype>

namespace translint {

namespace {

size_t LineEnd(std::string_view text, size_t pos) {
  const size_t nl = text.find('\n', pos);
  return nl == std::string_view::npos ? text.size() : nl + 1;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// The key of a "key: value" line, or "" when the line is not one.
std::string_view KeyOf(std::string_view line) {
  const size_t colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos) return {};
  for (size_t i = 0; i < colon; ++i) {
    const unsigned char c = line[i];
    if (!std::isalnum(c) && c != '_' && c != '-') return {};
  }
  if (colon + 1 < line.size() && line[colon + 1] != ' ' && line[colon + 1] != '\t') return {};
  return line.substr(0, colon);
}

// Calls visit(line) for each line of the block; returns the end of the block
// (0 when there is no closed block, or, when strict, a line of another kind).
template <typename Visit>
size_t WalkBlock(std::string_view text, bool strict, Visit visit) {
  const size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  if (text.substr(start, 4) != "---\n" && text.substr(start, 5) != "---\r\n") return 0;
  size_t pos = LineEnd(text, start);
  while (pos < text.size()) {
    const size_t next = LineEnd(text, pos);
    std::string_view line = text.substr(pos, next - pos);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    if (line == "---" || line == "...") return next;
    const bool nested = !line.empty() && (line[0] == ' ' || line[0] == '\t' || line[0] == '-' || line[0] == '#');
    if (strict && !nested && KeyOf(line).empty() && !Trim(line).empty()) return 0;
    visit(line);
    pos = next;
  }
  return 0;
}

}  // namespace

size_t FrontMatterEnd(std::string_view text, bool strict) {
  return WalkBlock(text, strict, [](std::string_view) {});
}

std::map<std::string, std::string> ReadFrontMatter(std::string_view text, bool strict) {
  std::map<std::string, std::string> pairs;
  const size_t end = WalkBlock(text, strict, [&](std::string_view line) {
    const std::string_view key = KeyOf(line);
    if (key.empty()) return;
    std::string_view value = Trim(line.substr(key.size() + 1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
      value = value.substr(1, value.size() - 2);
    }
    std::string lower(key);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!value.empty()) pairs.emplace(lower, std::string(value));
  });
  if (end == 0) pairs.clear();
  return pairs;
}

}  // namespace translint
