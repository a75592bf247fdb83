// Faults during `fix`: a kill at any moment leaves every file old or new and no
// temporary file behind.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>

#include "test_util.h"

using namespace translint::testing;
namespace fs = std::filesystem;

TEST_CASE("kill -9 during fix leaves every file old or new, and the next fix leaves nothing else", "[cli][faults]") {
  TempDir dir;
  constexpr int kFiles = 1500;
  const auto before = [](int i) { return "The mayor of Kiev spoke on day " + std::to_string(i) + ".\n"; };
  const auto after = [](int i) { return "The mayor of Kyiv spoke on day " + std::to_string(i) + ".\n"; };
  const auto write_all = [&]() {
    for (int i = 0; i < kFiles; ++i) dir.Write("f" + std::to_string(i) + ".txt", before(i));
  };
  // Kills at several moments of a whole run (timed first, on this machine as it
  // is loaded now): while loading the tables, while writing, near the end.
  write_all();
  const auto start = std::chrono::steady_clock::now();
  REQUIRE(RunTranslint({"fix", "-j", "2", "."}, dir.path()).exit_code == 0);
  const double whole = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  size_t partial = 0;  // runs killed while writing
  for (const double moment : {0.1, 0.4, 0.55, 0.7, 0.8, 0.9}) {
    write_all();
    const std::string delay = std::to_string(moment * whole);
    const RunResult r = RunTranslint({"fix", "-j", "2", "."}, dir.path(), "", "timeout -s KILL " + delay);
    INFO("killed after " << delay << " s, exit " << r.exit_code);
    size_t old_files = 0, new_files = 0, others = 0, named = 0;
    for (const auto& entry : fs::directory_iterator(dir.path())) {
      const std::string name = entry.path().filename().string();
      if (name.rfind("f", 0) != 0 || entry.path().extension() != ".txt") {
        // A kill in the instant between naming the new text and the rename leaves its name.
        named += entry.path().extension() == ".translint-new";
        others += entry.path().extension() != ".translint-new";
        continue;
      }
      const int i = std::stoi(name.substr(1));
      const std::string text = ReadAll(entry.path().string());
      old_files += text == before(i);
      new_files += text == after(i);
    }
    CHECK(others == 0);
    CHECK(named <= 2);  // one a thread at most
    CHECK(old_files + new_files == kFiles);
    partial += old_files > 0 && new_files > 0;
    // The next run fixes the rest and replaces what the killed one left.
    CHECK(RunTranslint({"fix", "."}, dir.path()).exit_code == 0);
    size_t left = 0;
    for (const auto& entry : fs::directory_iterator(dir.path())) left += entry.path().extension() != ".txt";
    CHECK(left == 0);
  }
#ifndef TRANSLINT_SANITIZE  // a sanitized build is too slow to be caught while writing
  CHECK(partial > 0);
#endif
}

TEST_CASE("A write that fails (the disk full, a file size limit) leaves the file as it was", "[cli][faults]") {
  TempDir dir;
  std::string text;
  while (text.size() < 20000) text += "The mayor of Kiev spoke again today. ";
  const std::string path = dir.Write("big.txt", text + "\n");
  // A 4 KiB file size limit makes the write of the new text fail as a full disk would (EFBIG, not a signal).
  const RunResult r = RunTranslint({"fix", "big.txt"}, dir.path(), "", "sh -c 'trap \"\" XFSZ; ulimit -f 4; exec \"$0\" \"$@\"'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("big.txt") != std::string::npos);
  CHECK(ReadAll(path) == text + "\n");
  size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(dir.path())) entries += entry.is_regular_file();
  CHECK(entries == 1);  // nothing left beside it
  CHECK(RunTranslint({"fix", "big.txt"}, dir.path()).exit_code == 0);  // without the limit it is fixed
  CHECK(ReadAll(path).find("Kiev") == std::string::npos);
}
