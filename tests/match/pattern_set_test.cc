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
  const std::vector<Span> prose{Span{0, text.size()}};
  set.Scan(doc, ProseViews(doc.text(), prose), &matches);
  std::string out;
  for (const PatternMatch& m : matches) {
    out += "[" + set.rules()[m.rule].id + ":" + (!m.error.empty() ? m.error : m.groups[0]) + "@" +
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
  (*set)->CompilePrefilter();
  // The "ab" at the end lets the prefilter through; ICU backtracks from the start.
  CHECK(Matches(**set, std::string(40, 'a') + "c ab") == "[a/slow:U_REGEX_TIME_OUT@0]");
}

TEST_CASE("Any other error that stops ICU is reported too, naming it", "[match]") {
  // 150 capture groups a repetition: ICU's backtracking stack runs out before its time limit.
  std::string regex = "(?:(a)";
  for (int i = 1; i <= 150; ++i) regex += "|(b" + std::to_string(i) + ")";
  regex += ")+c";
  const RuleTable table = Load("patterns:\n  - { id: a/deep, message: m, pattern: '" + regex + "' }\n");
  auto set = PatternSet::Build(table.patterns());
  REQUIRE(set.ok());
  CHECK(Matches(**set, std::string(60000, 'a') + "c") == "[a/deep:U_REGEX_STACK_OVERFLOW@0]");
}

TEST_CASE("A long paragraph is searched in windows: every match once, anchors as in the whole text", "[match]") {
  const RuleTable table = Load(R"(patterns:
  - { id: a/word, message: m, pattern: '\bkey\b' }
  - { id: a/start, message: m, pattern: '(?m)^Read more:[^\n]*' }
  - { id: a/line, message: m, pattern: '(?m)^[^\n]{0,200}report[^\n]{0,200}$' }
)");
  auto set = PatternSet::Build(table.patterns());
  REQUIRE(set.ok());
  // 300,000 characters without a line break, "key" every 1,000: windows of 65,536 with an overlap.
  std::string text;
  for (int i = 0; i < 300; ++i) text += "key " + std::string(995, 'x') + " ";
  text += "\nRead more: other\nno report here";
  const std::string found = Matches(**set, text);
  size_t keys = 0;
  for (size_t at = 0; (at = found.find("[a/word:key@", at)) != std::string::npos; ++at) ++keys;
  CHECK(keys == 300);  // none lost or repeated where windows overlap
  CHECK(found.find("[a/start:Read more: other@300001]") != std::string::npos);
  // "x...x" is no line start: ^ does not match at a window's edge.
  CHECK(found.find("[a/line:no report here@") != std::string::npos);
  CHECK(found.find("TIME_OUT") == std::string::npos);
}

TEST_CASE("unless silences a rule in documents that match it", "[match]") {
  const RuleTable table = Load(R"(patterns:
  - { id: a/sizo, message: m, pattern: '\bSIZO\b', unless: '\(SIZO\)' }
)");
  auto set = PatternSet::Build(table.patterns());
  REQUIRE(set.ok());
  for (int prefilter = 0; prefilter < 2; ++prefilter) {
    if (prefilter) (*set)->CompilePrefilter();
    CHECK(Matches(**set, "sent to SIZO") == "[a/sizo:SIZO@8]");
    CHECK(Matches(**set, "a pre-trial detention center (SIZO). The SIZO is full.").empty());
  }
}

TEST_CASE("A rule that is off is never scanned, but its regex must still compile", "[match]") {
  const RuleTable table = Load(R"(patterns:
  - { id: a/sizo, message: m, pattern: '\bSIZO\b' }
  - { id: a/mln, message: m, phrases: [mln] }
)");
  auto set = PatternSet::Build(table.patterns(), {true, false});
  REQUIRE(set.ok());
  CHECK(Matches(**set, "SIZO, 5 mln") == "[a/mln:mln@8]");
  const RuleTable broken = Load(R"(patterns:
  - { id: a/broken, message: m, pattern: '(unclosed' }
)");
  CHECK_FALSE(PatternSet::Build(broken.patterns(), {true}).ok());
}

TEST_CASE("Rules in ICU-only syntax still match, searched by ICU alone", "[match]") {
  const RuleTable table = Load(R"(patterns:
  - { id: a/set, message: m, pattern: '[\p{L}&&[\p{Cyrillic}]]{3,}' }
  - { id: a/lookbehind, message: m, pattern: '(?<=\d)mln\b' }
)");
  auto set = PatternSet::Build(table.patterns());
  REQUIRE(set.ok());
  (*set)->CompilePrefilter();
  CHECK(Matches(**set, "say Привет to 5mln") == "[a/set:Привет@4][a/lookbehind:mln@21]");
}

TEST_CASE("ExpandGroups and MatchCase", "[match]") {
  CHECK(ExpandGroups("\"{0}\" ({1})", {"5 mln", "5"}, '{') == "\"5 mln\" (5)");
  CHECK(ExpandGroups("$1 million", {"5 mln", "5"}, '$') == "5 million");
  CHECK(MatchCase("Money are", "money is") == "Money is");
  CHECK(MatchCase("MONEY ARE", "money is") == "MONEY IS");
  CHECK(MatchCase("money are", "money is") == "money is");
}
