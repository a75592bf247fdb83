// The `input/` checks: files that cannot be read as UTF-8 text. They run first
// (Check::CheckInput); a document they reject is reported once and skipped.
#pragma once

#include "check/check.h"
#include "formats/reader.h"

namespace translint {

// The input/invalid-record finding for a part of `path` its reader could not read.
Diagnostic InvalidRecordDiagnostic(const std::string& path, const RecordProblem& problem);

void RegisterInputChecks(CheckRegistry* registry);

}  // namespace translint
