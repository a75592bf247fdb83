// Data-driven check tests: every folder under tests/checks/ that holds a
// rules.yaml is a fixture for the check named by its path ("names/inconsistent").
// Only that check runs; its findings on input.* must equal expected.txt line for
// line, and when fixed.* exists, `fix` must turn the input into it.
#include <catch2/catch.hpp>
#include <filesystem>

#include "check/check.h"
#include "lint/linter.h"
#include "test_util.h"

using namespace translint;
namespace fs = std::filesystem;

namespace {

std::string Format(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    out += std::to_string(d.location.start.line) + ":" + std::to_string(d.location.start.column) + ": " +
           std::string(ToString(d.severity)) + ": " + d.message + " [" + d.check + "]\n";
    for (const Note& n : d.notes) {
      out += "  " + std::to_string(n.location.start.line) + ":" + std::to_string(n.location.start.column) +
             ": note: " + n.message + "\n";
    }
  }
  return out;
}

std::string FindWithStem(const fs::path& folder, const std::string& stem) {
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().stem() == stem) return entry.path().string();
  }
  return "";
}

void RunFixture(const fs::path& folder, const std::string& check_id) {
  Config config;
  for (const std::string& id : BuiltinChecks().Ids()) {
    if (id != check_id) config.checks[id] = Severity::kOff;
  }
  Result<std::unique_ptr<Linter>> linter = Linter::Create(config, {(folder / "rules.yaml").string()});
  INFO((linter.ok() ? std::string() : linter.status().message()));
  REQUIRE(linter.ok());
  const std::string input = FindWithStem(folder, "input");
  REQUIRE_FALSE(input.empty());
  const Document doc(fs::path(input).filename().string(), testing::ReadAll(input), "en");
  CHECK(Format((*linter)->Lint(doc)) == testing::ReadAll((folder / "expected.txt").string()));
  const std::string fixed = FindWithStem(folder, "fixed");
  if (!fixed.empty()) {
    CHECK((*linter)->Fix(doc).edits.Apply(doc.text()) == testing::ReadAll(fixed));
  }
}

}  // namespace

TEST_CASE("Check fixtures", "[check]") {
  size_t count = 0;
  for (const auto& entry : fs::recursive_directory_iterator(TRANSLINT_FIXTURES)) {
    if (entry.path().filename() != "rules.yaml") continue;
    const fs::path folder = entry.path().parent_path();
    const std::string check_id = fs::relative(folder, TRANSLINT_FIXTURES).string();
    SECTION(check_id) { RunFixture(folder, check_id); }
    ++count;
  }
  // Every registered check has a fixture folder.
  for (const std::string& id : BuiltinChecks().Ids()) {
    INFO(id);
    CHECK(fs::exists(fs::path(TRANSLINT_FIXTURES) / id / "rules.yaml"));
  }
  CHECK(count >= BuiltinChecks().Ids().size());
}
