// Data-driven check tests: every folder under tests/checks/ that holds a
// rules.yaml is a fixture for the check named by its path ("names/inconsistent").
// Only that check runs; its findings on input.* must equal expected.txt line for
// line, and when fixed.* exists, `fix` must turn the input into it. A check of
// corpus scope reads every input*.* file of its folder, in name order, as the
// documents of one run; its expected.txt then names the file of each finding.
#include <catch2/catch.hpp>
#include <algorithm>
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

std::string FormatCorpus(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    out += d.location.path + ":" + std::to_string(d.location.start.line) + ":" +
           std::to_string(d.location.start.column) + ": " + std::string(ToString(d.severity)) + ": " + d.message +
           " [" + d.check + "]\n";
    for (const Note& n : d.notes) {
      out += "  " + n.location.path + ":" + std::to_string(n.location.start.line) + ":" +
             std::to_string(n.location.start.column) + ": note: " + n.message + "\n";
    }
    for (const std::string& s : d.suggestions) out += "  suggestion: " + s + "\n";
  }
  return out;
}

// The documents of every input*.* file, as a run over the folder reads them.
void RunCorpusFixture(const fs::path& folder, const Linter& linter) {
  std::vector<std::string> inputs;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().filename().string().rfind("input", 0) == 0) inputs.push_back(entry.path().string());
  }
  std::sort(inputs.begin(), inputs.end());
  REQUIRE(inputs.size() >= 2);
  CorpusIndex corpus;
  std::vector<Diagnostic> found;
  for (const std::string& input : inputs) {
    const DocumentBatch batch = linter.Read(fs::path(input).filename().string(), testing::ReadAll(input), &found);
    for (const auto& document : batch.documents) {
      Linter::Analysis analysis = linter.Analyze(*document);
      found.insert(found.end(), analysis.diagnostics.begin(), analysis.diagnostics.end());
      corpus.Add(std::move(analysis.record));
    }
  }
  const std::vector<Diagnostic> across = Linter::CheckCorpus(corpus);
  found.insert(found.end(), across.begin(), across.end());
  std::stable_sort(found.begin(), found.end(), DiagnosticLess);
  CHECK(FormatCorpus(found) == testing::ReadAll((folder / "expected.txt").string()));
}

std::string FindWithStem(const fs::path& folder, const std::string& stem) {
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().stem() == stem) return entry.path().string();
  }
  return "";
}

// A fixture folder is tests/checks/<group>/<check>/, or a variant of it one
// level deeper (typography/mixed-quotes/de/). Its config.yaml, if any, is the
// project configuration the documents are read and checked with (`language: de`).
void RunFixture(const fs::path& folder, const std::string& check_id) {
  Config config;
  const fs::path config_file = folder / "config.yaml";
  if (fs::exists(config_file)) {
    Result<Config> parsed = ParseConfig(config_file.string(), testing::ReadAll(config_file.string()));
    INFO((parsed.ok() ? std::string() : parsed.status().message()));
    REQUIRE(parsed.ok());
    config = *parsed;
  }
  for (const std::string& id : BuiltinChecks().Ids()) {
    if (id != check_id) config.checks[id] = Severity::kOff;
  }
  Result<std::unique_ptr<Linter>> linter = Linter::Create(config, {(folder / "rules.yaml").string()});
  INFO((linter.ok() ? std::string() : linter.status().message()));
  REQUIRE(linter.ok());
  const Check* check = BuiltinChecks().Find(check_id);
  if (check != nullptr && check->info().scope == CheckScope::kCorpus) return RunCorpusFixture(folder, **linter);
  const std::string input = FindWithStem(folder, "input");
  REQUIRE_FALSE(input.empty());
  // Read as a run reads the file: a JSON Lines or HTML input is its documents.
  const std::string bytes = testing::ReadAll(input);
  std::vector<Diagnostic> found;
  // A folder with a source.* file checks the input as its translation (--source).
  ReadOptions options = (*linter)->read_options();
  options.source_path = FindWithStem(folder, "source");
  const DocumentBatch batch = (*linter)->Read(fs::path(input).filename().string(), bytes, options, &found);
  EditSet edits;
  for (const auto& document : batch.documents) {
    const std::vector<Diagnostic> more = (*linter)->Lint(*document);
    found.insert(found.end(), more.begin(), more.end());
    const Linter::FixResult fix = (*linter)->Fix(*document);
    for (const Edit& e : fix.edits.edits()) edits.Add({e});
  }
  std::stable_sort(found.begin(), found.end(), DiagnosticLess);
  CHECK(Format(found) == testing::ReadAll((folder / "expected.txt").string()));
  const std::string fixed = FindWithStem(folder, "fixed");
  if (!fixed.empty()) CHECK(edits.Apply(bytes) == testing::ReadAll(fixed));
}

}  // namespace

TEST_CASE("Check fixtures", "[check]") {
  size_t count = 0;
  for (const auto& entry : fs::recursive_directory_iterator(TRANSLINT_FIXTURES)) {
    if (entry.path().filename() != "rules.yaml") continue;
    const fs::path folder = entry.path().parent_path();
    const fs::path relative = fs::relative(folder, TRANSLINT_FIXTURES);
    auto part = relative.begin();
    const std::string group = (part++)->string();
    const std::string check_id = group + "/" + (part++)->string();
    SECTION(relative.string()) { RunFixture(folder, check_id); }
    ++count;
  }
  // Every registered check has a fixture folder.
  for (const std::string& id : BuiltinChecks().Ids()) {
    INFO(id);
    CHECK(fs::exists(fs::path(TRANSLINT_FIXTURES) / id / "rules.yaml"));
  }
  CHECK(count >= BuiltinChecks().Ids().size());
}
