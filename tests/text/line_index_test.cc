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
