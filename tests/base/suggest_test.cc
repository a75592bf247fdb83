#include "base/suggest.h"

#include <catch2/catch.hpp>

using namespace translint;

TEST_CASE("EditDistance and DidYouMean", "[base]") {
  CHECK(EditDistance("variants", "varients") == 1);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(DidYouMean("varients", {"id", "variants", "kind"}) == " (did you mean \"variants\"?)");
  CHECK(DidYouMean("zzzzzz", {"id", "variants", "kind"}).empty());
}
