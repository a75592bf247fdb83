// Suppressions: inline comments that silence findings, in Markdown, HTML or any
// text file:
//
//   <!-- translint-disable -->                 everything until an enable (or the end)
//   <!-- translint-disable typography/double-space names -->   only these checks
//   <!-- translint-enable -->                  ends every open disable
//   <!-- translint-enable names -->            ends the disable of these ids (a disable
//                                              of everything ends only with a plain enable)
//   <!-- translint-disable-next-line numbers/year-calque -->   the line after the comment
//   <!-- translint-disable-line names/non-preferred -->        the line the comment is on
//
// An id is a check id or a group ("names" covers "names/..."). Built once per
// Document; immutable; the text must outlive it only during construction.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace translint {

class Suppressions {
 public:
  explicit Suppressions(std::string_view text);

  // True when a finding of `check` starting at byte `offset` is silenced.
  bool Suppressed(const std::string& check, size_t offset) const;
  bool empty() const { return ranges_.empty(); }

 private:
  struct Range {
    Span span;
    std::vector<std::string> ids;  // empty: all checks
  };
  std::vector<Range> ranges_;
};

}  // namespace translint
