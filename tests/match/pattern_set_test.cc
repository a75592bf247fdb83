#include "match/pattern_set.h"

#include <catch2/catch.hpp>

#include "check/patterns/pattern_rules.h"
#include "check/prose_text.h"
#include "match/regex_scan.h"
#include "rules/rule_loader.h"

using namespace translint;

namespace {

RuleTable Load(const std::string& yaml) {
  RuleTable table;
  const Status s = LoadRuleText("p.yaml", yaml, &table);
  INFO(s.message());
  REQUIRE(s.ok());
  return table;
}

// "text@offset" of every match of every rule.
std::string Matches(const PatternSet& set, const std::string& text, const std::string& language = "en") {
  const Document doc("d.txt", text, language);
  std::vector<PatternMatch> matches;
  set.Scan(doc, Span{0, text.size()}, set.ActiveRules(doc), &matches);
  std::string out;
  for (const PatternMatch& m : matches) {
    out += "[" + set.rules()[m.rule].id + ":" + (m.timed_out ? "TIMEOUT" : m.groups[0]) + "@" +
           std::to_string(m.span.begin) + "]";
  }
  return out;
}

}  // namespace

TEST_CASE("Phrases match whole words in any case and regexes report their groups", "[match]") {
  const RuleTable table = Load(R"(patterns:
  - { id: a/phrase, message: m, phrases: [told at a briefing, recall that] }
  - { id: a/regex, message: m, pattern: '\b(\d+) mln\b', languages: [en] }
)");
  auto set = PatternSet::Build(table.patterns());
  REQUIRE(set.ok());
  CHECK(Matches(**set, "They TOLD at a\nbriefing; 5 mln. Recall thatcher.") ==
        "[a/phrase:TOLD at a\nbriefing@5][a/regex:5 mln@25]");
  CHECK(Matches(**set, "5 mln", "de").empty());  // the regex rule is English only
}

TEST_CASE("A regex that does not compile is an error at its YAML line", "[match]") {
  const RuleTable table = Load("patterns:\n  - id: a/bad\n    message: m\n    pattern: '(unclosed'\n");
  auto set = PatternSet::Build(table.patterns());
  REQUIRE_FALSE(set.ok());
  CHECK(set.status().message() ==
        "p.yaml:4:14: pattern of \"a/bad\" does not compile: U_REGEX_MISMATCHED_PAREN at offset 9 of the regular "
        "expression");
}

TEST_CASE("A pathological regex is stopped by the time limit", "[match]") {
  const RuleTable table = Load("patterns:\n  - { id: a/slow, message: m, pattern: '(a+)+b' }\n");
  auto set = PatternSet::Build(table.patterns());
  REQUIRE(set.ok());
  CHECK(Matches(**set, std::string(40, 'a') + "c") == "[a/slow:TIMEOUT@0]");
}

TEST_CASE("unless silences a rule in documents that match it", "[match]") {
  const RuleTable table = Load(R"(patterns:
  - { id: a/sizo, message: m, pattern: '\bSIZO\b', unless: '\(SIZO\)' }
)");
  auto set = PatternSet::Build(table.patterns());
  REQUIRE(set.ok());
  CHECK(Matches(**set, "sent to SIZO") == "[a/sizo:SIZO@8]");
  CHECK(Matches(**set, "a pre-trial detention center (SIZO). The SIZO is full.").empty());
}

TEST_CASE("RequiredLiteral finds a literal every match contains, or none", "[match]") {
  bool ci;
  CHECK(RequiredLiteral("\\bSIZOs?\\b", &ci) == "SIZO");
  CHECK(RequiredLiteral("(?<=\\d)[ ]?mln\\b", &ci) == "mln");
  CHECK(RequiredLiteral("\\b[Uu]nder the article\\b", &ci) == "nder the article");
  CHECK(RequiredLiteral("(?i)this (?:material|message)", &ci) == "this ");
  CHECK(ci);
  CHECK(RequiredLiteral("\\b(?:MVD|GUVD)\\b", &ci).empty());
  CHECK(RequiredLiteral("RF|KR", &ci).empty());
  CHECK(RequiredLiteral("(?im)^see also:", &ci) == "see also:");  // flags in any order
  CHECK(ci);
  CHECK(RequiredLiteral("(?m)^Views: ", &ci) == "Views: ");
  CHECK_FALSE(ci);
  CHECK(RequiredLiteral("(?:a|b){2,}\\n", &ci).empty());  // the counts of a quantifier are no literal
  CHECK(RequiredLiteral("x{2}yz", &ci) == "yz");
  CHECK(ContainsLiteral("THIS text", "this ", true));
  CHECK_FALSE(ContainsLiteral("THIS text", "this ", false));
}

TEST_CASE("ExpandGroups and MatchCase", "[match]") {
  CHECK(ExpandGroups("\"{0}\" ({1})", {"5 mln", "5"}, '{') == "\"5 mln\" (5)");
  CHECK(ExpandGroups("$1 million", {"5 mln", "5"}, '$') == "5 million");
  CHECK(MatchCase("Money are", "money is") == "Money is");
  CHECK(MatchCase("MONEY ARE", "money is") == "MONEY IS");
  CHECK(MatchCase("money are", "money is") == "money is");
}
