#include "diag/diagnostic.h"

#include <tuple>

#include "base/utf8.h"

namespace translint {

Location LocationOf(const Document& document, Span span) {
  Location location;
  location.path = document.path();
  location.span = span;
  location.start = document.lines().PositionOf(span.begin);
  location.end = document.lines().PositionOf(span.end);
  location.line_text = ToValidUtf8(document.lines().LineAt(span.begin));
  return location;
}

bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.location.path, a.location.span.begin, a.location.span.end, a.check, a.message) <
         std::tie(b.location.path, b.location.span.begin, b.location.span.end, b.check, b.message);
}

}  // namespace translint
