#include "diag/diagnostic.h"

#include <algorithm>
#include <tuple>

#include "base/utf8.h"

namespace translint {

namespace {

constexpr size_t kExcerptBefore = 60;  // bytes of context before the finding
constexpr size_t kExcerptBytes = 240;  // an excerpt's most bytes

// Moves `at` back to the start of the UTF-8 sequence it is inside.
size_t CodePointStart(std::string_view text, size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

}  // namespace

void SetExcerpt(std::string_view line, size_t offset_in_line, Location* location) {
  offset_in_line = std::min(offset_in_line, line.size());
  size_t begin = 0;
  size_t end = line.size();
  if (line.size() > kExcerptBytes) {
    begin = CodePointStart(line, offset_in_line > kExcerptBefore ? offset_in_line - kExcerptBefore : 0);
    end = CodePointStart(line, std::min(line.size(), begin + kExcerptBytes));
  }
  location->line_text = ToValidUtf8(line.substr(begin, end - begin));
  const size_t skipped = CountCodePoints(line.substr(begin, offset_in_line - begin));
  location->excerpt_column = location->start.column > skipped ? location->start.column - skipped : 1;
  location->excerpt_cut = end < line.size();
}

Location LocationOf(const Document& document, Span span) {
  Location location;
  location.path = document.path();
  location.span = document.SourceSpan(span);
  location.start = document.SourcePosition(span.begin, false);
  location.end = document.SourcePosition(span.end, true);
  const std::string_view line = document.SourceLineAt(span.begin);
  const std::string_view source = document.source_text();
  const char* at = source.data() + std::min(location.span.begin - document.source_offset(), source.size());
  const bool inside = at >= line.data() && at <= line.data() + line.size();
  SetExcerpt(line, inside ? static_cast<size_t>(at - line.data()) : 0, &location);
  return location;
}

bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.location.path, a.location.span.begin, a.location.span.end, a.check, a.message) <
         std::tie(b.location.path, b.location.span.begin, b.location.span.end, b.check, b.message);
}

}  // namespace translint
