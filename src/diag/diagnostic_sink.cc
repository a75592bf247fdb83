#include "diag/diagnostic_sink.h"

#include <algorithm>

namespace translint {

void DiagnosticSink::Report(Diagnostic diagnostic) {
  if (severities_ != nullptr) {
    const auto it = severities_->find(diagnostic.check);
    if (it != severities_->end()) {
      if (it->second == Severity::kOff) return;
      diagnostic.severity = it->second;
    }
  }
  diagnostics_.push_back(std::move(diagnostic));
}

std::vector<Diagnostic> DiagnosticSink::Take() {
  std::vector<Diagnostic> out = std::move(diagnostics_);
  diagnostics_.clear();
  std::stable_sort(out.begin(), out.end(), DiagnosticLess);
  const auto same = [](const Diagnostic& a, const Diagnostic& b) {
    return !DiagnosticLess(a, b) && !DiagnosticLess(b, a);
  };
  out.erase(std::unique(out.begin(), out.end(), same), out.end());
  return out;
}

}  // namespace translint
