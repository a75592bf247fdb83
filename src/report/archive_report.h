// The archive report (`translint report`), from an ArchiveSummary: one
// self-contained HTML page (inline CSS, SVG charts and a little JavaScript
// for sorting and filtering; nothing from the network) for an editor, or
// JSON for scripts. Both are pure functions of the summary.
//
// JSON: {"version":1, "indexed_at", "translint_version", "complete", "files", "documents", "words",
//        "first_date", "last_date", "periods":[...], "outlets":[{"outlet","documents"}],
//        "checks":[{"check","findings"}], "findings_by_outlet":[{"outlet","findings"}],
//        "artifacts":{"checks":[...], "outlets":{OUTLET:{CHECK:N}}},
//        "entities":[{"id","language","kind","name","house_form","mentions","documents",
//                     "deviating_mentions","deviating_documents",
//                     "spellings":[{"spelling","house","mentions","documents","by_outlet":{},"by_period":{}}],
//                     "deviations":[{"path","line","column","spelling","outlet","date"}]}],
//        "clusters":[{"id","language","kind","documents","mentions","spellings":[{"spelling","mentions"}],"stub"}]}
#pragma once

#include <ostream>

#include "archive/archive_summary.h"

namespace translint {

void WriteArchiveJson(const ArchiveSummary& summary, std::ostream& out);
// The deviating documents link to their files, relative to `report_folder`,
// the folder the page goes to (the index's relative paths are taken from the
// working folder: run `report` where `index` ran).
void WriteArchiveHtml(const ArchiveSummary& summary, const std::string& report_folder, std::ostream& out);

}  // namespace translint
