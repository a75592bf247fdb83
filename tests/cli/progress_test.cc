// The progress line of long runs (cli/progress.h): on standard error, at most
// ten times a second, only when asked for or on a terminal.
#include <catch2/catch.hpp>

#include <chrono>

#include "cli/archive_fixture.h"
#include "test_util.h"

using namespace translint::testing;

namespace {

size_t Redraws(const std::string& err) {
  size_t n = 0;
  for (size_t at = err.find("\rtranslint: "); at != std::string::npos; at = err.find("\rtranslint: ", at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("The progress line shows files done, size and rate when asked, and nothing without a terminal", "[cli][progress]") {
  TempDir dir;
  WriteArchive(dir, 30);
  for (const char* command : {"check", "index", "fix", "discover"}) {
    INFO(command);
    std::vector<std::string> args = {command, "news", "--progress"};
    if (std::string(command) == "index") args = {command, "news", "--progress", "--db", "a.sqlite"};
    if (std::string(command) == "fix") args = {command, "--dry-run", "news", "--progress"};
    const RunResult shown = RunTranslint(args, dir.path());
    CHECK(shown.exit_code != 2);
    CHECK(shown.err.find("\rtranslint: 1/30 files · ") != std::string::npos);
    // The line is cleared before the run's own last words.
    CHECK(shown.err.find("\r\033[K") != std::string::npos);
    args.erase(std::find(args.begin(), args.end(), "--progress"));
    const RunResult plain = RunTranslint(args, dir.path());
    CHECK(plain.err.find('\r') == std::string::npos);  // standard error is a pipe here
    CHECK(plain.out == shown.out);
    args.push_back("--no-progress");
    CHECK(RunTranslint(args, dir.path()).err.find('\r') == std::string::npos);
  }
}

TEST_CASE("The progress line is redrawn at most ten times a second", "[cli][progress]") {
  TempDir dir;
  WriteArchive(dir, 1200);
  const auto start = std::chrono::steady_clock::now();
  const RunResult r = RunTranslint({"check", "-j", "1", "news", "--progress"}, dir.path());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(r.exit_code == 1);
  const size_t draws = Redraws(r.err);
  INFO(draws << " redraws in " << seconds << " s");
  CHECK(draws >= 1);
  CHECK(static_cast<double>(draws) <= 10 * seconds + 1);
  CHECK(r.err.rfind("\r\033[K") > r.err.rfind("\rtranslint: "));  // the last drawing is cleared
  // Redraws are at least 0.1 s apart, the first at the start: the fourth is past 0.2 s, when the rate shows.
  CHECK((r.err.find(" MB/s · ") != std::string::npos || draws < 4));
}
