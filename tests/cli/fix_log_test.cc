// translint fix --log: every change of a bulk rewrite, reviewable afterwards.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "test_util.h"

using namespace translint::testing;

namespace {

std::vector<nlohmann::json> Lines(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}

const char kFirst[] = "---\ntitle: A\n---\nPresident Sadyr Zhaparov came to Kiev.\nЖапаров: 10 thousand 406 came.\n";
const char kSecond[] = "Nothing to fix here.\n";

}  // namespace

TEST_CASE("fix --log writes each change with its place, old and new text and check", "[cli][fix]") {
  TempDir dir;
  dir.Write("news/a.md", kFirst);
  dir.Write("news/b.md", kSecond);
  const RunResult fixed = RunTranslint({"fix", "news", "--log", "changes.jsonl"}, dir.path());
  REQUIRE(fixed.exit_code != 2);
  const std::vector<nlohmann::json> log = Lines(ReadAll(dir.path() + "/changes.jsonl"));
  REQUIRE(log.size() == 3);
  // Counted by hand: "---\ntitle: A\n---\n" is 17 bytes; "President " 10 more.
  CHECK(log[0] == nlohmann::json({{"path", "news/a.md"}, {"offset", 27}, {"line", 4}, {"column", 11},
                                  {"old", "Sadyr Zhaparov"}, {"new", "Sadyr Japarov"}, {"check", "names/non-preferred"},
                                  {"applied", true}}));
  CHECK(log[1]["old"] == "Kiev");
  CHECK(log[1]["column"] == 34);  // after "President Sadyr Zhaparov came to "
  // Line 5 starts with "Жапаров: " (7 Cyrillic letters, 16 bytes): the column counts characters.
  CHECK(log[2]["line"] == 5);
  CHECK(log[2]["column"] == 10);
  CHECK(log[2]["old"] == "10 thousand 406");
  CHECK(log[2]["check"] == "numbers/russian-magnitude");
  // Undoing the log, last change first, gives back the original.
  std::string text = ReadAll(dir.path() + "/news/a.md");
  CHECK(text != kFirst);
  std::vector<size_t> offsets;
  long shift = 0;
  for (const nlohmann::json& e : log) {  // offsets are in the original: move them by the earlier changes
    offsets.push_back(static_cast<size_t>(static_cast<long>(e["offset"].get<size_t>()) + shift));
    shift += static_cast<long>(e["new"].get<std::string>().size()) - static_cast<long>(e["old"].get<std::string>().size());
  }
  for (size_t k = log.size(); k-- > 0;) {
    text.replace(offsets[k], log[k]["new"].get<std::string>().size(), log[k]["old"].get<std::string>());
  }
  CHECK(text == kFirst);
}

TEST_CASE("fix --dry-run --log says what would change, and an unwritable log stops before any change", "[cli][fix]") {
  TempDir dir;
  dir.Write("news/a.md", kFirst);
  REQUIRE(RunTranslint({"fix", "--dry-run", "news", "--log", "would.jsonl"}, dir.path()).exit_code != 2);
  const std::vector<nlohmann::json> log = Lines(ReadAll(dir.path() + "/would.jsonl"));
  REQUIRE(log.size() == 3);
  CHECK(log[0]["applied"] == false);
  CHECK(ReadAll(dir.path() + "/news/a.md") == kFirst);
  const RunResult bad = RunTranslint({"fix", "news", "--log", "no/such/folder/log.jsonl"}, dir.path());
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("no/such/folder/log.jsonl (--log): cannot write") != std::string::npos);
  CHECK(ReadAll(dir.path() + "/news/a.md") == kFirst);
}
