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

json LanguageServer::RangeOf(const std::string& text, Span span) const {
  const LineIndex lines(text);
  const auto position = [&](size_t offset) {
    offset = std::min(offset, text.size());
    const Position p = lines.PositionOf(offset);
    const size_t character =
        utf8_ ? offset - lines.OffsetOf(p.line - 1, 0, LineIndex::Unit::kByte) : p.utf16_column - 1;
    return json{{"line", p.line - 1}, {"character", character}};
  };
  return {{"start", position(span.begin)}, {"end", position(span.end)}};
}

size_t LanguageServer::OffsetOf(const std::string& text, const json& position) const {
  if (!position.is_object()) return text.size();
  const auto number = [&](const char* key) -> size_t {
    const auto it = position.find(key);
    return it != position.end() && it->is_number_unsigned() ? it->get<size_t>() : 0;
  };
  return LineIndex(text).OffsetOf(number("line"), number("character"),
                                  utf8_ ? LineIndex::Unit::kByte : LineIndex::Unit::kUtf16);
}

json LanguageServer::ToLsp(const OpenDocument& doc, const Diagnostic& d) const {
  json out = {{"range", RangeOf(doc.text, d.location.span)},
              {"severity", SeverityCode(d.severity)},
              {"code", d.check},
              {"codeDescription", {{"href", std::string(TRANSLINT_HOMEPAGE) + "#checks"}}},
              {"source", "translint"},
              {"message", d.message}};
  json related = json::array();
  for (const Note& note : d.notes) {
    const Location& at = note.location;
    const bool same = at.path == d.location.path || at.path.empty();
    // A place in another file keeps the positions the finding carries.
    const auto column = [&](const Position& p, size_t byte_column) { return utf8_ ? byte_column - 1 : p.utf16_column - 1; };
    json range = same ? RangeOf(doc.text, at.span)
                      : json{{"start", {{"line", at.start.line - 1}, {"character", column(at.start, StartByteColumn(at))}}},
                             {"end", {{"line", at.end.line - 1}, {"character", column(at.end, EndByteColumn(at))}}}};
    related.push_back({{"location", {{"uri", same ? doc.uri : PathToUri(at.path)}, {"range", range}}},
                       {"message", note.message}});
  }
  if (!related.empty()) out["relatedInformation"] = std::move(related);
  return out;
}

}  // namespace translint
