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

}  // namespace

TEST_CASE("Entities survive a round trip through the cache format", "[rules]") {
  RuleTable table;
  REQUIRE(LoadRuleText("t.yaml", kTable, &table).ok());
  const std::string bytes = SerializeEntities(table.entities());
  std::optional<std::vector<Entity>> back = DeserializeEntities(bytes);
  REQUIRE(back.has_value());
  REQUIRE(back->size() == 1);
  const Entity& a = table.entities()[0];
  const Entity& b = (*back)[0];
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
}

TEST_CASE("A truncated or foreign cache file is refused", "[rules]") {
  RuleTable table;
  REQUIRE(LoadRuleText("t.yaml", kTable, &table).ok());
  const std::string bytes = SerializeEntities(table.entities());
  for (size_t cut : {size_t{0}, size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    CHECK_FALSE(DeserializeEntities(bytes.substr(0, cut)).has_value());
  }
  CHECK_FALSE(DeserializeEntities(bytes + "x").has_value());
  CHECK_FALSE(DeserializeEntities(std::string(100, '\xFF')).has_value());
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
  { std::ofstream(cache_file, std::ios::binary) << SerializeEntities(planted_table.entities()); }
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
