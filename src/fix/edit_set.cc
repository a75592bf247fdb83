#include "fix/edit_set.h"

#include <algorithm>

namespace translint {

namespace {

// Insertions at one point overlap each other; an insertion at a span's edge does not overlap it.
bool Conflict(const Edit& a, const Edit& b) {
  if (a.span.empty() && b.span.empty()) return a.span.begin == b.span.begin;
  return a.span.Overlaps(b.span) || (a.span.empty() && a.span.begin > b.span.begin && a.span.begin < b.span.end) ||
         (b.span.empty() && b.span.begin > a.span.begin && b.span.begin < a.span.end);
}

}  // namespace

bool EditSet::Add(const std::vector<Edit>& fix) {
  for (size_t i = 0; i < fix.size(); ++i) {
    for (size_t j = i + 1; j < fix.size(); ++j) {
      if (Conflict(fix[i], fix[j])) return false;
    }
    for (const Edit& accepted : edits_) {
      if (Conflict(fix[i], accepted)) return false;
    }
  }
  edits_.insert(edits_.end(), fix.begin(), fix.end());
  std::sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  return true;
}

std::string EditSet::Apply(std::string_view original) const {
  std::string out;
  out.reserve(original.size());
  size_t pos = 0;
  for (const Edit& edit : edits_) {
    out.append(original.substr(pos, edit.span.begin - pos));
    out.append(edit.replacement);
    pos = edit.span.end;
  }
  out.append(original.substr(pos));
  return out;
}

}  // namespace translint
