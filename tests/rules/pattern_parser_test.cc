#include <catch2/catch.hpp>

#include "rules/rule_loader.h"

using namespace translint;

namespace {

std::string LoadError(const std::string& yaml) {
  RuleTable table;
  Status s = LoadRuleText("p.yaml", yaml, &table);
  if (s.ok()) s = table.Finalize();
  return s.ok() ? "" : s.message();
}

}  // namespace

TEST_CASE("Pattern rule errors are located", "[rules]") {
  CHECK(LoadError("patterns:\n  - { id: calque, message: m, phrases: [x] }\n") ==
        "p.yaml:2:11: pattern id \"calque\" must be \"group/name\", e.g. \"calque/creative-team\"");
  CHECK(LoadError("patterns:\n  - { id: a/b, message: m }\n") ==
        "p.yaml:2:5: a pattern rule has exactly one of \"phrases\" or \"pattern\"");
  CHECK(LoadError("patterns:\n  - { id: a/b, message: m, phrases: [x], fix: auto }\n") ==
        "p.yaml:2:5: fix: auto needs a \"replacement\"");
  CHECK(LoadError("patterns:\n  - { id: a/b, message: m, phrases: [x], fix: always, replacement: y }\n") ==
        "p.yaml:2:47: unknown fix \"always\"; expected one of: none, suggest, auto");
  CHECK(LoadError("patterns:\n  - { id: a/b, message: m, phrases: [x], severity: loud }\n") ==
        "p.yaml:2:52: unknown severity \"loud\"; expected one of: info, warning, error");
  CHECK(LoadError("patterns:\n  - { id: a/b, message: m, phrase: [x] }\n") ==
        "p.yaml:2:28: unknown key \"phrase\" in pattern rule (did you mean \"phrases\"?)");
  CHECK(LoadError("patterns:\n  - { id: a/b, message: m, phrases: [x] }\n  - { id: a/b, message: n, phrases: [y] }\n") ==
        "p.yaml:3:5: duplicate pattern id \"a/b\" (first defined at p.yaml:2:5)");
}
