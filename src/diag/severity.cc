#include "diag/severity.h"

namespace translint {

std::string_view ToString(Severity severity) {
  switch (severity) {
    case Severity::kOff: return "off";
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}

std::optional<Severity> ParseSeverity(std::string_view text) {
  for (Severity s : {Severity::kOff, Severity::kInfo, Severity::kWarning, Severity::kError}) {
    if (ToString(s) == text) return s;
  }
  return std::nullopt;
}

}  // namespace translint
