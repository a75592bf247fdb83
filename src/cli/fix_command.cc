// translint fix: applies the sure fixes of every input, atomically, and reports
// what remains (or prints a diff, or the fixed standard input).
#include "cli/commands.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "cli/run_inputs.h"

#include "base/file_io.h"
#include "fix/unified_diff.h"

namespace translint {

namespace {

// The findings of every document of `text` (the whole file `path`).
std::vector<Diagnostic> LintFile(const InputFile& file, std::string text) {
  const Linter& linter = *file.linter;
  std::vector<Diagnostic> found;
  const DocumentBatch batch = linter.Read(file.path, std::move(text), ReadOptionsFor(file), &found);
  for (const auto& document : batch.documents) {
    std::vector<Diagnostic> more = linter.Lint(*document);
    found.insert(found.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  std::stable_sort(found.begin(), found.end(), DiagnosticLess);
  return found;
}

// The change log's lines for the edits of one file (fix --log): JSON Lines,
// {"path","offset","line","column","old","new","check","applied"}, by offset;
// line and column (in characters) are 1-based, in the file before the fix.
std::string ChangeLog(const std::string& path, const std::string& original,
                      const std::vector<Linter::FixResult::Applied>& applied, bool dry_run) {
  std::string log;
  size_t line = 1, line_start = 0, at = 0;
  for (const Linter::FixResult::Applied& a : applied) {
    for (; at < a.edit.span.begin && at < original.size(); ++at) {
      if (original[at] == '\n') {
        ++line;
        line_start = at + 1;
      }
    }
    size_t column = 1;
    for (size_t k = line_start; k < a.edit.span.begin && k < original.size(); ++k) {
      column += (static_cast<unsigned char>(original[k]) & 0xC0) != 0x80;
    }
    const nlohmann::json entry = {{"path", path},
                                  {"offset", a.edit.span.begin},
                                  {"line", line},
                                  {"column", column},
                                  {"old", original.substr(a.edit.span.begin, a.edit.span.size())},
                                  {"new", a.edit.replacement},
                                  {"check", a.check},
                                  {"applied", !dry_run}};
    log += entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return log;
}

Outcome FixOne(const InputFile& file, const std::string& stdin_text, bool dry_run, bool log) {
  Outcome outcome;
  Result<std::string> text = ReadInput(file, WorkItem{}, stdin_text);
  if (!text.ok()) {
    outcome.error = text.status().message();
    return outcome;
  }
  const std::string original = *text;
  std::vector<Diagnostic> problems;
  const DocumentBatch batch = file.linter->Read(file.path, std::move(*text), ReadOptionsFor(file), &problems);
  EditSet edits;  // in the file's bytes: the documents of one file never overlap
  std::vector<Linter::FixResult::Applied> applied;
  for (const auto& document : batch.documents) {
    Linter::FixResult fix = file.linter->Fix(*document);
    for (Linter::FixResult::Applied& a : fix.applied) {
      if (edits.Add({a.edit})) applied.push_back(std::move(a));
    }
    outcome.fixed += fix.fixed;
  }
  std::stable_sort(applied.begin(), applied.end(), [](const auto& a, const auto& b) {
    return a.edit.span.begin < b.edit.span.begin;
  });
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
  if (log) outcome.change_log = ChangeLog(file.path, original, applied, dry_run);
  outcome.diagnostics = LintFile(file, fixed);
  return outcome;
}

}  // namespace

int RunFix(const Options& options, std::ostream& out, std::ostream& err) {
  const bool dry_run = options.dry_run, log = !options.change_log.empty();
  return RunOverInputs(
      options, out, err,
      [dry_run, log](const InputFile& f, const WorkItem&, const std::string& in, const ItemNeeds&) {
        return FixOne(f, in, dry_run, log);
      },
      RunMode::kFix);
}

}  // namespace translint
