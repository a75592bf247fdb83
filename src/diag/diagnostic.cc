#include "diag/diagnostic.h"

#include <tuple>

#include "base/utf8.h"

namespace translint {

Location LocationOf(const Document& document, Span span) {
  Location location;
  location.path = document.path();
  location.span = document.SourceSpan(span);
  location.start = document.SourcePosition(span.begin, false);
  location.end = document.SourcePosition(span.end, true);
  location.line_text = ToValidUtf8(document.SourceLineAt(span.begin));
  return location;
}

bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.location.path, a.location.span.begin, a.location.span.end, a.check, a.message) <
         std::tie(b.location.path, b.location.span.begin, b.location.span.end, b.check, b.message);
}

}  // namespace translint
