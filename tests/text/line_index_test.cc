#include "text/line_index.h"

#include <catch2/catch.hpp>

using namespace translint;

TEST_CASE("LineIndex gives 1-based lines and code-point and UTF-16 columns", "[text]") {
  const std::string text = "ab\r\nЖа😀x\nlast";
  const LineIndex index(text);
  CHECK(index.LineCount() == 3);
  const Position p = index.PositionOf(text.find('x'));
  CHECK(p.line == 2);
  CHECK(p.column == 4);        // Ж а 😀 x
  CHECK(p.utf16_column == 5);  // the emoji is two UTF-16 units
  CHECK(index.LineAt(0) == "ab");  // without "\r\n"
  CHECK(index.LineAt(text.find("last")) == "last");
  CHECK(index.PositionOf(text.size()).column == 5);
}

TEST_CASE("LineIndex gives a byte order mark no column", "[text]") {
  const std::string text = "\xEF\xBB\xBFKiev";
  const LineIndex index(text);
  CHECK(index.PositionOf(3).column == 1);
  CHECK(index.LineAt(3) == "Kiev");
}

TEST_CASE("LineIndex counts columns on lines of megabytes as on short ones", "[text]") {
  // Mixed widths (1-, 2- and 4-byte characters), so checkpoints fall inside characters.
  std::string line;
  while (line.size() < 3 * 1000 * 1000) line += "aЖ😀b ";
  const std::string text = "first\n" + line + "\n" + line;
  const LineIndex index(text);
  for (const size_t offset : {size_t{6}, size_t{6 + 4095}, size_t{6 + 4096}, size_t{6 + 4097}, size_t{1234567},
                              text.size() - 3, text.size()}) {
    size_t start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    start = start == std::string::npos ? 0 : start + 1;
    size_t columns = 1, units = 1;
    for (size_t i = start; i < offset; ++i) {
      const auto b = static_cast<unsigned char>(text[i]);
      if ((b & 0xC0) == 0x80) continue;
      ++columns;
      units += b >= 0xF0 ? 2 : 1;
    }
    INFO(offset);
    const Position p = index.PositionOf(offset);
    CHECK(p.column == columns);
    CHECK(p.utf16_column == units);
  }
}

namespace translint {
namespace {

TEST_CASE("LineIndex turns 0-based lines and columns in any unit back into byte offsets", "[text]") {
  const std::string text = "\xEF\xBB\xBF" "a😀b\r\nЖc\n";  // BOM, a, 4-byte emoji, b, CRLF; Ж (2 bytes), c
  const LineIndex lines(text);
  using U = LineIndex::Unit;
  CHECK(lines.OffsetOf(0, 0, U::kUtf16) == 3);
  CHECK(lines.OffsetOf(0, 1, U::kUtf16) == 4);
  CHECK(lines.OffsetOf(0, 2, U::kUtf16) == 4);   // inside the surrogate pair: the emoji's start
  CHECK(lines.OffsetOf(0, 3, U::kUtf16) == 8);
  CHECK(lines.OffsetOf(0, 2, U::kCodePoint) == 8);
  CHECK(lines.OffsetOf(0, 5, U::kByte) == 8);
  CHECK(lines.OffsetOf(0, 3, U::kByte) == 4);    // inside the emoji: its start
  CHECK(lines.OffsetOf(0, 99, U::kUtf16) == 9);  // the line's end, before "\r\n"
  CHECK(lines.OffsetOf(1, 1, U::kUtf16) == 13);
  CHECK(lines.OffsetOf(1, 1, U::kByte) == 11);   // inside Ж: its start
  CHECK(lines.OffsetOf(2, 0, U::kUtf16) == text.size());
  CHECK(lines.OffsetOf(7, 3, U::kUtf16) == text.size());
  for (size_t offset : {size_t{3}, size_t{4}, size_t{8}, size_t{11}, size_t{13}}) {
    const Position p = lines.PositionOf(offset);
    CHECK(lines.OffsetOf(p.line - 1, p.utf16_column - 1, U::kUtf16) == offset);
  }
}

}  // namespace
}  // namespace translint
