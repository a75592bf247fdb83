// DiagnosticSink: collects a document's findings, applies the configured
// severity of each check (dropping disabled ones), removes exact duplicates and
// hands them out sorted (DiagnosticLess). One sink per document and thread.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace translint {

// Gives `diagnostic` the severity `severities` configures for its check;
// false when the check is off there (the finding is dropped). Null: defaults.
bool ApplyConfiguredSeverity(const std::map<std::string, Severity>* severities, Diagnostic* diagnostic);

class DiagnosticSink {
 public:
  // `severities`: check id -> configured severity (kOff drops the finding).
  explicit DiagnosticSink(const std::map<std::string, Severity>* severities = nullptr)
      : severities_(severities) {}

  void Report(Diagnostic diagnostic);
  // Sorted, deduplicated findings; leaves the sink empty.
  std::vector<Diagnostic> Take();

 private:
  const std::map<std::string, Severity>* severities_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace translint
