#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

#include "base/number_text.h"

TEST_CASE("Thousands groups digits by three", "[base]") {
  CHECK(translint::Thousands(0) == "0");
  CHECK(translint::Thousands(999) == "999");
  CHECK(translint::Thousands(1000) == "1,000");
  CHECK(translint::Thousands(25886) == "25,886");
  CHECK(translint::Thousands(1234567) == "1,234,567");
  CHECK(translint::Thousands(-1234) == "-1,234");
  CHECK(translint::Thousands(std::numeric_limits<int64_t>::min()) == "-9,223,372,036,854,775,808");
}
