#include "rules/rule_cache.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "rules/rule_loader.h"
#include "test_util.h"

using namespace translint;

namespace {

const char* kTable = R"(entities:
  - id: kyiv
    kind: place
    original: { uk: Київ }
    preferred: { en: Kyiv, fr: { spelling: Kiev, tag: transliteration } }
    variants: [{ spelling: Kiev, tag: historical }]
    distinct_from: []
    exceptions: [Chicken Kiev]
    source: AP
    examples: [{ flag: "in Kiev", fixed: "in Kyiv" }, { ok: "in Kyiv", language: de }]
)";

const char* kPatterns = R"(patterns:
  - id: calque/creative-team
    message: for a band, write "band"
    phrases: [creative team, creative collective]
    fix: suggest
    replacement: band
  - id: number/year
    message: drop "year"
    severity: info
    pattern: '\b(\d{4}) year\b'
    fix: auto
    replacement: $1
    languages: [en]
    examples: [{ flag: "in 2024 year", fixed: "in 2024" }]
)";

}  // namespace

TEST_CASE("Entities, patterns and words survive a round trip through the cache format", "[rules]") {
  RuleTable table;
  REQUIRE(LoadRuleText("t.yaml", kTable, &table).ok());
  REQUIRE(LoadRuleText("p.yaml", kPatterns, &table).ok());
  REQUIRE(LoadRuleText("w.yaml", "words: [som, tenge]\n", &table).ok());
  const std::string bytes = SerializeRules(table);
  RuleTable back;
  REQUIRE(DeserializeRules(bytes, &back));
  REQUIRE(back.entities().size() == 1);
  const Entity& a = table.entities()[0];
  const Entity& b = back.entities()[0];
  CHECK(b.id == a.id);
  CHECK(b.kind == a.kind);
  CHECK(b.original == a.original);
  CHECK(b.PreferredFor("fr")->tag == SpellingTag::kTransliteration);
  CHECK(b.variants[0].where.ToString() == a.variants[0].where.ToString());
  CHECK(b.exceptions == a.exceptions);
  CHECK(b.source == "AP");
  REQUIRE(b.examples.size() == 2);
  CHECK(*b.examples[0].fixed == "in Kyiv");
  CHECK_FALSE(b.examples[1].fixed.has_value());
  CHECK(b.examples[1].language == "de");
  CHECK(b.where.ToString() == a.where.ToString());
  REQUIRE(back.patterns().size() == 2);
  const PatternRule& p = back.patterns()[1];
  CHECK(p.id == "number/year");
  CHECK(p.pattern == table.patterns()[1].pattern);
  CHECK(p.fix == FixMode::kAuto);
  CHECK(p.replacement == "$1");
  CHECK(p.severity == "info");
  CHECK(p.languages == std::vector<std::string>{"en"});
  CHECK(p.pattern_where.ToString() == "p.yaml:10:14");
  CHECK(back.patterns()[0].phrases == std::vector<std::string>{"creative team", "creative collective"});
  CHECK(back.words() == std::vector<std::string>{"som", "tenge"});
}

TEST_CASE("A truncated or foreign cache file is refused", "[rules]") {
  RuleTable table;
  REQUIRE(LoadRuleText("t.yaml", kTable, &table).ok());
  const std::string bytes = SerializeRules(table);
  for (size_t cut : {size_t{0}, size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    RuleTable out;
    CHECK_FALSE(DeserializeRules(bytes.substr(0, cut), &out));
    CHECK(out.entities().empty());
  }
  RuleTable out;
  CHECK_FALSE(DeserializeRules(bytes + "x", &out));
  CHECK_FALSE(DeserializeRules(std::string(100, '\xFF'), &out));
}

TEST_CASE("The cache key changes with any table's path or contents", "[rules]") {
  const uint64_t k = RuleCacheKey({{"a.yaml", "x"}, {"b.yaml", "y"}});
  CHECK(k == RuleCacheKey({{"a.yaml", "x"}, {"b.yaml", "y"}}));
  CHECK(k != RuleCacheKey({{"a.yaml", "x"}, {"b.yaml", "z"}}));
  CHECK(k != RuleCacheKey({{"a.yaml", "x"}, {"c.yaml", "y"}}));
  CHECK(RuleCacheKey({{"a", "bc"}}) != RuleCacheKey({{"ab", "c"}}));
}

TEST_CASE("LoadRulePaths writes the cache, reads it back, and reparses after an edit", "[rules]") {
  testing::TempDir dir;
  const std::string table = dir.Write("rules/t.yaml", kTable);
  const std::string cache = dir.path() + "/cache";
  RuleTable first;
  REQUIRE(LoadRulePaths({dir.path() + "/rules"}, cache, &first).ok());
  REQUIRE(std::distance(std::filesystem::directory_iterator(cache), std::filesystem::directory_iterator()) == 1);
  const std::string cache_file = std::filesystem::directory_iterator(cache)->path().string();
  // A hit reads the cache: prove it by planting a different entity in it.
  RuleTable planted_table;
  REQUIRE(LoadRuleText("t.yaml", std::string(kTable).replace(std::string(kTable).find("id: kyiv"), 8, "id: kiev"),
                       &planted_table).ok());
  std::filesystem::remove(cache_file);
  { std::ofstream(cache_file, std::ios::binary) << SerializeRules(planted_table); }
  RuleTable second;
  REQUIRE(LoadRulePaths({dir.path() + "/rules"}, cache, &second).ok());
  CHECK(second.entities().at(0).id == "kiev");
  // Editing the table changes the key: the YAML is parsed again.
  dir.Write("rules/t.yaml", std::string(kTable) + "\n");
  RuleTable third;
  REQUIRE(LoadRulePaths({dir.path() + "/rules"}, cache, &third).ok());
  CHECK(third.entities().at(0).id == "kyiv");
  // A broken table is an error whatever the cache holds, and is not cached.
  dir.Write("rules/t.yaml", "entities: [\n");
  RuleTable broken;
  CHECK_FALSE(LoadRulePaths({dir.path() + "/rules"}, cache, &broken).ok());
  CHECK(std::distance(std::filesystem::directory_iterator(cache), std::filesystem::directory_iterator()) == 2);
}
