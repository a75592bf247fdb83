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
