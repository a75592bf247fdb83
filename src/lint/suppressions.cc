#include "lint/suppressions.h"

#include <algorithm>
#include <sstream>

namespace translint {

namespace {

constexpr std::string_view kOpen = "<!--";
constexpr std::string_view kClose = "-->";

bool Covers(const std::vector<std::string>& ids, const std::string& check) {
  if (ids.empty()) return true;
  return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
    return id == check || (check.size() > id.size() && check.compare(0, id.size(), id) == 0 && check[id.size()] == '/');
  });
}

std::vector<std::string> Words(std::string_view text) {
  std::istringstream in{std::string(text)};
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

size_t LineEndAfter(std::string_view text, size_t pos) {
  const size_t nl = text.find('\n', pos);
  return nl == std::string_view::npos ? text.size() : nl + 1;
}

size_t LineStartBefore(std::string_view text, size_t pos) {
  const size_t nl = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

}  // namespace

Suppressions::Suppressions(std::string_view text) {
  std::vector<Range> open;
  size_t pos = 0;
  while ((pos = text.find(kOpen, pos)) != std::string_view::npos) {
    const size_t comment = pos;
    const size_t close = text.find(kClose, pos + kOpen.size());
    if (close == std::string_view::npos) break;
    std::vector<std::string> words = Words(text.substr(pos + kOpen.size(), close - pos - kOpen.size()));
    const size_t after = close + kClose.size();
    pos = after;
    if (words.empty()) continue;
    const std::string directive = words.front();
    words.erase(words.begin());
    if (directive == "translint-disable-line") {
      ranges_.push_back(Range{Span{LineStartBefore(text, comment), LineEndAfter(text, after)}, words});
    } else if (directive == "translint-disable-next-line") {
      const size_t next_line = LineEndAfter(text, after);
      ranges_.push_back(Range{Span{next_line, LineEndAfter(text, next_line)}, words});
    } else if (directive == "translint-disable") {
      open.push_back(Range{Span{after, text.size()}, words});
    } else if (directive == "translint-enable") {
      // Without ids every open disable ends; with ids, only those ids end and
      // the rest of a disable stays open.
      std::vector<Range> still_open;
      for (Range& range : open) {
        std::vector<std::string> ending, staying;
        for (const std::string& id : range.ids) {
          (std::find(words.begin(), words.end(), id) != words.end() ? ending : staying).push_back(id);
        }
        if (words.empty()) {
          ranges_.push_back(Range{Span{range.span.begin, close}, range.ids});
          continue;
        }
        if (!ending.empty()) ranges_.push_back(Range{Span{range.span.begin, close}, ending});
        if (range.ids.empty()) {
          still_open.push_back(range);  // a disable of everything ends only with a plain enable
        } else if (!staying.empty()) {
          still_open.push_back(Range{range.span, staying});
        }
      }
      open = std::move(still_open);
    }
  }
  ranges_.insert(ranges_.end(), open.begin(), open.end());
}

bool Suppressions::Suppressed(const std::string& check, size_t offset) const {
  return std::any_of(ranges_.begin(), ranges_.end(), [&](const Range& r) {
    return offset >= r.span.begin && offset < r.span.end && Covers(r.ids, check);
  });
}

}  // namespace translint
