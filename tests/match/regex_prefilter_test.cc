#include "match/regex_prefilter.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/utf8.h"
#include "match/regex_scan.h"
#include "rules/rule_loader.h"
#include "text/document.h"
#include "text/segmenter.h"

using namespace translint;

TEST_CASE("The prefilter names the spans where a regex may match", "[match]") {
  const auto filter = RegexPrefilter::Build({"\\bSIZO\\b", "(?i)read more", "\\d mln"}, "", true);
  const std::string text = "One SIZO here.\nNothing.\nRead More: 5 mln";
  const std::vector<Span> spans{{0, 14}, {15, 23}, {24, text.size()}};
  const RegexCandidates c = filter->Find(text, spans);
  CHECK(c.Possible(0, 0));
  CHECK_FALSE(c.Possible(1, 0));
  CHECK_FALSE(c.Possible(2, 0));
  CHECK(c.Possible(2, 1));  // case-insensitive, as (?i) says
  CHECK_FALSE(c.Possible(0, 1));
  CHECK(c.Possible(2, 2));
  CHECK(c.Anywhere(0));
  CHECK(c.Anywhere(2));
  CHECK_FALSE(filter->always_possible(0));
}

TEST_CASE("The prefilter sees the text around a span, as ICU's transparent bounds do", "[match]") {
  const auto filter = RegexPrefilter::Build({"(?<=\\d)mln", "\\Bmln"}, "", true);
  const std::string text = "5mln";
  const RegexCandidates c = filter->Find(text, {Span{1, 4}});  // the span starts after the digit
  CHECK(c.Possible(0, 0));
  CHECK(c.Possible(0, 1));
}

TEST_CASE("What Vectorscan cannot read, or a text that is not UTF-8, is possible everywhere", "[match]") {
  const auto filter = RegexPrefilter::Build({"[\\p{L}&&[\\p{Cyrillic}]]+", "x", "\\N{LATIN SMALL LETTER A}", "\\u0430",
                                             "[[:alpha:]]b", "[:=]"}, "", true);
  CHECK(filter->always_possible(0));  // a set in a set: ICU's intersection, not PCRE's
  CHECK_FALSE(filter->always_possible(1));
  CHECK(filter->always_possible(2));
  CHECK(filter->always_possible(3));  // \u: no Vectorscan syntax, it does not compile
  CHECK_FALSE(filter->always_possible(4));  // POSIX classes are common to both
  CHECK_FALSE(filter->always_possible(5));
  const RegexCandidates plain = filter->Find("abc", {Span{0, 3}});
  CHECK(plain.Possible(0, 0));
  CHECK_FALSE(plain.Possible(0, 1));
  const std::string bad = "ab\xff";
  const RegexCandidates invalid = filter->Find(bad, {Span{0, 3}});
  CHECK(invalid.Possible(0, 1));
}

// The prefilter must never hide a match ICU finds: every shipped regex rule, over
// every sample, test fixture and rule example, paragraph by paragraph.
TEST_CASE("The prefilter never hides a match of a shipped rule", "[match]") {
  RuleTable table;
  REQUIRE(LoadRulePaths({TRANSLINT_SOURCE_DIR "/rules"}, "", &table).ok());
  std::vector<std::string> sources;
  std::vector<std::unique_ptr<icu::RegexPattern>> regexes;
  std::vector<std::pair<std::string, std::string>> documents;  // (path, text)
  for (const PatternRule& rule : table.patterns()) {
    for (const Example& e : rule.examples) documents.emplace_back(e.where.ToString(), e.text);
    for (const std::string* s : {&rule.pattern, &rule.unless}) {
      if (s->empty()) continue;
      sources.push_back(*s);
      regexes.push_back(CompileBuiltinRegex(s->c_str()));
    }
  }
  REQUIRE(sources.size() > 30);
  const auto filter = RegexPrefilter::Build(sources, "", true);
  size_t compiled = 0;
  for (size_t i = 0; i < sources.size(); ++i) {
    UNSCOPED_INFO("searched by ICU alone: " << (filter->always_possible(i) ? sources[i] : ""));
    compiled += filter->always_possible(i) ? 0 : 1;
  }
  CHECK(compiled == sources.size());  // the shipped rules all take the fast path
  for (const char* folder : {"/samples", "/tests/checks"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(TRANSLINT_SOURCE_DIR + std::string(folder))) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      documents.emplace_back(entry.path().string(), bytes.str());
    }
  }
  size_t matches = 0;
  for (const auto& [path, text] : documents) {
    const Document doc(path, text, "en");
    if (FindInvalidUtf8(doc.text()) != std::string_view::npos) continue;
    const std::vector<Span> prose = SegmentProse(doc);
    const RegexCandidates c = filter->Find(doc.text(), prose);
    for (size_t r = 0; r < regexes.size(); ++r) {
      for (size_t s = 0; s < prose.size(); ++s) {
        ScanRegex(*regexes[r], doc.text(), prose[s], [&](const RegexHit&) {
          ++matches;
          INFO(doc.path() << ": " << sources[r]);
          CHECK(c.Possible(s, r));
        });
      }
    }
  }
  CHECK(matches > sources.size());  // the rules are exercised: more matches than regexes
}

TEST_CASE("The compiled prefilter is cached, and a damaged cache file is compiled again", "[match]") {
  const std::string folder = std::filesystem::temp_directory_path() / ("translint-hs-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  const std::vector<std::string> regexes{"\\bSIZO\\b", "[\\p{L}&&[\\p{Cyrillic}]]+", "\\d mln"};
  const std::string text = "SIZO\n5 mln";
  const std::vector<Span> spans{{0, 4}, {5, text.size()}};
  CHECK_FALSE(RegexPrefilter::Build(regexes, folder, false)->complete());  // nothing cached, nothing compiled
  const auto compiled = RegexPrefilter::Build(regexes, folder, true);
  REQUIRE(compiled->complete());
  const auto loaded = RegexPrefilter::Build(regexes, folder, false);
  REQUIRE(loaded->complete());
  for (size_t r = 0; r < regexes.size(); ++r) CHECK(loaded->always_possible(r) == compiled->always_possible(r));
  CHECK(loaded->always_possible(1));
  const RegexCandidates c = loaded->Find(text, spans);
  CHECK(c.Possible(0, 0));
  CHECK_FALSE(c.Possible(1, 0));
  CHECK(c.Possible(1, 2));
  CHECK_FALSE(RegexPrefilter::Build({"\\bKNB\\b"}, folder, false)->complete());  // other regexes: another file
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) std::filesystem::resize_file(entry.path(), std::filesystem::file_size(entry.path()) / 2);
  }
  CHECK_FALSE(RegexPrefilter::Build(regexes, folder, false)->complete());
  CHECK(RegexPrefilter::Build(regexes, folder, true)->complete());
  std::filesystem::remove_all(folder);
}
