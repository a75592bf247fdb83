// Front matter: the YAML block between two "---" lines at the start of a
// Markdown or text file (after an optional BOM), as static-site generators and
// news CMS exports write it:
//
//   ---
//   title: Japarov signs the budget
//   date: 2024-03-05
//   outlet: 24.kg
//   ---
//
// FrontMatterEnd() gives the byte offset just past the closing line (0 when there
// is none); ReadFrontMatter() the top-level `key: value` pairs (keys lower-cased,
// one level of quotes removed; nested and list values are skipped). In a plain
// text file a block counts only when every line of it is a `key: value` pair, an
// indented line or a list item, so prose that starts with a rule is not eaten.
// Pure functions; thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace translint {

size_t FrontMatterEnd(std::string_view text, bool strict);
std::map<std::string, std::string> ReadFrontMatter(std::string_view text, bool strict);

}  // namespace translint
