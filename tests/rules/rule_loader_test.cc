#include "rules/rule_loader.h"

#include <catch2/catch.hpp>

using namespace translint;

namespace {

// The Status message of loading `yaml` as "t.yaml" and finalizing, or "" if OK.
std::string LoadError(const std::string& yaml) {
  RuleTable table;
  Status s = LoadRuleText("t.yaml", yaml, &table);
  if (s.ok()) s = table.Finalize();
  return s.ok() ? "" : s.message();
}

}  // namespace

TEST_CASE("A well-formed entity loads with all its fields", "[rules]") {
  RuleTable table;
  REQUIRE(LoadRuleText("t.yaml", R"(
entities:
  - id: kyiv
    kind: place
    original: { uk: Київ }
    preferred: { en: Kyiv, fr: { spelling: Kiev, tag: transliteration } }
    variants: [Kiyv, { spelling: Kiev, tag: historical }]
    exceptions: [Chicken Kiev]
    source: AP
    examples:
      - { flag: "in Kiev", fixed: "in Kyiv" }
      - { ok: "in Kyiv", language: en }
)", &table).ok());
  REQUIRE(table.Finalize().ok());
  const Entity& e = table.entities().at(0);
  CHECK(e.kind == EntityKind::kPlace);
  CHECK(e.original.at("uk") == "Київ");
  CHECK(e.PreferredFor("en")->text == "Kyiv");
  CHECK(e.PreferredFor("fr")->tag == SpellingTag::kTransliteration);
  REQUIRE(e.variants.size() == 2);
  CHECK(e.variants[1].tag == SpellingTag::kHistorical);
  CHECK(e.variants[1].where.ToString() == "t.yaml:7:22");
  CHECK(e.examples.size() == 2);
  CHECK(*e.examples[0].fixed == "in Kyiv");
  CHECK(e.where.line == 3);
}

TEST_CASE("Rule table errors name the place and suggest a fix", "[rules]") {
  CHECK(LoadError("entities:\n  - id: x\n    kind: place\n    preferred: { en: X }\n    varients: [Y]\n") ==
        "t.yaml:5:5: unknown key \"varients\" in entity (did you mean \"variants\"?)");
  CHECK(LoadError("entities:\n  - id: x\n    kind: plase\n    preferred: { en: X }\n") ==
        "t.yaml:3:11: unknown entity kind \"plase\" (did you mean \"place\"?); expected one of: person, "
        "organization, place, media, band, work, term");
  CHECK(LoadError("entities:\n  - id: x\n    kind: place\n") ==
        "t.yaml:2:5: entity is missing the required key \"preferred\"");
  CHECK(LoadError("entities:\n  - id: x\n    kind: place\n    preferred: { en: X }\n    variants: [{ spelling: Y, tag: histrical }]\n") ==
        "t.yaml:5:36: unknown tag \"histrical\" (did you mean \"historical\"?); expected one of: transliteration, "
        "translation, historical, misspelling");
  CHECK(LoadError("entities:\n  - id: X Y\n    kind: place\n    preferred: { en: X }\n") ==
        "t.yaml:2:9: id \"X Y\" may only contain a-z, 0-9 and \"-\"");
  CHECK(LoadError("entities:\n  - id: x\n    kind: place\n    kind: person\n    preferred: { en: X }\n") ==
        "t.yaml:4:5: duplicate key \"kind\" in entity");
  CHECK(LoadError("entities: [\n") .rfind("t.yaml:2:1: invalid YAML: ", 0) == 0);
  CHECK(LoadError("entity:\n  - id: x\n") == "t.yaml:1:1: unknown key \"entity\" in rule table (did you mean \"entities\"?)");
  CHECK(LoadError("entities:\n  - id: x\n    kind: place\n    preferred: { en: X }\n    examples: [{ flag: a, ok: b }]\n") ==
        "t.yaml:5:16: an example has exactly one of \"flag\" or \"ok\"");
  CHECK(LoadError("entities:\n  - id: x\n    kind: place\n    preferred: { english: X }\n") ==
        "t.yaml:4:18: unknown language \"english\"; expected one of: en, de, fr, ru, uk, be, ky, kk, tg, uz, tk");
  CHECK(LoadError("words: [som, two words]\n") == "t.yaml:1:14: \"two words\" is not one word: list single words");
  CHECK(LoadError("words: { som: 1 }\n").rfind("t.yaml:1:8: ", 0) == 0);
  // Found by fuzz_rules: one word with a space, not in a list, once threw from yaml-cpp.
  CHECK(LoadError("words: s[o ms]\n") == "t.yaml:1:8: \"s[o ms]\" is not one word: list single words");
}

TEST_CASE("Cross-entity errors: duplicate ids, unknown ids, shared spellings", "[rules]") {
  const std::string a = "entities:\n  - id: a\n    kind: person\n    preferred: { en: Sadyr Japarov }\n";
  CHECK(LoadError(a + "  - id: a\n    kind: person\n    preferred: { en: B }\n") ==
        "t.yaml:5:5: duplicate entity id \"a\" (first defined at t.yaml:2:5)");
  CHECK(LoadError(a + "    distinct_from: [akylbek]\n") ==
        "t.yaml:2:5: entity \"a\" is distinct_from unknown entity \"akylbek\"");
  CHECK(LoadError(a + "  - id: b\n    kind: person\n    preferred: { en: SADYR  JAPAROV }\n") ==
        "t.yaml:7:22: spelling \"SADYR  JAPAROV\" of \"b\" is also a spelling of \"a\" (t.yaml:4:22); merge the two "
        "entities, or add distinct_from if they are different");
  CHECK(LoadError(a + "  - id: b\n    kind: person\n    preferred: { en: Sadyr Japarov }\n    distinct_from: [a]\n") == "");
}
