// Fuzz target: one input file through a reader (chosen by the first byte:
// Markdown, text, HTML, JSON Lines, PO), the checks and the fixes: the fixes apply
// cleanly, and the fixed text is read and checked again. Uses the shipped
// tables and schemes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "fix/edit_set.h"
#include "lint/linter.h"

namespace {

const translint::Linter& TheLinter() {
  static const std::unique_ptr<translint::Linter> linter = [] {
    translint::Config config;
    auto made = translint::Linter::Create(config, {std::string(TRANSLINT_SOURCE_DIR) + "/rules"});
    if (!made.ok()) std::abort();
    return std::move(*made);
  }();
  return *linter;
}

std::string CheckAndFix(const std::string& path, const std::string& bytes) {
  std::vector<translint::Diagnostic> problems;
  const translint::DocumentBatch batch = TheLinter().Read(path, bytes, &problems);
  translint::EditSet edits;
  for (const auto& document : batch.documents) {
    (void)TheLinter().Lint(*document);
    const translint::Linter::FixResult fix = TheLinter().Fix(*document);
    for (const translint::Edit& e : fix.edits.edits()) edits.Add({e});
  }
  return edits.Apply(bytes);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* kPaths[] = {"a.md", "a.txt", "a.html", "a.jsonl", "a.po", "a.xlf", "a.tmx"};
  const std::string path = kPaths[data[0] % 7];
  const std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string fixed = CheckAndFix(path, bytes);
  (void)CheckAndFix(path, fixed);  // the fixed text is read and checked again
  return 0;
}
