// End-to-end tests of archives: corpus findings across documents, JSON Lines
// and HTML inputs (positions, fixes written back), dated spellings, and the
// same output for any number of threads.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_util.h"

using translint::testing::ReadAll;
using translint::testing::RunResult;
using translint::testing::RunTranslint;
using translint::testing::TempDir;

namespace {

const char* kRules = R"(entities:
  - id: kyiv
    kind: place
    preferred: { en: Kyiv }
    variants: [{ spelling: Kiev, tag: historical }]
  - id: furgal
    kind: person
    preferred: { de: Sergej Furgal }
    variants: [Sergei Furgal, Sergey Furgal]
  - id: astana
    kind: place
    preferred: { en: Astana }
    variants: [{ spelling: Nur-Sultan, tag: historical, from: 2019-03-20, until: 2022-09-17 }]
)";

std::vector<std::string> Checks(const std::string& json) {
  std::vector<std::string> out;
  const nlohmann::json doc = nlohmann::json::parse(json);
  for (const auto& d : doc["diagnostics"]) {
    out.push_back(d["path"].get<std::string>() + ":" + std::to_string(d["line"].get<int>()) + ":" +
                  std::to_string(d["column"].get<int>()) + " " + d["check"].get<std::string>());
  }
  return out;
}

}  // namespace

TEST_CASE("archive: a corpus finding does not repeat what names/non-preferred says", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  dir.Write("a/1.md", "Kyiv and Kyiv.\n");
  dir.Write("a/2.md", "From Kiev.\n");
  const RunResult r = RunTranslint({"check", "--rules", "rules.yaml", "--format", "json", "a"}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(Checks(r.out) == std::vector<std::string>{"a/2.md:1:6 names/non-preferred"});
  // With names/non-preferred off, the corpus check is the one to say it.
  dir.Write("off.yaml", "checks: { names/non-preferred: off }\n");
  const RunResult off =
      RunTranslint({"check", "--rules", "rules.yaml", "--config", "off.yaml", "a"}, dir.path());
  CHECK(off.out ==
        "a/2.md:1:6: warning: Kyiv (place) is written 2 ways across 2 documents: \"Kyiv\" in 1 document (2 times), "
        "\"Kiev\" in 1 document (1 time); the house spelling is \"Kyiv\" [names/inconsistent-across]\n"
        "  From Kiev.\n"
        "       ^~~~\n"
        "  suggestion: \"Kyiv\"\n"
        "a/1.md:1:1: note: written \"Kyiv\" here\n"
        "translint: 2 files checked, 1 warning\n");
  // An inline comment silences it where it is reported.
  dir.Write("a/2.md", "<!-- translint-disable-next-line names/inconsistent-across -->\nFrom Kiev.\n");
  CHECK(RunTranslint({"check", "--rules", "rules.yaml", "--config", "off.yaml", "a"}, dir.path()).exit_code == 0);
}

TEST_CASE("archive: a dated document may use the spelling of its time", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  dir.Write("2020.md", "---\ndate: 2020-06-01\n---\nIn Nur-Sultan.\n");
  dir.Write("2023.md", "---\ndate: 2023-01-10\n---\nIn Nur-Sultan.\n");
  dir.Write("undated.md", "In Nur-Sultan.\n");
  const RunResult r = RunTranslint(
      {"check", "--rules", "rules.yaml", "--format", "json", "2020.md", "2023.md", "undated.md"}, dir.path());
  CHECK(Checks(r.out) == std::vector<std::string>{"2023.md:4:4 names/non-preferred", "undated.md:1:4 names/non-preferred"});
  // A period that ends before it starts is a load error at its place.
  dir.Write("bad.yaml", "entities:\n  - id: x\n    kind: place\n    preferred: { en: X }\n"
                        "    variants: [{ spelling: Y, from: 2020-01-01, until: 2019-01-01 }]\n");
  const RunResult bad = RunTranslint({"check", "--rules", "bad.yaml", "undated.md"}, dir.path());
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "translint: error: bad.yaml:5:56: until (2019-01-01) is before from (2020-01-01)\n");
  dir.Write("bad.yaml", "entities:\n  - id: x\n    kind: place\n    preferred: { en: X }\n"
                        "    variants: [{ spelling: Y, from: 2020 }]\n");
  CHECK(RunTranslint({"check", "--rules", "bad.yaml", "undated.md"}, dir.path()).err ==
        "translint: error: bad.yaml:5:37: from must be a date written YYYY-MM-DD, not \"2020\"\n");
}

TEST_CASE("archive: JSON Lines records are checked and fixed inside their line", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  const std::string archive =
      "{\"id\": 1, \"outlet\": \"A\", \"text\": \"Sergei Furgal in \\\"Kiev\\\".\"}\n"
      "not json\n"
      "{\"id\": 2, \"outlet\": \"B\", \"text\": \"Sergei Furgal again.\\nSergey Furgal, in \\u00e9 Kiev.\"}\n";
  const std::string path = dir.Write("news.jsonl", archive);
  const RunResult r = RunTranslint({"check", "--rules", "rules.yaml", "--format", "json", "news.jsonl"}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(Checks(r.out) == std::vector<std::string>{"news.jsonl:1:54 names/non-preferred",
                                                  "news.jsonl:2:1 input/invalid-record",
                                                  "news.jsonl:3:57 names/inconsistent",
                                                  "news.jsonl:3:82 names/non-preferred"});
  CHECK(nlohmann::json::parse(r.out)["summary"]["files"] == 1);
  const RunResult fixed = RunTranslint({"fix", "--rules", "rules.yaml", "news.jsonl"}, dir.path());
  CHECK(fixed.err == "translint: fixed 2 findings in 1 file\n");
  CHECK(ReadAll(path) ==
        "{\"id\": 1, \"outlet\": \"A\", \"text\": \"Sergei Furgal in \\\"Kyiv\\\".\"}\n"
        "not json\n"
        "{\"id\": 2, \"outlet\": \"B\", \"text\": \"Sergei Furgal again.\\nSergey Furgal, in \\u00e9 Kyiv.\"}\n");
}

TEST_CASE("archive: HTML pages are checked and fixed in their source", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  const std::string page = "<html><body><nav>Kiev</nav>\n<p>Flights to &eacute;&nbsp;Kiev &amp; goverment Osh.</p></body></html>\n";
  const std::string path = dir.Write("page.html", page);
  const RunResult r = RunTranslint({"check", "--rules", "rules.yaml", "--format", "json", "page.html"}, dir.path());
  CHECK(Checks(r.out) == std::vector<std::string>{"page.html:2:29 names/non-preferred", "page.html:2:40 spelling/unknown-word"});
  RunTranslint({"fix", "--rules", "rules.yaml", "page.html"}, dir.path());
  CHECK(ReadAll(path) == "<html><body><nav>Kiev</nav>\n<p>Flights to &eacute;&nbsp;Kyiv &amp; goverment Osh.</p></body></html>\n");
}

TEST_CASE("archive: the same findings, in the same order, for any number of threads", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  // A JSON Lines archive above the part size (4 MiB) is read in parts on every thread.
  std::string archive;
  const std::string filler(700, 'x');
  size_t lines = 0;
  while (archive.size() < (size_t{9} << 20)) {
    ++lines;
    const char* name = lines % 3 == 0 ? "Sergey Furgal" : "Sergei Furgal";
    archive += "{\"id\": " + std::to_string(lines) + ", \"text\": \"" + name + " spoke. " + filler + "\"}\n";
  }
  archive += "{\"id\": \"last\", \"text\": \"The end in Kiev.\"}\n";
  ++lines;
  dir.Write("big.jsonl", archive);
  dir.Write("a.md", "Sergey Furgal was here.\n");
  dir.Write("b.md", "Sergei Furgal was there.\n");
  dir.Write("words.yaml", "checks: { spelling/unknown-word: off }\n");
  const std::vector<std::string> args = {"check", "--rules", "rules.yaml", "--config", "words.yaml", "--format", "json"};
  auto with = [&](std::vector<std::string> extra) {
    std::vector<std::string> all = args;
    all.insert(all.end(), extra.begin(), extra.end());
    return RunTranslint(all, dir.path());
  };
  const RunResult one = with({"-j", "1", "a.md", "big.jsonl", "b.md"});
  const RunResult two = with({"-j", "2", "a.md", "big.jsonl", "b.md"});
  REQUIRE(one.exit_code == 1);
  CHECK(one.out == two.out);
  const std::vector<std::string> found = Checks(one.out);
  // Every third record and a.md depart from the majority; the last line is found at its line.
  CHECK(found.front() == "a.md:1:1 names/inconsistent-across");
  CHECK(found.back() == "big.jsonl:" + std::to_string(lines) + ":36 names/non-preferred");
  CHECK(std::count(found.begin(), found.end(), "big.jsonl:3:20 names/inconsistent-across") == 1);
  CHECK(found.size() == 1 + (lines - 1) / 3 + 1);
}
