// EditSet: the edits to apply to one Document, collected from many findings and
// applied at once (like clang's Replacements).
//
// Add() takes the edits of one fix as a unit: if any of them overlaps an edit
// already accepted, or two of them overlap each other, the whole fix is refused
// (returns false) so a text is never half-fixed. Apply() returns the new text;
// edits are applied against the original offsets. Plain value; not thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/edit.h"

namespace translint {

class EditSet {
 public:
  bool Add(const std::vector<Edit>& fix);
  std::string Apply(std::string_view original) const;

  const std::vector<Edit>& edits() const { return edits_; }
  bool empty() const { return edits_.empty(); }

 private:
  std::vector<Edit> edits_;  // sorted by span.begin, non-overlapping
};

}  // namespace translint
