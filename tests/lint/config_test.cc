#include "lint/config.h"

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace translint;

TEST_CASE("A config file is parsed into settings", "[lint]") {
  Result<Config> c = ParseConfig("/p/.translint.yaml", R"(
language: de
rules: [house/, /abs/rules]
default_rules: false
fail_on: error
extensions: [.md]
checks: { names/inconsistent: off }
preferred:
  kyiv: { en: Kiev }
)");
  REQUIRE(c.ok());
  CHECK(c->language == "de");
  CHECK(c->rules == std::vector<std::string>{"/p/house/", "/abs/rules"});
  CHECK_FALSE(c->default_rules);
  CHECK(c->fail_on == Severity::kError);
  CHECK(c->checks.at("names/inconsistent") == Severity::kOff);
  CHECK(c->check_locations.at("names/inconsistent").ToString() == "/p/.translint.yaml:7:11");
  REQUIRE(c->preferred.size() == 1);
  CHECK(c->preferred[0].spelling == "Kiev");
  CHECK(c->preferred[0].where.ToString() == "/p/.translint.yaml:9:15");
}

TEST_CASE("Config errors are located and suggest a fix", "[lint]") {
  CHECK(ParseConfig("c.yaml", "langauge: en\n").status().message() ==
        "c.yaml:1:1: unknown key \"langauge\" in configuration (did you mean \"language\"?)");
  CHECK(ParseConfig("c.yaml", "checks:\n  names/inconsistent: loud\n").status().message() ==
        "c.yaml:2:23: unknown severity \"loud\"; expected one of: off, info, warning, error");
  CHECK(ParseConfig("c.yaml", "default_rules: maybe\n").status().message() ==
        "c.yaml:1:16: default_rules must be true or false");
}

TEST_CASE("The config's variants add spellings to listed entities", "[lint]") {
  Result<Config> c = ParseConfig("c.yaml", "variants:\n  kyiv: [Kiyv, \"Kyiv, city\"]\n");
  REQUIRE(c.ok());
  REQUIRE(c->variants.size() == 2);
  CHECK(c->variants[1].entity == "kyiv");
  CHECK(c->variants[1].spelling == "Kyiv, city");
  CHECK(c->variants[0].where.ToString() == "c.yaml:2:10");
  CHECK(ConfigToYaml(*c).find("variants:\n  kyiv: [Kiyv, \"Kyiv, city\"]") != std::string::npos);
  CHECK(ParseConfig("c.yaml", "variants: [kyiv]\n").status().message() ==
        "c.yaml:1:11: variants must map entity ids to lists of spellings");
  CHECK(ParseConfig("c.yaml", "variants:\n  kyiv: Kiyv\n").status().message() ==
        "c.yaml:2:9: variants.kyiv must be a list of spellings");
}

TEST_CASE("DiscoverConfig finds the nearest .translint.yaml upward", "[lint]") {
  testing::TempDir dir;
  dir.Write(".translint.yaml", "language: en\n");
  dir.Write("a/b/x.md", "");
  CHECK(DiscoverConfig(dir.path() + "/a/b") == dir.path() + "/.translint.yaml");
  dir.Write("a/.translint.yaml", "language: fr\n");
  CHECK(DiscoverConfig(dir.path() + "/a/b") == dir.path() + "/a/.translint.yaml");
}

TEST_CASE("The archive's field names are configurable and printed", "[lint]") {
  Result<Config> c = ParseConfig("c.yaml", "archive: { text: body, date: [published, pubDate] }\n");
  REQUIRE(c.ok());
  CHECK(c->archive.text == std::vector<std::string>{"body"});
  CHECK(c->archive.date == std::vector<std::string>{"published", "pubDate"});
  CHECK(c->archive.outlet == ArchiveFields{}.outlet);  // the defaults stay for the others
  CHECK(ConfigToYaml(*c).find("archive:\n  text: [body]\n  title: [title, headline]\n  date: [published, pubDate]") !=
        std::string::npos);
  CHECK(ParseConfig("c.yaml", "archive: { txt: body }\n").status().message() ==
        "c.yaml:1:12: unknown key \"txt\" in archive (did you mean \"text\"?)");
}
