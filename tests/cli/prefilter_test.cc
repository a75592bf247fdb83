// A run of 4 MB or more compiles the pattern rules' Vectorscan prefilter
// (Linter::PrepareFor); its findings must be those of ICU alone.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>

#include "test_util.h"

using namespace translint::testing;

namespace {

const char kArticle[] =
    "The creative team \"Kloop\" said that 5 mln som were spent on the eve. Money are allocated by the RF "
    "Government.\nHe was sent to the SIZO under the article of fraud. This material was produced by a foreign "
    "agent.\n\nRead more: the budget in 2024\n";

// Findings per check id, of the checks `wanted` names (all when empty).
std::map<std::string, int> Counts(const std::string& json, const std::map<std::string, int>& wanted = {}) {
  std::map<std::string, int> counts;
  const nlohmann::json report = nlohmann::json::parse(json);
  for (const auto& d : report["diagnostics"]) {
    const std::string id = d["check"];
    if (wanted.empty() || wanted.count(id)) ++counts[id];
  }
  return counts;
}

}  // namespace

TEST_CASE("A large run with the prefilter finds what ICU alone finds", "[cli][patterns]") {
  TempDir dir;
  dir.Write(".translint.yaml", "checks:\n  spelling/unknown-word: off\n");
  dir.Write("one/a.txt", kArticle);
  const RunResult one = RunTranslint({"check", "--format", "json", "one"}, dir.path());
  REQUIRE(one.exit_code == 1);
  // By hand: the eight pattern rules the article breaks, once each.
  const std::map<std::string, int> expected{{"calque/creative-team", 1}, {"number/mln", 1},
                                            {"calque/on-the-eve", 1},    {"calque/money-are", 1},
                                            {"acronym/rf-kr-rk", 1},     {"acronym/sizo", 1},
                                            {"boilerplate/foreign-agent-notice", 1}, {"boilerplate/read-more", 1}};
  CHECK(Counts(one.out, expected) == expected);
  // 1,100 such articles of 4 KB each (4.4 MB: over the 4 MiB at which the prefilter is compiled).
  constexpr int kFiles = 1100;
  for (int i = 0; i < kFiles; ++i) {
    std::string text = kArticle;
    while (text.size() < 4000) text += "\nReport " + std::to_string(i) + " on the water supply of the region was read.";
    dir.Write("many/f" + std::to_string(i) + ".txt", text + "\n");
  }
  const RunResult many = RunTranslint({"check", "--format", "json", "many"}, dir.path());
  REQUIRE(many.exit_code == 1);
  std::map<std::string, int> all = expected;
  for (auto& [id, n] : all) n *= kFiles;
  CHECK(Counts(many.out, expected) == all);
}
