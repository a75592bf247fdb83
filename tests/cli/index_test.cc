// translint index / check --db: the archive index (archive/archive_index.h).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "archive/database.h"
#include "cli/archive_fixture.h"
#include "test_util.h"

using namespace translint::testing;
namespace fs = std::filesystem;


TEST_CASE("check --db reports what check reports, and the second run re-reads nothing", "[cli][index]") {
  TempDir dir;
  WriteArchive(dir, 40);
  const RunResult plain = RunTranslint({"check", "--format", "json", "news"}, dir.path());
  REQUIRE(plain.exit_code == 1);
  // Corpus findings are in it.
  REQUIRE(plain.out.find("names/unlisted-variants-across") != std::string::npos);
  const RunResult first = RunTranslint({"check", "--db", "a.sqlite", "--format", "json", "news"}, dir.path());
  CHECK(first.exit_code == 1);
  CHECK(first.out == plain.out);
  const RunResult indexed = RunTranslint({"index", "news", "--db", "a.sqlite"}, dir.path());
  REQUIRE(indexed.exit_code == 0);
  CHECK(indexed.out.empty());
  CHECK(indexed.err.find("(0 checked, 40 unchanged, 0 removed)") != std::string::npos);
  const RunResult second = RunTranslint({"check", "--db", "a.sqlite", "--format", "json", "news"}, dir.path());
  CHECK(second.exit_code == 1);
  CHECK(second.out == plain.out);
  // Text output too (source lines come back from the index).
  CHECK(RunTranslint({"check", "--db", "a.sqlite", "news"}, dir.path()).out ==
        RunTranslint({"check", "news"}, dir.path()).out);
}

TEST_CASE("A re-index after changes gives the database a fresh index gives", "[cli][index]") {
  TempDir dir;
  WriteArchive(dir, 30);
  REQUIRE(RunTranslint({"index", "news", "--db", "inc.sqlite"}, dir.path()).exit_code == 0);
  dir.Write("news/1003.md", "---\noutlet: Kloop\n---\nSadyr Dzhaparov and Timur Bekbolatov spoke in Kiev.\n");
  fs::remove(dir.path() + "/news/1004.md");
  dir.Write("news/2000.md", "Sadyr Japarov came to Osh.\n");
  // Touched, bytes the same: not checked again, its time updated.
  fs::last_write_time(dir.path() + "/news/1005.md", fs::file_time_type::clock::now());
  const RunResult again = RunTranslint({"index", "news", "--db", "inc.sqlite"}, dir.path());
  REQUIRE(again.exit_code == 0);
  CHECK(again.err.find("(2 checked, 28 unchanged, 1 removed)") != std::string::npos);
  REQUIRE(RunTranslint({"index", "news", "--db", "fresh.sqlite"}, dir.path()).exit_code == 0);
  const std::string fresh = Dump(dir.path() + "/fresh.sqlite");
  CHECK(fresh.find("sadyr-japarov") != std::string::npos);
  CHECK(fresh.find("Timur Bekbolotov") != std::string::npos);  // the cluster
  CHECK(fresh.find("1004.md") == std::string::npos);
  CHECK(Dump(dir.path() + "/inc.sqlite") == fresh);
}

TEST_CASE("A second writer is refused with a clear message, and a non-index is named", "[cli][index]") {
  TempDir dir;
  WriteArchive(dir, 3);
  REQUIRE(RunTranslint({"index", "news", "--db", "a.sqlite"}, dir.path()).exit_code == 0);
  const int fd = ::open((dir.path() + "/a.sqlite-lock").c_str(), O_RDWR);
  REQUIRE(fd >= 0);
  REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);  // as a running `index` holds it
  const RunResult busy = RunTranslint({"index", "news", "--db", "a.sqlite"}, dir.path());
  CHECK(busy.exit_code == 2);
  CHECK(busy.err.find("another translint process") != std::string::npos);
  ::close(fd);
  CHECK(RunTranslint({"index", "news", "--db", "a.sqlite"}, dir.path()).exit_code == 0);
  dir.Write("notes.sqlite", "these are not the droids\n");
  const RunResult bad = RunTranslint({"index", "news", "--db", "notes.sqlite"}, dir.path());
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("notes.sqlite: not a translint index") != std::string::npos);
}

TEST_CASE("kill -9 during index leaves a valid database, and the next run completes it", "[cli][index][faults]") {
  TempDir dir;
  WriteArchive(dir, 1500);
  const auto start = std::chrono::steady_clock::now();
  REQUIRE(RunTranslint({"index", "-j", "2", "news", "--db", "fresh.sqlite"}, dir.path()).exit_code == 0);
  const double whole = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::string fresh = Dump(dir.path() + "/fresh.sqlite");
  for (const double moment : {0.3, 0.6, 0.8, 0.95}) {
    const std::string delay = std::to_string(moment * whole);
    const RunResult killed =
        RunTranslint({"index", "-j", "2", "news", "--db", "k.sqlite"}, dir.path(), "", "timeout -s KILL " + delay);
    INFO("killed after " << delay << " s, exit " << killed.exit_code);
    if (fs::exists(dir.path() + "/k.sqlite")) CHECK(IntegrityCheck(dir.path() + "/k.sqlite") == "ok");
  }
  REQUIRE(RunTranslint({"index", "-j", "2", "news", "--db", "k.sqlite"}, dir.path()).exit_code == 0);
  CHECK(IntegrityCheck(dir.path() + "/k.sqlite") == "ok");
  CHECK(Dump(dir.path() + "/k.sqlite") == fresh);
}

TEST_CASE("Every foreign key of the index has an index: removing a file costs no table scan", "[cli][index]") {
  // Without one, each removed document scanned the whole findings table: re-indexing
  // 25,000 moved files took minutes.
  TempDir dir;
  WriteArchive(dir, 2);
  REQUIRE(RunTranslint({"index", "news", "--db", "a.sqlite"}, dir.path()).exit_code == 0);
  auto db = translint::Database::Open(dir.path() + "/a.sqlite", translint::Database::Mode::kReadOnly);
  REQUIRE(db.ok());
  auto keys = (*db)->Prepare(
      "SELECT m.name, f.\"from\" FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'");
  REQUIRE(keys.ok());
  size_t checked = 0;
  while (keys->Step()) {
    const std::string table(keys->Text(0)), column(keys->Text(1));
    auto indexed = (*db)->Prepare(
        "SELECT count(*) FROM pragma_index_list(?1) l WHERE (SELECT name FROM pragma_index_info(l.name) "
        "WHERE seqno = 0) = ?2");
    REQUIRE(indexed.ok());
    indexed->Bind(1, table).Bind(2, column);
    REQUIRE(indexed->Step());
    INFO(table << "." << column);
    CHECK(indexed->Int(0) > 0);
    while (indexed->Step()) {
    }
    ++checked;
  }
  CHECK(checked == 5);  // documents.file, mentions.document, edge_lines.document, findings.file, findings.document
}
