// translint discover: full names no table lists, spelled several ways across
// the documents, as rule-table entries.
#include "cli/commands.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "base/file_io.h"
#include "base/parallel.h"
#include "check/names/unlisted_full_names.h"
#include "cli/progress.h"
#include "cli/run_inputs.h"
#include "report/entity_stubs.h"

namespace translint {

int RunDiscover(const Options& options, std::ostream& out, std::ostream& err) {
  Workspace workspace(options);
  Result<std::vector<InputFile>> files = workspace.Files();
  if (!files.ok()) {
    err << "translint: error: " << files.status().message() << "\n";
    return 2;
  }
  Result<std::vector<WorkItem>> items = PlanWork(*files, false);
  if (!items.ok()) {
    err << "translint: error: " << items.status().message() << "\n";
    return 2;
  }
  std::vector<Outcome> found(items->size());
  const std::vector<uint64_t> item_bytes = ItemBytes(*files, *items, 0);
  Progress progress(err, ShowProgress(options), files->size(),
                    std::accumulate(item_bytes.begin(), item_bytes.end(), uint64_t{0}));
  ParallelFor(items->size(), options.jobs, [&](size_t i) {
    const WorkItem& item = (*items)[i];
    const InputFile& file = (*files)[item.file];
    Result<std::string> text = file.from_stdin ? ReadStream(stdin) : ReadInput(file, item, "");
    if (!text.ok()) {
      found[i].error = text.status().message();
      return;
    }
    found[i].lines = static_cast<size_t>(std::count(text->begin(), text->end(), '\n'));
    const DocumentBatch batch =
        file.linter->Read(file.path, std::move(*text), ReadOptionsFor(file), &found[i].diagnostics, item.begin);
    for (const auto& document : batch.documents) found[i].records.push_back(file.linter->RecordNames(*document));
    // A file of many parts counts when its first part is done: the parts run in any order.
    progress.Advance(item.begin == 0, item_bytes[i]);
  });
  progress.Finish();
  CorpusIndex index;
  size_t lines_before = 0;
  for (size_t i = 0; i < found.size(); ++i) {
    if (!found[i].error.empty()) {
      err << "translint: error: " << found[i].error << "\n";
      return 2;
    }
    if ((*items)[i].begin == 0) lines_before = 0;
    ShiftLines(lines_before, &found[i]);
    lines_before += found[i].lines;
    for (DocumentRecord& r : found[i].records) index.Add(std::move(r));
  }
  const std::vector<FullNameGroup> groups = GroupFullNames(index);
  if (options.format == "json") {
    WriteEntityStubsJson(groups, index, out);
  } else {
    WriteEntityStubs(groups, index, out);
  }
  return 0;
}

}  // namespace translint
