// The shipped rule tables load, verify their examples, and meet the bar the
// project set for them: at least 600 entities, each with a source note.
#include <catch2/catch.hpp>

#include <algorithm>

#include "check/check.h"
#include "lint/linter.h"
#include "test_util.h"

using namespace translint;

TEST_CASE("Shipped rule tables load and their examples pass", "[rules]") {
  Result<std::unique_ptr<Linter>> linter = Linter::Create(Config{}, {testing::ShippedRules()});
  INFO((linter.ok() ? std::string() : linter.status().message()));
  REQUIRE(linter.ok());
  const RuleTable& table = (*linter)->table();
  CHECK(table.entities().size() >= 600);
  size_t examples = 0;
  for (const Entity& e : table.entities()) {
    INFO(e.id);
    CHECK_FALSE(e.source.empty());
    CHECK(e.PreferredFor("en") != nullptr);
    examples += e.examples.size();
  }
  CHECK(examples >= 60);
  // Every RFE/RL language service the issue names is present.
  for (const char* id : {"azattyk", "azattyq", "azatlyk", "ozodi", "ozodlik", "radio-svoboda", "radio-svaboda"}) {
    CHECK(table.Find(id) >= 0);
  }
}

TEST_CASE("The shipped word list keeps the region's words out of spelling findings", "[rules]") {
  Config config;
  for (const std::string& id : BuiltinChecks().Ids()) {
    if (id != "spelling/unknown-word") config.checks[id] = Severity::kOff;
  }
  Result<std::unique_ptr<Linter>> linter = Linter::Create(config, {testing::ShippedRules()});
  REQUIRE(linter.ok());
  const std::vector<std::string>& words = (*linter)->table().words();
  for (const char* word : {"som", "soms", "somoni", "tenge", "manat", "akim", "khokim", "hokim", "uulu", "kyzy", "ogly"}) {
    CHECK(std::find(words.begin(), words.end(), word) != words.end());
  }
  const Document doc("a.txt", "The akim paid 500 soms, 20 somoni and 9 tenge to Almaz uulu; the goverment agreed.\n", "en");
  const std::vector<Diagnostic> found = (*linter)->Lint(doc);
  REQUIRE(found.size() == 1);  // only the typo
  CHECK(found[0].text == "goverment");
}
