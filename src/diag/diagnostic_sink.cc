#include "diag/diagnostic_sink.h"

#include <algorithm>

namespace translint {

bool ApplyConfiguredSeverity(const std::map<std::string, Severity>* severities, Diagnostic* diagnostic) {
  if (severities == nullptr) return true;
  const auto it = severities->find(diagnostic->check);
  if (it == severities->end()) return true;
  if (it->second == Severity::kOff) return false;
  diagnostic->severity = it->second;
  return true;
}

void DiagnosticSink::Report(Diagnostic diagnostic) {
  if (ApplyConfiguredSeverity(severities_, &diagnostic)) diagnostics_.push_back(std::move(diagnostic));
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
