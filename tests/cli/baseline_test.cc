// check --baseline / --update-baseline, end to end.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_util.h"

using namespace translint::testing;

namespace {

constexpr char kArticle[] =
    "The delegation came to Kiev on Monday.\n"
    "\n"
    "Officials met Sadyr Zhaparov there.\n";

RunResult Check(const TempDir& dir, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"check", "news", "--baseline", "base.json"};
  args.insert(args.end(), extra.begin(), extra.end());
  return RunTranslint(args, dir.path());
}

}  // namespace

TEST_CASE("A baseline accepts the findings it lists, whatever moves around them", "[cli][baseline]") {
  TempDir dir;
  dir.Write("news/a.md", kArticle);
  dir.Write("news/b.md", "Kiev.\n");
  const RunResult update = Check(dir, {"--update-baseline"});
  CHECK(update.exit_code == 0);
  CHECK(update.err.find("wrote base.json: 3 entries") != std::string::npos);
  // Sorted by path, check, fingerprint: one entry a line.
  const nlohmann::json base = nlohmann::json::parse(ReadAll(dir.path() + "/base.json"));
  REQUIRE(base["entries"].size() == 3);
  CHECK(base["entries"][0]["path"] == "news/a.md");
  CHECK(base["entries"][2]["path"] == "news/b.md");
  CHECK(base["entries"][2]["text"] == "Kiev");
  CHECK(base["entries"][2]["count"] == 1);
  const std::string text = ReadAll(dir.path() + "/base.json");
  CHECK(std::count(text.begin(), text.end(), '\n') == 5);

  const RunResult same = Check(dir);
  CHECK(same.exit_code == 0);
  CHECK(same.out == "translint: 2 files checked, no findings\n");

  // Lines inserted above, a paragraph edited elsewhere, an unrelated word changed far along the line.
  dir.Write("news/a.md",
            "A new first paragraph.\n\nAnother one.\n\n"
            "The delegation came to Kiev on Monday, and left on Tuesday after talks.\n"
            "\n"
            "Senior officials met Sadyr Zhaparov there.\n");
  const RunResult moved = Check(dir);
  CHECK(moved.exit_code == 0);
  CHECK(moved.out == "translint: 2 files checked, no findings\n");

  // A new finding is reported; the old ones still are not.
  dir.Write("news/b.md", "Kiev.\n\nThe minister flew to Kiev yesterday.\n");
  const RunResult added = Check(dir);
  CHECK(added.exit_code == 1);
  CHECK(added.out.find("news/b.md:3:22: warning: \"Kiev\"") != std::string::npos);
  CHECK(added.out.find("news/b.md:1:") == std::string::npos);
  CHECK(added.out.find("1 warning") != std::string::npos);
}

TEST_CASE("A baseline counts duplicates and reports entries fixed since as stale", "[cli][baseline]") {
  TempDir dir;
  // The same two words before, none after: one fingerprint.
  dir.Write("news/a.md", "We came to Kiev.\n\nThen we came to Kiev.\n");
  REQUIRE(Check(dir, {"--update-baseline"}).exit_code == 0);
  const nlohmann::json base = nlohmann::json::parse(ReadAll(dir.path() + "/base.json"));
  REQUIRE(base["entries"].size() == 1);
  CHECK(base["entries"][0]["count"] == 2);

  // A third one is one new finding (the third, in output order).
  dir.Write("news/a.md", "We came to Kiev.\n\nThen we came to Kiev.\n\nLater they came to Kiev.\n");
  const RunResult third = Check(dir);
  CHECK(third.exit_code == 1);
  CHECK(third.out.find("news/a.md:5:20: warning:") != std::string::npos);
  CHECK(third.out.find("news/a.md:3:") == std::string::npos);
  CHECK(third.out.find("news/a.md:1:") == std::string::npos);

  // One fixed: the entry is stale, at info level on its line of the baseline; info does not fail the run.
  dir.Write("news/a.md", "We came to Kyiv.\n\nThen we came to Kiev.\n");
  const RunResult fixed = Check(dir);
  CHECK(fixed.exit_code == 0);
  CHECK(fixed.out.find("base.json:2:1: info: the baseline accepts 1 more names/non-preferred finding on \"Kiev\" in "
                       "news/a.md than there are now (fixed since?): `--update-baseline` drops the entry "
                       "[baseline/stale-entry]") != std::string::npos);

  // Updating with one file checked keeps the other files' entries.
  dir.Write("news/b.md", "Zhaparov and Kiev.\n");
  REQUIRE(Check(dir, {"--update-baseline"}).exit_code == 0);
  dir.Write("news/a.md", "We came to Kyiv.\n");
  const RunResult one = RunTranslint({"check", "news/a.md", "--baseline", "base.json", "--update-baseline"}, dir.path());
  CHECK(one.err.find("wrote base.json: 2 entries") != std::string::npos);
  CHECK(Check(dir).out == "translint: 2 files checked, no findings\n");
}

TEST_CASE("A missing or malformed baseline stops the run with exit 2", "[cli][baseline]") {
  TempDir dir;
  dir.Write("news/a.md", "Kiev.\n");
  const RunResult missing = Check(dir);
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("base.json (--baseline): ") != std::string::npos);
  CHECK(missing.err.find("--update-baseline") != std::string::npos);
  dir.Write("base.json", "{\"version\": 1, \"entries\": [{\"path\": 3}]}");
  const RunResult bad = Check(dir);
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("entry 1 (line 1) lacks a string path, check or fingerprint") != std::string::npos);
  dir.Write("base.json", "not json");
  CHECK(Check(dir).err.find("base.json (--baseline): not JSON") != std::string::npos);
}
