#include "lint/suppressions.h"

#include <catch2/catch.hpp>

using namespace translint;

TEST_CASE("Inline comments silence checks by id, group, range and next line", "[lint]") {
  const std::string text =
      "a\n"                                                       // line 1
      "<!-- translint-disable typography/double-space names -->\n"
      "b\n"                                                       // disabled for two ids
      "<!-- translint-enable names -->\n"
      "c\n"                                                       // double-space still off
      "<!-- translint-enable -->\n"
      "<!-- translint-disable-next-line -->\n"
      "d\n"                                                       // everything off
      "e\n";
  const Suppressions s(text);
  const auto at = [&](const std::string& marker) { return text.find(marker); };
  CHECK_FALSE(s.Suppressed("names/non-preferred", at("a\n")));
  CHECK(s.Suppressed("names/non-preferred", at("b\n")));
  CHECK(s.Suppressed("typography/double-space", at("b\n")));
  CHECK_FALSE(s.Suppressed("typography/padded-quotes", at("b\n")));
  CHECK_FALSE(s.Suppressed("names/non-preferred", at("c\n")));
  CHECK(s.Suppressed("typography/double-space", at("c\n")));
  CHECK(s.Suppressed("spelling/unknown-word", at("d\n")));
  CHECK_FALSE(s.Suppressed("spelling/unknown-word", at("e\n")));
  CHECK_FALSE(s.Suppressed("typography/double-space", at("e\n")));
}

TEST_CASE("A disable-line comment silences its own line only", "[lint]") {
  const std::string text =
      "first Kiev\n"
      "Kiev and Zhaparov <!-- translint-disable-line names/non-preferred -->\n"
      "last Kiev\n";
  const Suppressions s(text);
  CHECK_FALSE(s.Suppressed("names/non-preferred", text.find("Kiev")));
  CHECK(s.Suppressed("names/non-preferred", text.find("Kiev and")));
  CHECK(s.Suppressed("names/non-preferred", text.find("Zhaparov")));
  CHECK_FALSE(s.Suppressed("typography/double-space", text.find("Zhaparov")));
  CHECK_FALSE(s.Suppressed("names/non-preferred", text.find("last")));
}
