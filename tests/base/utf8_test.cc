#include "base/utf8.h"

#include <catch2/catch.hpp>

using namespace translint;

TEST_CASE("DecodeUtf8 decodes one to four bytes and rejects bad sequences", "[base]") {
  size_t length;
  CHECK(DecodeUtf8("A", 0, &length) == 'A');
  CHECK(length == 1);
  CHECK(DecodeUtf8("Ж", 0, &length) == 0x416);
  CHECK(length == 2);
  CHECK(DecodeUtf8("€", 0, &length) == 0x20AC);
  CHECK(length == 3);
  CHECK(DecodeUtf8("😀", 0, &length) == 0x1F600);
  CHECK(length == 4);
  CHECK(DecodeUtf8("\xC0\xAF", 0, &length) == -1);  // overlong "/"
  CHECK(DecodeUtf8("\xD0", 0, &length) == -1);      // truncated
  CHECK(DecodeUtf8("\xED\xA0\x80", 0, &length) == -1);  // surrogate
  CHECK(length == 1);
}

TEST_CASE("FindInvalidUtf8 points at the first bad byte", "[base]") {
  CHECK(FindInvalidUtf8("Жапаров ok") == std::string_view::npos);
  CHECK(FindInvalidUtf8("ab\xE9z") == 2);  // Latin-1 é
  CHECK(ToValidUtf8("ab\xE9z") == "ab\xEF\xBF\xBDz");
}

TEST_CASE("Code points and UTF-16 units are counted", "[base]") {
  CHECK(CountCodePoints("Жапаров") == 7);
  CHECK(CountUtf16Units("a😀") == 3);
  std::string s;
  AppendUtf8(0x416, &s);
  AppendUtf8(0x1F600, &s);
  CHECK(s == "Ж😀");
}
