// translint merge: shards indexed apart make the index (and the report) of one run over the whole archive.
#include <catch2/catch.hpp>

#include <filesystem>

#include "cli/archive_fixture.h"
#include "test_util.h"

using namespace translint::testing;
namespace fs = std::filesystem;

namespace {

// The files of news/ whose number is in [from, to).
std::vector<std::string> Shard(int from, int to) {
  std::vector<std::string> paths;
  for (int i = from; i < to; ++i) paths.push_back("news/" + std::to_string(1000 + i) + ".md");
  return paths;
}

RunResult Index(const TempDir& dir, std::vector<std::string> paths, const std::string& db) {
  paths.insert(paths.begin(), "index");
  paths.push_back("--db");
  paths.push_back(db);
  return RunTranslint(paths, dir.path());
}

}  // namespace

TEST_CASE("Merged shards give the database, corpus findings and report of one run", "[cli][merge]") {
  TempDir dir;
  WriteArchive(dir, 60, 4);
  REQUIRE(Index(dir, {"news"}, "whole.sqlite").exit_code == 0);
  // Uneven shards; the first holds only Timur Bekbolatov, the others only Bekbolotov but for 1010, ...
  REQUIRE(Index(dir, {"news/1000.md", "news/1005.md"}, "a.sqlite").exit_code == 0);
  std::vector<std::string> b = Shard(1, 5), c = Shard(41, 60);
  for (const std::string& p : Shard(6, 41)) b.push_back(p);
  REQUIRE(Index(dir, b, "b.sqlite").exit_code == 0);
  REQUIRE(Index(dir, c, "c.sqlite").exit_code == 0);
  const RunResult merged = RunTranslint({"merge", "c.sqlite", "a.sqlite", "b.sqlite", "--db", "all.sqlite"}, dir.path());
  REQUIRE(merged.exit_code == 0);
  CHECK(merged.err.find("merged 3 shards into all.sqlite: 60 files, 60 documents") != std::string::npos);
  const std::string whole = Dump(dir.path() + "/whole.sqlite");
  CHECK(whole.find("names/unlisted-variants-across") != std::string::npos);  // a corpus finding
  CHECK(Dump(dir.path() + "/all.sqlite") == whole);
  // The corpus findings are those of the whole: the first shard alone sees one spelling only.
  CHECK(whole.find("news/1000.md|0|corpus|names/unlisted-variants-across") != std::string::npos);
  CHECK(Dump(dir.path() + "/a.sqlite").find("names/unlisted-variants-across") == std::string::npos);

  const auto report = [&](const std::string& db, const std::string& format) {
    RunResult r = RunTranslint({"report", "--db", db, "--format", format}, dir.path());
    REQUIRE(r.exit_code == 0);
    // The time of indexing is the one thing that differs.
    const size_t at = r.out.find("indexed_at");
    REQUIRE(at != std::string::npos);
    r.out.erase(at, r.out.find('\n', at) - at);
    return r.out;
  };
  CHECK(report("all.sqlite", "json") == report("whole.sqlite", "json"));
  const auto html = [&](const std::string& db) {
    RunResult r = RunTranslint({"report", "--db", db}, dir.path());
    REQUIRE(r.exit_code == 0);
    const size_t at = r.out.find(" · indexed ");
    REQUIRE(at != std::string::npos);
    r.out.erase(at, r.out.find(" by translint", at) - at);
    return r.out;
  };
  CHECK(html("all.sqlite") == html("whole.sqlite"));

  // The merged index serves later runs: nothing is checked again.
  const RunResult again = Index(dir, {"news"}, "all.sqlite");
  CHECK(again.exit_code == 0);
  CHECK(again.err.find("(0 checked, 60 unchanged, 0 removed)") != std::string::npos);
  // Merging again replaces what the output held.
  REQUIRE(RunTranslint({"merge", "a.sqlite", "--db", "all.sqlite"}, dir.path()).exit_code == 0);
  CHECK(RunTranslint({"report", "--db", "all.sqlite", "--format", "json"}, dir.path()).out.find("\"documents\": 2,") !=
        std::string::npos);
}

TEST_CASE("merge refuses overlapping, unfinished and differently configured shards", "[cli][merge]") {
  TempDir dir;
  WriteArchive(dir, 6);
  REQUIRE(Index(dir, Shard(0, 4), "a.sqlite").exit_code == 0);
  REQUIRE(Index(dir, Shard(3, 6), "b.sqlite").exit_code == 0);
  const RunResult overlap = RunTranslint({"merge", "a.sqlite", "b.sqlite", "--db", "all.sqlite"}, dir.path());
  CHECK(overlap.exit_code == 2);
  CHECK(overlap.err.find("b.sqlite: holds news/1003.md, which an earlier shard holds too") != std::string::npos);

  dir.Write("quiet.yaml", "checks:\n  numbers/russian-magnitude: off\n");
  REQUIRE(RunTranslint({"index", "news/1004.md", "news/1005.md", "--config", "quiet.yaml", "--db", "q.sqlite"},
                       dir.path()).exit_code == 0);
  const RunResult config = RunTranslint({"merge", "a.sqlite", "q.sqlite", "--db", "all.sqlite"}, dir.path());
  CHECK(config.exit_code == 2);
  CHECK(config.err.find("news/1004.md: was indexed with another configuration") != std::string::npos);
  CHECK(RunTranslint({"merge", "q.sqlite", "--config", "quiet.yaml", "--db", "q2.sqlite"}, dir.path()).exit_code == 0);

  // A shard whose index run was killed is named, not merged.
  REQUIRE(RunTranslint({"index", "news/1004.md", "--db", "b.sqlite"}, dir.path()).exit_code == 0);
  REQUIRE(std::system(("sqlite3 " + ShellQuote(dir.path() + "/b.sqlite") +
                       " \"UPDATE meta SET value = '0' WHERE key = 'complete'\"").c_str()) == 0);
  const RunResult unfinished = RunTranslint({"merge", "a.sqlite", "b.sqlite", "--db", "all.sqlite"}, dir.path());
  CHECK(unfinished.exit_code == 2);
  CHECK(unfinished.err.find("b.sqlite: the last `translint index` into this shard did not finish") != std::string::npos);
  const RunResult missing = RunTranslint({"merge", "nope.sqlite", "--db", "all.sqlite"}, dir.path());
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("nope.sqlite: cannot open the index") != std::string::npos);
  const RunResult self = RunTranslint({"merge", "a.sqlite", "--db", "a.sqlite"}, dir.path());
  CHECK(self.exit_code == 2);
  CHECK(self.err.find("is the --db being written") != std::string::npos);
}

TEST_CASE("A shard K of N takes every N-th file from the K-th, and --files-from adds listed paths", "[cli][merge]") {
  TempDir dir;
  WriteArchive(dir, 10);
  const auto files_of = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"check", "--format", "json", "--fail-on", "none"});
    const RunResult r = RunTranslint(args, dir.path());
    REQUIRE(r.exit_code == 0);
    std::string files;
    for (int i = 0; i < 10; ++i) {
      const std::string path = "news/" + std::to_string(1000 + i) + ".md";
      if (r.out.find("\"" + path + "\"") != std::string::npos) files += std::to_string(i);
    }
    return files;
  };
  CHECK(files_of({"news", "--shard", "1/3"}) == "0369");
  CHECK(files_of({"news", "--shard", "3/3"}) == "258");
  CHECK(files_of({"news", "--shard", "1/1"}) == "0123456789");
  dir.Write("list.txt", "news/1004.md\r\n\nnews/1007.md\n");
  CHECK(files_of({"--files-from", "list.txt"}) == "47");
  CHECK(files_of({"--files-from", "list.txt", "--shard", "2/2"}) == "7");
  const RunResult bad = RunTranslint({"check", "news", "--shard", "4/3"}, dir.path());
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("--shard 4/3: write K/N, K from 1 to N") != std::string::npos);
  const RunResult missing = RunTranslint({"check", "--files-from", "none.txt"}, dir.path());
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("none.txt (--files-from)") != std::string::npos);
}
