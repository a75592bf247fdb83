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
  location->line_begin = location->span.begin >= offset_in_line ? location->span.begin - offset_in_line : 0;
}

size_t StartByteColumn(const Location& l) { return l.span.begin - std::min(l.line_begin, l.span.begin) + 1; }

size_t EndByteColumn(const Location& l) {
  if (l.end.line == l.start.line) return l.span.end - std::min(l.line_begin, l.span.begin) + 1;
  return l.end.column;
}

Location LocationOf(const Document& document, Span span) {
  const Span bytes = document.SourceSpan(span);
  const size_t base = document.source_offset();
  return LocationOfSourceBytes(document, Span{bytes.begin - base, bytes.end - base});
}

Location LocationOfUnitSource(const Document& document, const TranslationUnit& unit, Span span) {
  Span bytes = unit.source_in_file;
  if (!span.empty() && !unit.source_map.empty()) {
    bytes = Span{unit.source_map.ToSource(span.begin, false), unit.source_map.ToSource(span.end, true)};
  }
  if (unit.source_document) return LocationOf(*unit.source_document, bytes);  // a span of its text
  return LocationOfSourceBytes(document, bytes);
}

Location LocationOfSourceBytes(const Document& document, Span bytes) {
  Location location;
  location.path = document.path();
  location.span = Span{document.source_offset() + bytes.begin, document.source_offset() + bytes.end};
  location.start = document.PositionOfSourceByte(bytes.begin);
  location.end = document.PositionOfSourceByte(bytes.end);
  const std::string_view line = document.SourceLineOfByte(bytes.begin);
  const std::string_view source = document.source_text();
  const char* at = source.data() + std::min(bytes.begin, source.size());
  const bool inside = at >= line.data() && at <= line.data() + line.size();
  SetExcerpt(line, inside ? static_cast<size_t>(at - line.data()) : 0, &location);
  return location;
}

std::optional<TextRange> RangeNear(const Location& l, Span span) {
  const std::string_view line = l.line_text;
  if (FindInvalidUtf8(line) != std::string_view::npos || l.start.column < l.excerpt_column) return std::nullopt;
  // The byte of the file at which the excerpt starts.
  const size_t start_in_excerpt = ByteOfColumn(line, l.start.column - l.excerpt_column + 1);
  if (l.span.begin < start_in_excerpt) return std::nullopt;
  const size_t excerpt_begin = l.span.begin - start_in_excerpt;
  const size_t excerpt_end = excerpt_begin + line.size();
  if (span.begin < excerpt_begin || span.begin > excerpt_end || span.end < span.begin) return std::nullopt;
  const auto at = [&](size_t byte) {
    Position p;
    p.line = l.start.line;
    const std::string_view before = line.substr(0, byte - excerpt_begin);
    p.column = l.excerpt_column + CountCodePoints(before);
    return p;
  };
  TextRange r;
  r.start = at(span.begin);
  r.start_byte_column = span.begin - l.line_begin + 1;
  if (span.end <= excerpt_end) {
    r.end = at(span.end);
    r.end_byte_column = span.end - l.line_begin + 1;
  } else if (!l.excerpt_cut && span.end == excerpt_end + 1) {  // with the line's "\n"
    r.end.line = l.start.line + 1;
    r.end.column = 1;
    r.end_byte_column = 1;
  } else {
    return std::nullopt;
  }
  return r;
}

bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.location.path, a.location.span.begin, a.location.span.end, a.check, a.message) <
         std::tie(b.location.path, b.location.span.begin, b.location.span.end, b.check, b.message);
}

}  // namespace translint
