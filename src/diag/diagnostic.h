// Diagnostic: one finding about the user's text — the product of translint.
//
// A Diagnostic is a self-contained value: its Location already holds the path,
// the byte span, the line/column positions and the source line, so reporters
// need no Document and a finding can outlive the text it was made from. `fix`
// holds the Edits of a sure fix (applied by `translint fix`); `suggestions` are
// alternatives a person should choose between (never applied automatically).
#pragma once

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
};

// Sets `location`'s excerpt from its source `line`, in which `start` is the
// byte at `offset_in_line`.
void SetExcerpt(std::string_view line, size_t offset_in_line, Location* location);

Location LocationOf(const Document& document, Span span);

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
  std::vector<Note> notes;
  std::vector<Edit> fix;  // empty: no sure fix
  std::vector<std::string> suggestions;
};

// Orders by path, then offset, then check id, then message: the output order.
bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b);

}  // namespace translint
