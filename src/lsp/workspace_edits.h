// Workspace edits of the project's own files (configuration, word lists, rule
// tables) for the quick fixes that change the project rather than the document:
// LSP TextDocumentEdits and CreateFile operations, positions in the client's
// position encoding (`utf8`: bytes, else UTF-16 code units).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace translint {

// An edit that inserts `text` at a 0-based line and character of the file `uri`.
nlohmann::json InsertAt(const std::string& uri, size_t line, size_t character, const std::string& text);
// An edit that adds `text` at the end of `file`, whose text is `existing` (after a line break it lacks).
nlohmann::json AppendTo(const std::string& file, const std::string& existing, const std::string& text, bool utf8);
// Creates `file` unless it exists.
nlohmann::json CreateFile(const std::string& file);
// The LSP character count of `prefix` (bytes, or UTF-16 code units).
size_t Characters(std::string_view prefix, bool utf8);
// `text` split at "\n" (each line without it; a "\r" before it stays).
std::vector<std::string_view> SplitLines(std::string_view text);
// `text` as a YAML flow scalar: plain when it can be, else double-quoted.
std::string YamlScalar(std::string_view text);

}  // namespace translint
