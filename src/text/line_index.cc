#include "text/line_index.h"

#include <algorithm>

#include "base/utf8.h"

namespace translint {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(text.substr(0, 3) == kBom ? 3 : 0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

size_t LineIndex::LineNumberOf(size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<size_t>(std::max<std::ptrdiff_t>(1, it - starts_.begin()));
}

Position LineIndex::PositionOf(size_t offset) const {
  offset = std::min(offset, text_.size());
  Position pos;
  pos.line = LineNumberOf(offset);
  const size_t start = std::min(starts_[pos.line - 1], offset);
  const std::string_view before = text_.substr(start, offset - start);
  pos.column = CountCodePoints(before) + 1;
  pos.utf16_column = CountUtf16Units(before) + 1;
  return pos;
}

std::string_view LineIndex::LineAt(size_t offset) const {
  const size_t line = LineNumberOf(offset);
  const size_t start = starts_[line - 1];
  size_t end = line < starts_.size() ? starts_[line] - 1 : text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return text_.substr(start, end - start);
}

}  // namespace translint
