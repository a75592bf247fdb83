// Bounded work on any input: huge documents are refused, long lines cost what
// short ones do (issue: reliability).
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "test_util.h"

using namespace translint::testing;

namespace {

// A sparse file of `bytes` (no disk is used): what a corrupt or runaway export looks like.
std::string Sparse(const TempDir& dir, const std::string& name, uintmax_t bytes) {
  const std::string path = dir.Write(name, "");
  std::filesystem::resize_file(path, bytes);
  return path;
}

}  // namespace

TEST_CASE("A document over 256 MiB is refused, naming it, in moments", "[cli][limits]") {
  TempDir dir;
  Sparse(dir, "huge.txt", uintmax_t{300} << 20);
  const RunResult r = RunTranslint({"check", "huge.txt"}, dir.path());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("huge.txt: 300 MiB in one document; translint reads documents of up to 256 MiB") !=
        std::string::npos);
}

TEST_CASE("A JSON Lines line over 256 MiB is refused, and so is standard input that large", "[cli][limits]") {
  TempDir dir;
  Sparse(dir, "huge.jsonl", uintmax_t{300} << 20);  // no line break at all
  const RunResult r = RunTranslint({"check", "huge.jsonl"}, dir.path());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("huge.jsonl: 300 MiB in one line") != std::string::npos);
}

TEST_CASE("A line of 20 MB with findings is reported in excerpts, in bounded memory", "[cli][limits]") {
  TempDir dir;
  // One line, no line break: a finding ("Kiev") every 100 KB.
  std::string line;
  const std::string filler = "the parliament met and voted on the budget ";
  for (size_t block = 1; block <= 210; ++block) {
    line += "The mayor of Kiev spoke. ";
    while (line.size() + filler.size() < block * 100000) line += filler;
  }
  dir.Write("long.txt", line);
  const RunResult r =
      RunTranslint({"check", "long.txt"}, dir.path(), "", "/usr/bin/time -f %M -o " + ShellQuote(dir.path() + "/rss"));
  CHECK(r.exit_code == 1);
  size_t findings = 0, longest = 0;
  std::istringstream out(r.out);
  for (std::string printed; std::getline(out, printed);) {
    findings += printed.find("[names/non-preferred]") != std::string::npos;
    if (printed.rfind("  ", 0) == 0) longest = std::max(longest, printed.size());
  }
  CHECK(findings == 210);
  CHECK(longest < 300);  // an excerpt of the line, not the line
#ifndef TRANSLINT_SANITIZE  // sanitizers keep shadow memory and quarantines of their own
  // GNU time writes "Command exited with non-zero status 1" first, then the figure.
  const std::string rss = ReadAll(dir.path() + "/rss");
  const size_t rss_kb = std::stoul(rss.substr(rss.rfind('\n', rss.size() - 2) + 1));
  CHECK(rss_kb < 2 * (line.size() >> 10) + 100 * 1024);  // at most twice the input, plus 100 MB
#endif
}
