#include "fix/unified_diff.h"

#include <algorithm>
#include <vector>

namespace translint {

namespace {

constexpr size_t kContext = 3;

// Splits text into lines, each keeping its "\n" (the last may lack one).
std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t nl = text.find('\n', pos);
    const size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    lines.push_back(text.substr(pos, end - pos));
    pos = end;
  }
  return lines;
}

void AppendLine(char marker, std::string_view line, std::string* out) {
  out->push_back(marker);
  out->append(line);
  if (line.empty() || line.back() != '\n') out->append("\n\\ No newline at end of file\n");
}

size_t LineOf(const std::vector<size_t>& starts, size_t offset) {
  return static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin()) - 1;
}

// A run of original lines [first, last] replaced as a whole.
struct Change {
  size_t first;
  size_t last;
  std::vector<Edit> edits;
};

}  // namespace

std::string UnifiedDiff(const std::string& path, std::string_view original, const EditSet& edits) {
  const std::vector<std::string_view> lines = SplitLines(original);
  if (edits.empty() || lines.empty()) return "";
  std::vector<size_t> starts;
  for (size_t i = 0, pos = 0; i < lines.size(); pos += lines[i].size(), ++i) starts.push_back(pos);

  std::vector<Change> changes;
  for (const Edit& edit : edits.edits()) {
    const size_t first = LineOf(starts, edit.span.begin);
    const size_t last = LineOf(starts, edit.span.end > edit.span.begin ? edit.span.end - 1 : edit.span.begin);
    if (!changes.empty() && first <= changes.back().last + 1) {
      changes.back().last = std::max(changes.back().last, last);
      changes.back().edits.push_back(edit);
    } else {
      changes.push_back(Change{first, last, {edit}});
    }
  }

  std::string out = "--- a/" + path + "\n+++ b/" + path + "\n";
  long shift = 0;  // new line number minus old line number before the current hunk
  size_t c = 0;
  while (c < changes.size()) {
    size_t end = c;  // changes [c, end] form one hunk
    while (end + 1 < changes.size() && changes[end + 1].first <= changes[end].last + 2 * kContext + 1) ++end;
    const size_t from = changes[c].first >= kContext ? changes[c].first - kContext : 0;
    const size_t to = std::min(lines.size() - 1, changes[end].last + kContext);
    std::string body;
    size_t old_count = 0;
    size_t new_count = 0;
    size_t line = from;
    for (size_t k = c; k <= end; ++k) {
      for (; line < changes[k].first; ++line, ++old_count, ++new_count) AppendLine(' ', lines[line], &body);
      const size_t begin = starts[changes[k].first];
      const size_t stop = starts[changes[k].last] + lines[changes[k].last].size();
      EditSet local;
      for (Edit e : changes[k].edits) {
        e.span.begin -= begin;
        e.span.end -= begin;
        local.Add({e});
      }
      const std::string replaced = local.Apply(original.substr(begin, stop - begin));
      for (; line <= changes[k].last; ++line, ++old_count) AppendLine('-', lines[line], &body);
      for (std::string_view added : SplitLines(replaced)) {
        AppendLine('+', added, &body);
        ++new_count;
      }
    }
    for (; line <= to; ++line, ++old_count, ++new_count) AppendLine(' ', lines[line], &body);
    const auto range = [](size_t start, size_t count) {
      return std::to_string(count == 0 ? start : start + 1) + "," + std::to_string(count);
    };
    out += "@@ -" + range(from, old_count) + " +" + range(from + shift, new_count) + " @@\n" + body;
    shift += static_cast<long>(new_count) - static_cast<long>(old_count);
    c = end + 1;
  }
  return out;
}

}  // namespace translint
