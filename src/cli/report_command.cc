// translint report: the archive index drawn for an editor (one HTML page) or
// for scripts (JSON), from the database alone.
#include <filesystem>
#include <sstream>

#include "archive/archive_index.h"
#include "archive/archive_summary.h"
#include "base/file_io.h"
#include "cli/commands.h"
#include "report/archive_report.h"

namespace translint {

int RunReport(const Options& options, std::ostream& out, std::ostream& err) {
  Result<std::unique_ptr<ArchiveIndex>> index = ArchiveIndex::OpenForReading(*options.db);
  Result<ArchiveSummary> summary = index.ok() ? SummarizeArchive((*index)->db()) : Result<ArchiveSummary>(index.status());
  if (!summary.ok()) {
    err << "translint: error: " << summary.status().message() << "\n";
    return 2;
  }
  std::ostringstream page;
  if (options.format == "json") {
    WriteArchiveJson(*summary, page);
  } else {
    const std::string folder = std::filesystem::path(options.output).parent_path().string();
    WriteArchiveHtml(*summary, options.output.empty() || options.output == "-" || folder.empty() ? "." : folder, page);
  }
  if (options.output.empty() || options.output == "-") {
    out << page.str();
    return 0;
  }
  if (Status s = WriteFileAtomically(options.output, page.str(), std::nullopt); !s.ok()) {
    err << "translint: error: " << s.message() << "\n";
    return 2;
  }
  err << "translint: wrote " << options.output << " (" << summary->documents << " documents, "
      << summary->entities.size() << " entities, " << summary->clusters.size() << " name clusters)\n";
  return 0;
}

}  // namespace translint
