#include <catch2/catch.hpp>

#include "bilingual/numbers.h"

using namespace translint;

namespace {

// The main reading of every number of `text`.
std::vector<double> Values(const std::string& text, const std::string& language, bool spelled = false) {
  std::vector<double> out;
  for (const NumberValue& n : FindNumbers(text, language, spelled)) out.push_back(n.values.front());
  return out;
}

}  // namespace

TEST_CASE("Russian numbers are read with the locale's separators and magnitude words", "[bilingual]") {
  CHECK(Values("погибли 10 406 человек", "ru") == std::vector<double>{10406});
  CHECK(Values("погибли 10\u00A0406 человек", "ru") == std::vector<double>{10406});
  CHECK(Values("10 тыс. 406 человек", "ru") == std::vector<double>{10406});
  CHECK(Values("бюджет 8,7 млн сомов", "ru") == std::vector<double>{8.7e6});
  CHECK(Values("около 3 миллиардов долларов", "ru") == std::vector<double>{3e9});
  CHECK(Values("инфляция 1,5%", "ru") == std::vector<double>{1.5});
  CHECK(Values("в 2024 году, 2 мая", "ru") == std::vector<double>{2024, 2});
  CHECK(Values("в 15:30 и в 10:00", "ru") == std::vector<double>{15, 30, 10});
  CHECK(Values("02.05.2024", "ru") == std::vector<double>{2, 2024});
  CHECK(Values("5-го мая, 2, 3 и 4", "ru") == std::vector<double>{5, 2, 3, 4});
}

TEST_CASE("English numbers, magnitude words, number words and machine-translation forms", "[bilingual]") {
  CHECK(Values("10,406 people", "en") == std::vector<double>{10406});
  CHECK(Values("10 thousand 406 people", "en") == std::vector<double>{10406});
  CHECK(Values("8.7 million soms", "en") == std::vector<double>{8.7e6});
  CHECK(Values("8,7 million soms", "en") == std::vector<double>{8.7e6});  // the comma machine translation left
  CHECK(Values("$3bn and 1.5%", "en") == std::vector<double>{3e9, 1.5});
  CHECK(Values("the 2nd of May 2024", "en") == std::vector<double>{2, 2024});
  CHECK(Values("two million people, twenty-five cars, a thousand", "en", true) == std::vector<double>{2e6, 25, 1000});
  CHECK(Values("a man, an idea", "en", true).empty());
  CHECK(Values("in 2020-21", "en").size() == 2);
  CHECK(FindNumbers("in 2020-21", "en", false)[1].values.back() == 2021);
  const std::vector<NumberValue> pm = FindNumbers("at 3 p.m.", "en", true);
  REQUIRE(pm.size() == 1);
  CHECK(pm[0].values == std::vector<double>{3, 15});
  CHECK(Values("10.406 Menschen, 8,7 Mio. Euro", "de") == std::vector<double>{10406, 8.7e6});
}

TEST_CASE("A Russian number with a dot may be one number or two, and a decade reads as years", "[bilingual]") {
  const std::vector<NumberValue> rule = FindNumbers("правила 48.12 и 48.8", "ru", false);
  REQUIRE(rule.size() == 2);
  CHECK(rule[0].values == std::vector<double>{48.12});
  CHECK(rule[0].parts == std::vector<double>{48, 12});
  CHECK(FindNumbers("48,12", "ru", false)[0].parts.empty());  // the locale's decimal comma: one number
  const std::vector<NumberValue> decade = FindNumbers("с начала 20-х", "ru", false);
  REQUIRE(decade.size() == 1);
  CHECK(decade[0].values == std::vector<double>{20, 1920, 2020});
  CHECK(FormatNumber(266.1e9) == "266,100,000,000");
}

TEST_CASE("A number's span covers its magnitude word", "[bilingual]") {
  const std::string text = "было 8,7 млн сомов";
  const std::vector<NumberValue> n = FindNumbers(text, "ru", false);
  REQUIRE(n.size() == 1);
  CHECK(text.substr(n[0].span.begin, n[0].span.size()) == "8,7 млн");
}

TEST_CASE("Numbers compare with a relative tolerance and print in English", "[bilingual]") {
  CHECK(SameNumber(8.7e6, 8700000));
  CHECK_FALSE(SameNumber(10406, 10506));
  CHECK(FormatNumber(10406) == "10,406");
  CHECK(FormatNumber(1.5) == "1.5");
}
