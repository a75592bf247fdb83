// The shipped rule tables load, verify their examples, and meet the bar the
// project set for them: at least 120 entities, each with a source note.
#include <catch2/catch.hpp>

#include "lint/linter.h"
#include "test_util.h"

using namespace translint;

TEST_CASE("Shipped rule tables load and their examples pass", "[rules]") {
  Result<std::unique_ptr<Linter>> linter = Linter::Create(Config{}, {testing::ShippedRules()});
  INFO((linter.ok() ? std::string() : linter.status().message()));
  REQUIRE(linter.ok());
  const RuleTable& table = (*linter)->table();
  CHECK(table.entities().size() >= 120);
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
