#include "base/file_io.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "test_util.h"

using namespace translint;
using translint::testing::TempDir;

TEST_CASE("WriteFileAtomically replaces contents and keeps the mode", "[base]") {
  TempDir dir;
  const std::string path = dir.Write("a.txt", "old");
  ::chmod(path.c_str(), 0640);
  REQUIRE(WriteFileAtomically(path, "new", std::string("old")).ok());
  CHECK(*ReadFile(path) == "new");
  struct stat st;
  ::stat(path.c_str(), &st);
  CHECK((st.st_mode & 0777) == 0640);
  // No temporary file is left behind.
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("WriteFileAtomically creates a new file with mode 0644 owned by the writer", "[base]") {
  TempDir dir;
  const std::string path = dir.path() + "/new.txt";
  for (int i = 0; i < 3; ++i) {  // the old code read the owner from an uninitialized struct
    std::filesystem::remove(path);
    REQUIRE(WriteFileAtomically(path, "new", std::nullopt).ok());
    CHECK(*ReadFile(path) == "new");
    struct stat st, folder;
    REQUIRE(::stat(path.c_str(), &st) == 0);
    REQUIRE(::stat(dir.path().c_str(), &folder) == 0);
    CHECK((st.st_mode & 07777) == 0644);
    CHECK(st.st_uid == ::geteuid());
    CHECK(st.st_gid == ((folder.st_mode & S_ISGID) ? folder.st_gid : ::getegid()));
  }
}

TEST_CASE("WriteFileAtomically refuses when the file changed since it was read", "[base]") {
  TempDir dir;
  const std::string path = dir.Write("a.txt", "edited by someone else");
  const Status s = WriteFileAtomically(path, "new", std::string("old"));
  CHECK_FALSE(s.ok());
  CHECK(s.message() == path + ": file changed while translint was working on it; not overwritten");
  CHECK(*ReadFile(path) == "edited by someone else");
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("ExpandPaths walks folders sorted, skips hidden entries and other extensions", "[base]") {
  TempDir dir;
  dir.Write("b.md", "");
  dir.Write("a/z.txt", "");
  dir.Write("a/y.png", "");
  dir.Write(".git/x.md", "");
  Result<std::vector<std::string>> files = ExpandPaths({dir.path()}, {".md", ".txt"});
  REQUIRE(files.ok());
  CHECK(*files == std::vector<std::string>{dir.path() + "/a/z.txt", dir.path() + "/b.md"});
  Result<std::vector<std::string>> missing = ExpandPaths({dir.path() + "/nope.md"}, {".md"});
  CHECK(missing.status().message() == dir.path() + "/nope.md: no such file or directory");
}

TEST_CASE("WriteFileAtomically writes through a symbolic link", "[base]") {
  TempDir dir;
  const std::string target = dir.Write("real.txt", "old");
  const std::string link = dir.path() + "/link.txt";
  std::filesystem::create_symlink(target, link);
  REQUIRE(WriteFileAtomically(link, "new", std::string("old")).ok());
  CHECK(std::filesystem::is_symlink(link));
  CHECK(*ReadFile(target) == "new");
}
