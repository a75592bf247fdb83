#include "text/line_index.h"

#include <algorithm>

#include "base/utf8.h"

namespace translint {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(text.substr(0, 3) == kBom ? 3 : 0);
  for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    starts_.push_back(i + 1);
  }
  for (size_t line = 0; line < starts_.size(); ++line) {
    const size_t start = starts_[line];
    const size_t end = line + 1 < starts_.size() ? starts_[line + 1] : text.size();
    if (end - start <= kCheckpointBytes) continue;
    Checkpoint at{start, 0, 0};
    for (size_t next = start + kCheckpointBytes; next < end; next += kCheckpointBytes) {
      const std::string_view piece = text.substr(at.offset, next - at.offset);
      at = Checkpoint{next, at.code_points + CountCodePoints(piece), at.utf16_units + CountUtf16Units(piece)};
      checkpoints_.push_back(at);
    }
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
  const size_t line_start = std::min(starts_[pos.line - 1], offset);
  Checkpoint from{line_start, 0, 0};
  if (offset - line_start > kCheckpointBytes && !checkpoints_.empty()) {
    const auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset,
                                     [](size_t o, const Checkpoint& c) { return o < c.offset; });
    if (it != checkpoints_.begin() && std::prev(it)->offset > line_start) from = *std::prev(it);
  }
  const std::string_view before = text_.substr(from.offset, offset - from.offset);
  pos.column = from.code_points + CountCodePoints(before) + 1;
  pos.utf16_column = from.utf16_units + CountUtf16Units(before) + 1;
  return pos;
}

size_t LineIndex::OffsetOf(size_t line, size_t column, Unit unit) const {
  if (line >= starts_.size()) return text_.size();
  const size_t start = starts_[line];
  size_t end = line + 1 < starts_.size() ? starts_[line + 1] - 1 : text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  size_t at = start, counted = 0;
  while (at < end) {
    size_t length = 1;
    const int32_t c = DecodeUtf8(text_, at, &length);
    const size_t units = unit == Unit::kByte ? length : unit == Unit::kUtf16 && c > 0xFFFF ? 2 : 1;
    if (counted + units > column) break;
    counted += units;
    at += length;
  }
  return at;
}

std::string_view LineIndex::LineAt(size_t offset) const {
  const size_t line = LineNumberOf(offset);
  const size_t start = starts_[line - 1];
  size_t end = line < starts_.size() ? starts_[line] - 1 : text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return text_.substr(start, end - start);
}

}  // namespace translint
