// translint check: the findings of every input, and the corpus checks across them.
#include "cli/commands.h"

#include <algorithm>

#include "cli/run_inputs.h"

namespace translint {

namespace {

Outcome CheckOne(const InputFile& file, const WorkItem& item, const std::string& stdin_text, bool corpus) {
  Outcome outcome;
  Result<std::string> text = ReadInput(file, item, stdin_text);
  if (!text.ok()) {
    outcome.error = text.status().message();
    return outcome;
  }
  outcome.lines = static_cast<size_t>(std::count(text->begin(), text->end(), '\n'));
  DocumentBatch batch = file.linter->Read(file.path, std::move(*text), &outcome.diagnostics, item.begin);
  for (const auto& document : batch.documents) {
    Linter::Analysis analysis = file.linter->Analyze(*document);
    outcome.diagnostics.insert(outcome.diagnostics.end(), std::make_move_iterator(analysis.diagnostics.begin()),
                               std::make_move_iterator(analysis.diagnostics.end()));
    if (corpus) outcome.records.push_back(std::move(analysis.record));
  }
  std::stable_sort(outcome.diagnostics.begin(), outcome.diagnostics.end(), DiagnosticLess);
  return outcome;
}

}  // namespace

int RunCheck(const Options& options, std::ostream& out, std::ostream& err) {
  return RunOverInputs(options, out, err, CheckOne, false);
}

}  // namespace translint
