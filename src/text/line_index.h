// LineIndex: the only place that turns byte offsets into positions people and
// editors use. Lines are 1-based and end at "\n" (a "\r\n" pair counts as one
// line break; the "\r" belongs to no column). Columns are 1-based and counted in
// Unicode code points (what the text format and JSON report) or in UTF-16 code
// units (what LSP clients expect). A UTF-8 byte order mark at the start of the
// text occupies no column. Built once per Document in O(n); lookups are
// O(log lines) plus at most kCheckpointBytes of counting: a line longer than that
// keeps checkpoints of its column counts, so positions on a line of megabytes
// cost no more than on a short one. Immutable after construction, so it may be shared by threads; it
// keeps a view of the text, which must outlive it (a Document owns both).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace translint {

struct Position {
  size_t line = 1;          // 1-based
  size_t column = 1;        // 1-based, code points
  size_t utf16_column = 1;  // 1-based, UTF-16 code units
};

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  Position PositionOf(size_t offset) const;
  enum class Unit { kCodePoint, kUtf16, kByte };
  // The byte offset of a 0-based `line` and 0-based `column` counted in `unit`
  // (what LSP positions are): a line past the end is the end of the text, a
  // column past the line's end is the line's end (before its line break), and a
  // column inside a code point (half a UTF-16 surrogate pair, a byte inside a
  // UTF-8 sequence) is that code point's start. Never out of range.
  size_t OffsetOf(size_t line, size_t column, Unit unit) const;
  // The line containing `offset`, without its line break.
  std::string_view LineAt(size_t offset) const;
  size_t LineCount() const { return starts_.size(); }

 private:
  size_t LineNumberOf(size_t offset) const;  // 1-based

  static constexpr size_t kCheckpointBytes = 4096;
  struct Checkpoint {
    size_t offset;           // a byte of a long line
    size_t code_points;      // from the line's start to `offset`
    size_t utf16_units;
  };

  std::string_view text_;
  std::vector<size_t> starts_;
  std::vector<Checkpoint> checkpoints_;  // in offset order
};

}  // namespace translint
