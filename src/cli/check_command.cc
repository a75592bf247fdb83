// translint check: the findings of every input, and the corpus checks across them.
#include "cli/commands.h"

#include <algorithm>

#include "base/hash.h"
#include "cli/run_inputs.h"

namespace translint {

Outcome CheckItem(const InputFile& file, const WorkItem& item, const std::string& stdin_text, const ItemNeeds& needs) {
  Outcome outcome;
  Result<std::string> text = ReadInput(file, item, stdin_text);
  if (!text.ok()) {
    outcome.error = text.status().message();
    return outcome;
  }
  if (needs.indexed) {  // only a run with the archive index needs the hash
    outcome.hash = Hash64(*text);
    if (item.whole && needs.indexed(outcome.hash)) {
      outcome.stored = true;
      return outcome;
    }
  }
  outcome.lines = static_cast<size_t>(std::count(text->begin(), text->end(), '\n'));
  DocumentBatch batch = file.linter->Read(file.path, std::move(*text), ReadOptionsFor(file), &outcome.diagnostics, item.begin);
  for (const auto& document : batch.documents) {
    Linter::Analysis analysis = file.linter->Analyze(*document);
    outcome.diagnostics.insert(outcome.diagnostics.end(), std::make_move_iterator(analysis.diagnostics.begin()),
                               std::make_move_iterator(analysis.diagnostics.end()));
    if (needs.records) outcome.records.push_back(std::move(analysis.record));
  }
  std::stable_sort(outcome.diagnostics.begin(), outcome.diagnostics.end(), DiagnosticLess);
  return outcome;
}

int RunCheck(const Options& options, std::ostream& out, std::ostream& err) {
  return RunOverInputs(options, out, err, CheckItem, RunMode::kCheck);
}

}  // namespace translint
