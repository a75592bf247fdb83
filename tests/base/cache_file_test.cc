#include "base/cache_file.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>

#include "test_util.h"

using namespace translint;
using translint::testing::ReadAll;
using translint::testing::TempDir;

namespace fs = std::filesystem;

namespace {

void MakeOld(const std::string& path, int days) {
  fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::hours(24 * days));
}

}  // namespace

TEST_CASE("WriteCacheFile creates its folder and ReadCacheFile reads it back", "[base]") {
  TempDir dir;
  const std::string path = dir.path() + "/words/new/a.words";
  WriteCacheFile(path, "bytes");
  CHECK(ReadAll(path) == "bytes");
  CHECK(ReadCacheFile(path) == std::optional<std::string>("bytes"));
  CHECK_FALSE(ReadCacheFile(dir.path() + "/words/new/missing.words"));
}

TEST_CASE("WriteCacheFile removes the folder's files of its kind unused for a week", "[base]") {
  TempDir dir;
  const std::string stale = dir.Write("stale.forms", "x");
  const std::string used = dir.Write("used.forms", "x");
  const std::string other = dir.Write("other.memo", "x");
  const std::string recent = dir.Write("recent.forms", "x");
  for (const std::string& p : {stale, used, other}) MakeOld(p, 8);
  MakeOld(recent, 6);
  REQUIRE(ReadCacheFile(used));  // reading marks it used
  WriteCacheFile(dir.path() + "/new.forms", "y");
  CHECK_FALSE(fs::exists(stale));
  CHECK(fs::exists(used));
  CHECK(fs::exists(recent));
  CHECK(fs::exists(other));  // another kind of file
  CHECK(ReadAll(dir.path() + "/new.forms") == "y");
}

TEST_CASE("WriteCacheFile into a folder it cannot create writes nothing and does not throw", "[base]") {
  TempDir dir;
  const std::string file = dir.Write("plain", "x");  // a file where the folder should be
  WriteCacheFile(file + "/sub/a.words", "bytes");
  CHECK_FALSE(ReadCacheFile(file + "/sub/a.words"));
  CHECK(ReadAll(file) == "x");
}
