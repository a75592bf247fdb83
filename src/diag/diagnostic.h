// Diagnostic: one finding about the user's text — the product of translint.
//
// A Diagnostic is a self-contained value: its Location already holds the path,
// the byte span, the line/column positions and the source line, so reporters
// need no Document and a finding can outlive the text it was made from. `fix`
// holds the Edits of a sure fix (applied by `translint fix`); `suggestions` are
// alternatives a person should choose between (never applied automatically).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/severity.h"
#include "text/document.h"
#include "text/edit.h"
#include "text/span.h"

namespace translint {

struct Location {
  std::string path;
  Span span;
  Position start;
  Position end;
  // An excerpt of the source line of `start` (without its line break): the whole
  // line when it is short, else a window of it around `start` (a finding on a
  // line of megabytes keeps a few hundred bytes, never a copy of the line).
  std::string line_text;
  size_t excerpt_column = 1;  // the line's column at which `line_text` starts
  bool excerpt_cut = false;   // the line goes on after `line_text`
  size_t line_begin = 0;      // the byte offset in the file of the line of `start` (set with the excerpt)
};

// The 1-based UTF-8 byte columns of a location's start and (exclusive) end, as
// reviewdog counts them. The end is exact on the start's line and at a line's
// start; for the rare span that ends inside a later line it is that line's
// code-point column (equal for ASCII).
size_t StartByteColumn(const Location& location);
size_t EndByteColumn(const Location& location);

// A span's start and (exclusive) end, in code-point and byte columns (RangeNear
// leaves the positions' utf16_column unset).
struct TextRange {
  Position start, end;
  size_t start_byte_column = 1, end_byte_column = 1;
};

// The range of the bytes `span` of the location's file, worked out from the
// location's excerpt: the span must lie on the location's line within the
// excerpt, or end just after the line's break (then the end is the next
// line's column 1). nullopt otherwise, or when the line is not valid UTF-8.
std::optional<TextRange> RangeNear(const Location& location, Span span);

// Sets `location`'s excerpt from its source `line`, in which `start` is the
// byte at `offset_in_line`.
void SetExcerpt(std::string_view line, size_t offset_in_line, Location* location);

Location LocationOf(const Document& document, Span span);
// The location of bytes `bytes` of the document's source_text() (a unit's source).
Location LocationOfSourceBytes(const Document& document, Span bytes);
// The location of bytes `span` of a unit's decoded source (the whole source
// when `span` is empty).
Location LocationOfUnitSource(const Document& document, const TranslationUnit& unit, Span span);

struct Note {
  Location location;
  std::string message;
};

struct Diagnostic {
  std::string check;  // "names/non-preferred"
  Severity severity = Severity::kWarning;
  Location location;
  std::string message;
  std::string text;  // the text at `location`
  std::string entity;  // the id of the listed entity a names/unlisted-spelling finding reads the text as
  std::vector<Note> notes;
  std::vector<Edit> fix;  // empty: no sure fix
  std::vector<std::string> suggestions;
};

// Orders by path, then offset, then check id, then message: the output order.
bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b);

}  // namespace translint
