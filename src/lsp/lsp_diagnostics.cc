// LanguageServer: positions and diagnostics in LSP's terms.
#include <algorithm>

#include "lsp/server.h"
#include "lsp/uri.h"
#include "text/line_index.h"

namespace translint {

using nlohmann::json;

namespace {

// LSP's DiagnosticSeverity.
int SeverityCode(Severity severity) {
  switch (severity) {
    case Severity::kError: return 1;
    case Severity::kWarning: return 2;
    default: return 3;
  }
}

}  // namespace

const LineIndex& LanguageServer::OpenDocument::lines() const {
  if (!lines_) lines_ = std::make_unique<LineIndex>(text);
  return *lines_;
}

void LanguageServer::OpenDocument::SetText(std::string new_text) {
  lines_.reset();
  text = std::move(new_text);
}

void LanguageServer::OpenDocument::Replace(size_t begin, size_t end, const std::string& replacement) {
  lines_.reset();
  text.replace(begin, end - begin, replacement);
}

json LanguageServer::RangeOf(const OpenDocument& doc, Span span) const {
  const LineIndex& lines = doc.lines();
  const auto position = [&](size_t offset) {
    offset = std::min(offset, doc.text.size());
    const Position p = lines.PositionOf(offset);
    const size_t character =
        utf8_ ? offset - lines.OffsetOf(p.line - 1, 0, LineIndex::Unit::kByte) : p.utf16_column - 1;
    return json{{"line", p.line - 1}, {"character", character}};
  };
  return {{"start", position(span.begin)}, {"end", position(span.end)}};
}

size_t LanguageServer::OffsetOf(const OpenDocument& doc, const json& position) const {
  if (!position.is_object()) return doc.text.size();
  const auto number = [&](const char* key) -> size_t {
    const auto it = position.find(key);
    return it != position.end() && it->is_number_unsigned() ? it->get<size_t>() : 0;
  };
  return doc.lines().OffsetOf(number("line"), number("character"),
                              utf8_ ? LineIndex::Unit::kByte : LineIndex::Unit::kUtf16);
}

json LanguageServer::ToLsp(const OpenDocument& doc, const Diagnostic& d) const {
  json out = {{"range", RangeOf(doc, d.location.span)},
              {"severity", SeverityCode(d.severity)},
              {"code", d.check},
              {"codeDescription", {{"href", std::string(TRANSLINT_HOMEPAGE) + "#checks"}}},
              {"source", "translint"},
              {"message", d.message}};
  json related = json::array();
  for (const Note& note : d.notes) {
    const Location& at = note.location;
    const OpenDocument* other = at.path.empty() || at.path == d.location.path ? &doc : ByPath(at.path);
    // A place in a file that is not open keeps the positions the finding carries.
    const auto column = [&](const Position& p, size_t byte_column) { return utf8_ ? byte_column - 1 : p.utf16_column - 1; };
    json range = other != nullptr
                     ? RangeOf(*other, at.span)
                     : json{{"start", {{"line", at.start.line - 1}, {"character", column(at.start, StartByteColumn(at))}}},
                            {"end", {{"line", at.end.line - 1}, {"character", column(at.end, EndByteColumn(at))}}}};
    related.push_back({{"location", {{"uri", other != nullptr ? other->uri : PathToUri(at.path)}, {"range", range}}},
                       {"message", note.message}});
  }
  if (!related.empty()) out["relatedInformation"] = std::move(related);
  return out;
}

}  // namespace translint
