// A Diagnostic as one JSON object and back, every field kept (places with their
// UTF-16 columns, the excerpt, notes, fix and suggestions): how the archive
// index stores a finding, so that `check --db` reports it exactly as a fresh
// run would. Not the public output format (that is report/json_reporter.cc).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace translint {

std::string DiagnosticToJson(const Diagnostic& diagnostic);
// nullopt when `json` is not a diagnostic this codec wrote.
std::optional<Diagnostic> DiagnosticFromJson(std::string_view json);

}  // namespace translint
