// translint fix: applies the sure fixes of every input, atomically, and reports
// what remains (or prints a diff, or the fixed standard input).
#include "cli/commands.h"

#include <algorithm>

#include "cli/run_inputs.h"

#include "base/file_io.h"
#include "fix/unified_diff.h"

namespace translint {

namespace {

// The findings of every document of `text` (the whole file `path`).
std::vector<Diagnostic> LintFile(const Linter& linter, const std::string& path, std::string text) {
  std::vector<Diagnostic> found;
  const DocumentBatch batch = linter.Read(path, std::move(text), &found);
  for (const auto& document : batch.documents) {
    std::vector<Diagnostic> more = linter.Lint(*document);
    found.insert(found.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  std::stable_sort(found.begin(), found.end(), DiagnosticLess);
  return found;
}

Outcome FixOne(const InputFile& file, const std::string& stdin_text, bool dry_run) {
  Outcome outcome;
  Result<std::string> text = ReadInput(file, WorkItem{}, stdin_text);
  if (!text.ok()) {
    outcome.error = text.status().message();
    return outcome;
  }
  const std::string original = *text;
  std::vector<Diagnostic> problems;
  const DocumentBatch batch = file.linter->Read(file.path, std::move(*text), &problems);
  EditSet edits;  // in the file's bytes: the documents of one file never overlap
  for (const auto& document : batch.documents) {
    const Linter::FixResult fix = file.linter->Fix(*document);
    for (const Edit& e : fix.edits.edits()) edits.Add({e});
    outcome.fixed += fix.fixed;
  }
  const std::string fixed = edits.Apply(original);
  if (file.from_stdin) {
    outcome.fixed_text = fixed;
  } else if (!edits.empty()) {
    if (dry_run) {
      outcome.diff = UnifiedDiff(file.path, original, edits);
    } else {
      Status written = WriteFileAtomically(file.path, fixed, original);
      if (!written.ok()) {
        outcome.error = written.message();
        outcome.fixed = 0;
        return outcome;
      }
    }
  }
  outcome.diagnostics = LintFile(*file.linter, file.path, fixed);
  return outcome;
}

}  // namespace

int RunFix(const Options& options, std::ostream& out, std::ostream& err) {
  const bool dry_run = options.dry_run;
  return RunOverInputs(
      options, out, err,
      [dry_run](const InputFile& f, const WorkItem&, const std::string& in, const ItemNeeds&) {
        return FixOne(f, in, dry_run);
      },
      RunMode::kFix);
}

}  // namespace translint
