#include "fix/edit_set.h"

#include <catch2/catch.hpp>

#include "fix/unified_diff.h"

using namespace translint;

TEST_CASE("EditSet applies non-overlapping edits and refuses overlapping fixes whole", "[fix]") {
  EditSet edits;
  CHECK(edits.Add({Edit{{6, 10}, "Kyiv"}}));
  CHECK(edits.Add({Edit{{0, 5}, "Hello"}}));
  CHECK_FALSE(edits.Add({Edit{{12, 13}, "x"}, Edit{{8, 9}, "y"}}));  // second part overlaps
  CHECK(edits.edits().size() == 2);
  CHECK(edits.Apply("hallo Kiev!!!") == "Hello Kyiv!!!");
}

TEST_CASE("UnifiedDiff shows the touched lines with context", "[fix]") {
  const std::string text = "1\n2\n3\n4 Kiev\n5\n6\n7\n8\n9\n10\n11\n12 Kiev\n13";
  EditSet edits;
  edits.Add({Edit{{text.find("Kiev"), text.find("Kiev") + 4}, "Kyiv"}});
  edits.Add({Edit{{text.rfind("Kiev"), text.rfind("Kiev") + 4}, "Kyiv"}});
  CHECK(UnifiedDiff("a.txt", text, edits) ==
        "--- a/a.txt\n+++ b/a.txt\n"
        "@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4 Kiev\n+4 Kyiv\n 5\n 6\n 7\n"
        "@@ -9,5 +9,5 @@\n 9\n 10\n 11\n-12 Kiev\n+12 Kyiv\n 13\n\\ No newline at end of file\n");
}

TEST_CASE("UnifiedDiff groups adjacent changed lines and keeps CRLF", "[fix]") {
  const std::string text = "Kiev\r\nKiev\r\n";
  EditSet edits;
  edits.Add({Edit{{0, 4}, "Kyiv"}});
  edits.Add({Edit{{6, 10}, "Kyiv"}});
  CHECK(UnifiedDiff("b.txt", text, edits) ==
        "--- a/b.txt\n+++ b/b.txt\n@@ -1,2 +1,2 @@\n-Kiev\r\n-Kiev\r\n+Kyiv\r\n+Kyiv\r\n");
}
